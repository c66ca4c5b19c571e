import { MarkupKind } from 'vscode-languageserver/node';
import { hover } from '../../../core/src';
import type { Feature } from '../context';

export const hoverFeature: Feature = ({ connection, documents, lintDocument, language, guarded }) => {
  connection.onHover((params) =>
    guarded('hover', null, () => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return null;
      // The registry the document was checked against: its province and its workspace.
      const { plan, registry } = lintDocument(document);
      const result = hover(plan, plan.lines.offsetAt(params.position), language(), registry);
      if (!result) return null;
      return { contents: { kind: MarkupKind.Markdown, value: result.contents }, range: plan.lines.rangeOf(result.range) };
    }),
  );
};
