import { CodeActionKind, type CodeAction } from 'vscode-languageserver/node';
import type { Feature } from '../context';

export const codeActionsFeature: Feature = ({ connection, documents, lintDocument, guarded }) => {
  connection.onCodeAction((params) =>
    guarded<CodeAction[]>('code actions', [], () => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return [];
      const result = lintDocument(document);
      const lines = result.plan.lines;
      const actions: CodeAction[] = [];
      for (const diagnostic of params.context.diagnostics) {
        if (diagnostic.source !== 'kehoach') continue;
        const start = lines.offsetAt(diagnostic.range.start);
        const end = lines.offsetAt(diagnostic.range.end);
        const finding = result.findings.find((f) => f.ruleId === diagnostic.code && f.range.start === start && f.range.end === end);
        for (const fix of finding?.fixes ?? []) {
          actions.push({
            title: fix.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: finding?.fixes?.length === 1,
            edit: {
              changes: {
                [document.uri]: fix.edits.map((edit) => ({ range: lines.rangeOf(edit.range), newText: edit.newText })),
              },
            },
          });
        }
      }
      return actions;
    }),
  );
};
