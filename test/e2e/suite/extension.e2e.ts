// Runs inside the real VS Code extension host, with the examples folder as the workspace.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { waitFor, kehoachDiagnostics, codeOf } from './support';

const workspace = () => vscode.workspace.workspaceFolders![0].uri;
const exampleUri = (name: string) => vscode.Uri.joinPath(workspace(), name);



async function open(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(exampleUri(name));
  return vscode.window.showTextDocument(document);
}

async function revert(editor: vscode.TextEditor): Promise<void> {
  await vscode.window.showTextDocument(editor.document);
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

function positionOf(document: vscode.TextDocument, needle: string, delta = 0): vscode.Position {
  const index = document.getText().indexOf(needle);
  assert.ok(index >= 0, `${needle} not found`);
  return document.positionAt(index + delta);
}

suite('kehoach in VS Code', () => {
  suiteSetup(async () => {
    const extension = vscode.extensions.all.find((e) => e.packageJSON.name === 'kehoach');
    assert.ok(extension, 'the kehoach extension is installed');
  });

  test('a plan file gets the kehoach language', async () => {
    const editor = await open('seed-002-ninh-giang-2025.plan.yaml');
    assert.equal(editor.document.languageId, 'kehoach');
  });

  test('diagnostics of a seed plan carry the right rule ids', async () => {
    const editor = await open('seed-002-ninh-giang-2025.plan.yaml');
    const diagnostics = await waitFor('diagnostics', () => {
      const found = kehoachDiagnostics(editor.document.uri);
      return found.length > 0 && found;
    });
    const codes = diagnostics.map(codeOf);
    assert.equal(codes.filter((code) => code === 'schema/required').length, 3, codes.join(', '));
    assert.ok(codes.some((code) => code.startsWith('ref/')), 'the citation of 709/KH-UBND is flagged');
    const required = diagnostics.find((d) => codeOf(d) === 'schema/required')!;
    assert.match(required.message, /^Thiếu mục '(so|dia_danh|ngay)'/);
    assert.equal(required.severity, vscode.DiagnosticSeverity.Error);
    const target = (required.code as { target: vscode.Uri }).target;
    assert.ok(target.path.endsWith('/docs/rules/schema/required.md'), target.toString());
  });

  test('diagnostics disappear when the text is fixed through the API', async () => {
    const editor = await open('seed-002-ninh-giang-2025.plan.yaml');
    try {
      await waitFor('required findings', () => kehoachDiagnostics(editor.document.uri).some((d) => codeOf(d) === 'schema/required'));
      const edit = new vscode.WorkspaceEdit();
      const at = positionOf(editor.document, 'trich_yeu:');
      edit.insert(editor.document.uri, at, 'so: /KH-UBND\ndia_danh: Ninh Giang\nngay: 2025-08\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      await waitFor('required findings to go', () => !kehoachDiagnostics(editor.document.uri).some((d) => codeOf(d) === 'schema/required'));
      assert.ok(kehoachDiagnostics(editor.document.uri).some((d) => codeOf(d).startsWith('ref/')), 'other findings stay');
    } finally {
      await revert(editor);
    }
  });

  test('diagnostics follow typing', async () => {
    const editor = await open('ke-hoach-tuyen-truyen-cchc-2026.plan.yaml');
    try {
      await waitFor('first check', () => vscode.languages.getDiagnostics(editor.document.uri) && true);
      assert.deepEqual(kehoachDiagnostics(editor.document.uri), []);
      // Break a key by typing inside it: "chu_tri" → "chu_trix".
      const at = positionOf(editor.document, 'chu_tri:', 'chu_tri'.length);
      editor.selection = new vscode.Selection(at, at);
      await vscode.commands.executeCommand('type', { text: 'x' });
      const [typo] = await waitFor('unknown key', () => {
        const found = kehoachDiagnostics(editor.document.uri).filter((d) => codeOf(d) === 'schema/unknown-key');
        return found.length > 0 && found;
      });
      assert.match(typo.message, /chu_trix.*chu_tri/);
      await vscode.commands.executeCommand('deleteLeft');
      await waitFor('the finding to go', () => kehoachDiagnostics(editor.document.uri).length === 0);
    } finally {
      await revert(editor);
    }
  });

  test('completion offers unit names for chu_tri', async () => {
    const editor = await open('ke-hoach-tuyen-truyen-cchc-2026.plan.yaml');
    const position = positionOf(editor.document, 'chu_tri: ', 'chu_tri: '.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position);
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.ok(labels.includes('Phòng Văn hóa - Xã hội'), labels.slice(0, 20).join(' | '));
    assert.ok(labels.includes('Trung tâm Phục vụ hành chính công xã'));
  });

  test('the plan skeleton snippet is offered and the New plan command expands it', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'kehoach', content: 'kehoach' });
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(0, 7));
    assert.ok(list.items.some((item) => item.kind === vscode.CompletionItemKind.Snippet && (typeof item.label === 'string' ? item.label : item.label.label) === 'kehoach'));

    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('kehoach.newPlan');
    const text = editor.document.getText();
    assert.equal(editor.document.languageId, 'kehoach');
    for (const key of ['loai: ke-hoach', 'can_cu:', 'muc_dich:', 'to_chuc_thuc_hien:', 'noi_nhan:', 'nguoi_ky:', 'nhiem_vu:']) {
      assert.ok(text.includes(key), `${key} in the skeleton`);
    }
    assert.ok(!text.includes('${'), 'placeholders are expanded');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('hover on a citation shows its registry entry', async () => {
    const editor = await open('ke-hoach-tuyen-truyen-cchc-2026.plan.yaml');
    const position = positionOf(editor.document, '76/NQ-CP', 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
    const text = hovers.flatMap((hover) => hover.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.ok(text.includes('15/7/2021'), text);
    assert.ok(text.includes('Chính phủ'));
  });

  test('a quick fix renames a misspelt key', async () => {
    const editor = await open('ke-hoach-tuyen-truyen-cchc-2026.plan.yaml');
    try {
      const at = positionOf(editor.document, 'san_pham:');
      await editor.edit((builder) => builder.replace(new vscode.Range(at, at.translate(0, 'san_pham'.length)), 'san_phan'));
      const [diagnostic] = await waitFor('unknown key', () => {
        const found = kehoachDiagnostics(editor.document.uri).filter((d) => codeOf(d) === 'schema/unknown-key');
        return found.length > 0 && found;
      });
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
      const fix = actions.find((action) => action.title.includes("'san_pham'"));
      assert.ok(fix?.edit, actions.map((a) => a.title).join(' | '));
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.equal(editor.document.lineAt(at.line).text.trim().startsWith('san_pham:'), true);
      await waitFor('the finding to go', () => kehoachDiagnostics(editor.document.uri).length === 0);
    } finally {
      await revert(editor);
    }
  });

  test('"fix all" repairs every unambiguous problem in one edit', async () => {
    const editor = await open('ke-hoach-tuyen-truyen-cchc-2026.plan.yaml');
    const clean = editor.document.getText();
    try {
      const edit = new vscode.WorkspaceEdit();
      const code = positionOf(editor.document, '12/KH-UBND', 3);
      edit.replace(editor.document.uri, new vscode.Range(code, code.translate(0, 2)), 'QĐ');
      const unit = positionOf(editor.document, 'Lưu: VT, VHXH', 'Lưu: VT, '.length);
      edit.replace(editor.document.uri, new vscode.Range(unit, unit.translate(0, 4)), 'VHXX');
      assert.ok(await vscode.workspace.applyEdit(edit));
      await waitFor('two findings', () => kehoachDiagnostics(editor.document.uri).length === 2);
      const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, whole, 'source.fixAll.kehoach');
      const fixAll = actions.find((action) => action.kind?.value === 'source.fixAll.kehoach');
      assert.ok(fixAll?.edit, actions.map((a) => a.title).join(' | '));
      assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
      assert.equal(editor.document.getText(), clean);
      await waitFor('no finding', () => kehoachDiagnostics(editor.document.uri).length === 0);
    } finally {
      await revert(editor);
    }
  });

  test('the rule documentation opens from its command', async () => {
    await vscode.commands.executeCommand('kehoach.showRuleDocumentation', 'task/missing-lead');
    const tab = await waitFor('the preview tab', () =>
      vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((t) => /missing-lead/.test(t.label)),
    );
    assert.match(tab.label, /missing-lead\.md/);
    await vscode.window.tabGroups.close(tab);
  });

  test('the outline shows the sections, tasks and units', async () => {
    const editor = await open('ke-hoach-tuyen-truyen-cchc-2026.plan.yaml');
    let symbols: vscode.DocumentSymbol[] = [];
    for (let attempt = 0; attempt < 50 && symbols.length === 0; attempt++) {
      symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri)) ?? [];
      if (symbols.length === 0) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const names = symbols.map((symbol) => symbol.name);
    for (const name of ['Căn cứ', 'Mục đích', 'Tổ chức thực hiện', 'Nhiệm vụ (phụ lục)', 'Người ký']) assert.ok(names.includes(name), names.join(', '));
    assert.equal(symbols.find((symbol) => symbol.name === 'Nhiệm vụ (phụ lục)')!.children.length, 4);
  });

  test('a crashed server is restarted and checking goes on', async function () {
    this.timeout(60_000);
    const editor = await open('seed-002-ninh-giang-2025.plan.yaml');
    await waitFor('first diagnostics', () => kehoachDiagnostics(editor.document.uri).length > 0);
    // The language server is a child of this extension host: it was started with our process id.
    const listing = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
    const server = listing
      .split('\n')
      .filter((line) => line.includes('dist/server.js') && line.includes(`--clientProcessId=${process.pid}`))
      .map((line) => Number(line.trim().split(/\s+/)[0]));
    assert.equal(server.length, 1, listing);
    process.kill(server[0], 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    try {
      const edit = new vscode.WorkspaceEdit();
      edit.insert(editor.document.uri, positionOf(editor.document, 'trich_yeu:'), 'so: /KH-UBND\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      // Diagnostics for the new text can only come from a restarted server.
      await waitFor('diagnostics from the restarted server', () => {
        const required = kehoachDiagnostics(editor.document.uri).filter((d) => codeOf(d) === 'schema/required');
        return required.length === 2 || undefined;
      }, 40_000);
    } finally {
      await revert(editor);
    }
  });

  test('the workspace is the examples folder', () => {
    assert.equal(path.basename(workspace().fsPath), 'examples');
  });
});
