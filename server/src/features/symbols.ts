import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver/node';
import { outline, type OutlineItem } from '../../../core/src';
import type { Feature } from '../context';

const KIND: Record<OutlineItem['kind'], SymbolKind> = {
  section: SymbolKind.Namespace,
  field: SymbolKind.Field,
  task: SymbolKind.Event,
  unit: SymbolKind.Class,
};

export const symbolsFeature: Feature = ({ connection, documents, lintDocument, language, guarded }) => {
  connection.onDocumentSymbol((params) =>
    guarded<DocumentSymbol[]>('outline', [], () => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return [];
      const plan = lintDocument(document).plan;
      const convert = (item: OutlineItem): DocumentSymbol => ({
        name: item.name || '…',
        detail: item.detail,
        kind: KIND[item.kind],
        range: plan.lines.rangeOf(item.range),
        selectionRange: plan.lines.rangeOf(item.selectionRange),
        children: item.children.map(convert),
      });
      return outline(plan, language()).map(convert);
    }),
  );
};
