// F2 on a unit: rename it in every lead, partner and tổ chức thực hiện cell and every mention in the text.
import { ErrorCodes, ResponseError, type PrepareRenameResult, type WorkspaceEdit } from 'vscode-languageserver/node';
import { prepareUnitRename, renameUnit } from '../../../core/src';
import type { Feature } from '../context';

export const renameFeature: Feature = ({ connection, documents, lintDocument, language, guarded }) => {
  connection.onPrepareRename((params) =>
    guarded<PrepareRenameResult | null>('prepare rename', null, () => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return null;
      const plan = lintDocument(document).plan;
      const place = prepareUnitRename(plan, plan.lines.offsetAt(params.position));
      // Off a unit name there is nothing to rename: the editor says so.
      if (!place) return null;
      return { range: plan.lines.rangeOf(place.range), placeholder: place.placeholder };
    }),
  );

  connection.onRenameRequest((params) =>
    guarded<WorkspaceEdit | ResponseError<void> | null>('rename', null, () => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return null;
      const plan = lintDocument(document).plan;
      const result = renameUnit(plan, plan.lines.offsetAt(params.position), params.newName, language());
      if ('error' in result) return new ResponseError(ErrorCodes.InvalidParams, result.error);
      return {
        changes: {
          [document.uri]: result.edits.map((edit) => ({ range: plan.lines.rangeOf(edit.range), newText: edit.newText })),
        },
      };
    }),
  );
};
