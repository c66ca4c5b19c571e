import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem } from 'vscode-languageserver/node';
import { complete } from '../../../core/src';
import type { Feature } from '../context';

const KIND = { property: CompletionItemKind.Property, unit: CompletionItemKind.Value, value: CompletionItemKind.EnumMember, citation: CompletionItemKind.Reference } as const;

export const completionFeature: Feature = ({ connection, documents, lintDocument, language, guarded }) => {
  connection.onCompletion((params) =>
    guarded<CompletionItem[]>('completion', [], () => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return [];
      const { plan, registry } = lintDocument(document);
      const offset = plan.lines.offsetAt(params.position);
      return complete(plan, offset, language(), registry).map((entry) => ({
        label: entry.label,
        kind: KIND[entry.kind],
        detail: entry.detail,
        documentation: entry.documentation ? { kind: MarkupKind.Markdown, value: entry.documentation } : undefined,
        sortText: entry.sortText,
        filterText: entry.filterText ?? entry.label,
        insertTextFormat: entry.isSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
        textEdit: { range: plan.lines.rangeOf(entry.range), newText: entry.insertText },
      }));
    }),
  );
};
