// "Kế hoạch: Import Word plan…" inside the real VS Code extension host: the plan file is written
// beside the source, opened beside it, and checked at once.
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { waitFor, kehoachDiagnostics, codeOf } from './support';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const seed = (name: string) => path.join(repoRoot, 'test', 'import', 'fixtures', 'seeds', name);
const workspace = () => vscode.workspace.workspaceFolders![0].uri;
const CLEAN = 'ke-hoach-tuyen-truyen-cchc-2026.plan.yaml';



suite('kehoach import', () => {
  let dir: string;
  suiteSetup(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'kehoach-e2e-import-'));
  });
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    rmSync(dir, { recursive: true, force: true });
  });

  test('the command is contributed with its Vietnamese and English titles', () => {
    const extension = vscode.extensions.all.find((e) => e.packageJSON.name === 'kehoach')!;
    const command = (extension.packageJSON.contributes.commands as { command: string; title: string; category: string }[])
      .find((c) => c.command === 'kehoach.importPlan');
    assert.ok(command);
    assert.equal(command.category, 'Kế hoạch');
    const nls = (file: string) => JSON.parse(readFileSync(path.join(extension.extensionPath, file), 'utf8'))['command.importPlan'];
    assert.equal(nls('package.nls.json'), 'Import Word plan…');
    assert.equal(nls('package.nls.vi.json'), 'Nhập kế hoạch từ Word…');
  });

  test('a seed text becomes a plan file beside it, opened beside the source, with its findings', async () => {
    const source = path.join(dir, 'ninh-giang-2025.txt');
    copyFileSync(seed('002_b1663da4338020a2.txt'), source);
    const written = await vscode.commands.executeCommand<vscode.Uri>('kehoach.importPlan', vscode.Uri.file(source));
    const target = path.join(dir, 'ninh-giang-2025.plan.yaml');
    assert.equal(written?.fsPath, target);
    assert.match(readFileSync(target, 'utf8'), /^# Nhập từ ninh-giang-2025\.txt bằng kehoach import/);

    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.fsPath, target, 'the plan is the active editor');
    assert.equal(editor.document.languageId, 'kehoach');
    const sourceTab = vscode.window.tabGroups.all.flatMap((group) => group.tabs)
      .find((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.fsPath === source);
    assert.ok(sourceTab, 'the source is open too');
    assert.notEqual(sourceTab.group.viewColumn, editor.viewColumn, 'the plan is beside the source');

    const diagnostics = await waitFor('diagnostics of the imported plan', () => {
      const found = kehoachDiagnostics(editor.document.uri);
      return found.length > 0 && found;
    });
    const codes = diagnostics.map(codeOf);
    assert.equal(codes.filter((code) => code === 'schema/required').length, 3, codes.join(', '));
    assert.ok(codes.includes('ref/type-mismatch'), 'Quyết định số 709/KH-UBND is flagged');
  });

  test('a Word file exported by kehoach comes back clean', async () => {
    const docx = vscode.Uri.file(path.join(dir, 'clean.docx'));
    await vscode.commands.executeCommand('kehoach.exportWord', { source: vscode.Uri.joinPath(workspace(), CLEAN), target: docx });
    const written = await vscode.commands.executeCommand<vscode.Uri>('kehoach.importPlan', { source: docx });
    assert.equal(written?.fsPath, path.join(dir, 'clean.plan.yaml'));
    const document = await vscode.workspace.openTextDocument(written!);
    assert.match(document.getText(), /^trich_yeu: Tuyên truyền cải cách hành chính nhà nước xã Tiên Lãng năm 2026$/m);
    // Give the server time to check it: a clean plan stays without findings.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.deepEqual(kehoachDiagnostics(written!).map(codeOf), []);
  });

  test('an existing plan file is replaced only when asked', async () => {
    const source = path.join(dir, 'tien-lang.txt');
    copyFileSync(seed('003_7db4c0bcae4e6487.txt'), source);
    const target = path.join(dir, 'tien-lang.plan.yaml');
    writeFileSync(target, '# của tôi\n');
    assert.equal(await vscode.commands.executeCommand('kehoach.importPlan', { source: vscode.Uri.file(source), overwrite: false }), undefined);
    assert.equal(readFileSync(target, 'utf8'), '# của tôi\n');
    const written = await vscode.commands.executeCommand<vscode.Uri>('kehoach.importPlan', { source: vscode.Uri.file(source), overwrite: true });
    assert.equal(written?.fsPath, target);
    assert.match(readFileSync(target, 'utf8'), /^kieu_muc: gach$/m);
  });

  test('text that fits nowhere is kept and shown as an information finding', async () => {
    const source = path.join(dir, 'du-thao.txt');
    writeFileSync(source, `DỰ THẢO\n${readFileSync(seed('003_7db4c0bcae4e6487.txt'), 'utf8')}`);
    const written = await vscode.commands.executeCommand<vscode.Uri>('kehoach.importPlan', vscode.Uri.file(source));
    assert.ok(written);
    const diagnostic = await waitFor('the unplaced-text finding', () => kehoachDiagnostics(written).find((d) => codeOf(d) === 'import/unplaced-text'));
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Information);
    assert.match(diagnostic.message, /“DỰ THẢO”/);
  });

  test('a file that is not a plan is refused and nothing is written', async () => {
    const source = path.join(dir, 'ghi-chep.txt');
    writeFileSync(source, 'Danh sách việc cần làm trong tuần.\n');
    assert.equal(await vscode.commands.executeCommand('kehoach.importPlan', vscode.Uri.file(source)), undefined);
    assert.equal(existsSync(path.join(dir, 'ghi-chep.plan.yaml')), false);
  });
});
