// Go to definition from a unit (lead, partner or a mention in the text) to its block in tổ chức thực hiện,
// and find every reference to a unit.
import type { Location } from 'vscode-languageserver/node';
import { unitDefinition, unitReferences } from '../../../core/src';
import type { Feature } from '../context';

export const unitNavigationFeature: Feature = ({ connection, documents, lintDocument, guarded }) => {
  connection.onDefinition((params) =>
    guarded<Location[]>('definition', [], () => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return [];
      const plan = lintDocument(document).plan;
      return unitDefinition(plan, plan.lines.offsetAt(params.position)).map((range) => ({ uri: document.uri, range: plan.lines.rangeOf(range) }));
    }),
  );

  connection.onReferences((params) =>
    guarded<Location[]>('references', [], () => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return [];
      const plan = lintDocument(document).plan;
      return unitReferences(plan, plan.lines.offsetAt(params.position)).map((range) => ({ uri: document.uri, range: plan.lines.rangeOf(range) }));
    }),
  );
};
