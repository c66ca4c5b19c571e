import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { compatibleFixes, t, type Language, type LineIndex } from '../../../core/src';
import type { Feature } from '../context';
import { clientEditSupport, toWorkspaceEdit } from '../workspace-edit';

/** The kind VS Code asks for on save with `"editor.codeActionsOnSave": { "source.fixAll.kehoach": "explicit" }`. */
export const FIX_ALL = `${CodeActionKind.SourceFixAll}.kehoach`;

/** Inserts `# kehoach-disable-next-line <rule>` above the finding's line, at its indentation. */
function disableForLine(document: TextDocument, lines: LineIndex, diagnostic: Diagnostic, ruleId: string, lang: Language): CodeAction {
  const line = diagnostic.range.start.line;
  const indent = /^\s*/.exec(lines.lineText(line))![0];
  const eol = document.getText().includes('\r\n') ? '\r\n' : '\n';
  return {
    title: t(lang, 'action.disableLine', { rule: ruleId }),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [document.uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}# kehoach-disable-next-line ${ruleId}${eol}` }] } },
  };
}

export const codeActionsFeature: Feature = ({ connection, documents, lintDocument, language, guarded }) => {
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
          // A fix may also write another file (the commune registry): see workspace-edit.ts.
          const edit = toWorkspaceEdit(document, lines, fix, result.registry.workspace, clientEditSupport);
          if (!edit) continue;
          actions.push({
            title: fix.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: fix.isPreferred ?? finding?.fixes?.length === 1,
            edit,
          });
        }
        const ruleId = String(diagnostic.code);
        actions.push(disableForLine(document, lines, diagnostic, ruleId, language()), {
          title: t(language(), 'action.showDocs', { rule: ruleId }),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          command: { title: t(language(), 'action.showDocs', { rule: ruleId }), command: 'kehoach.showRuleDocumentation', arguments: [ruleId] },
        });
      }
      // "Fix all": every unambiguous fix that can be applied together, in one edit.
      const wantsFixAll = !params.context.only || params.context.only.some((kind) => FIX_ALL.startsWith(kind) || kind.startsWith(FIX_ALL));
      if (wantsFixAll) {
        const chosen = compatibleFixes(result.findings);
        if (chosen.length > 0) {
          actions.push({
            title: t(language(), 'action.fixAll', { count: chosen.length }),
            kind: FIX_ALL,
            edit: { changes: { [document.uri]: chosen.flatMap(({ fix }) => fix.edits).map((e) => ({ range: lines.rangeOf(e.range), newText: e.newText })) } },
          });
        }
      }
      return actions;
    }),
  );
};
