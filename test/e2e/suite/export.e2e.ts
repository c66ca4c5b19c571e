// Export to Word and the live preview, inside the real VS Code extension host.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import * as vscode from 'vscode';
import type { PreviewState } from '../../../client/src/preview';
import { waitFor } from './support';

const workspace = () => vscode.workspace.workspaceFolders![0].uri;
const exampleUri = (name: string) => vscode.Uri.joinPath(workspace(), name);
const CLEAN = 'ke-hoach-tuyen-truyen-cchc-2026.plan.yaml';



const previewState = () => vscode.commands.executeCommand<PreviewState>('kehoach.preview.state');

async function open(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(exampleUri(name));
  return vscode.window.showTextDocument(document, vscode.ViewColumn.One);
}

async function revert(editor: vscode.TextEditor): Promise<void> {
  await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

async function documentXml(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  return zip.file('word/document.xml')!.async('string');
}

suite('kehoach export and preview', () => {
  let dir: string;
  suiteSetup(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'kehoach-e2e-export-'));
  });
  suiteTeardown(() => rmSync(dir, { recursive: true, force: true }));

  test('"Export to Word" writes the .docx of a plan', async () => {
    const target = vscode.Uri.file(path.join(dir, 'clean.docx'));
    const written = await vscode.commands.executeCommand<vscode.Uri>('kehoach.exportWord', { source: exampleUri(CLEAN), target });
    assert.equal(written?.fsPath, target.fsPath);
    const xml = await documentXml(target.fsPath);
    assert.match(xml, /Số: 12\/KH-UBND/);
    assert.match(xml, /w:orient="landscape"/, 'the appendix section');
    assert.match(xml, /<w:tblHeader\/>/);
  });

  test('the export takes the editor\'s unsaved text', async () => {
    const editor = await open(CLEAN);
    try {
      const at = editor.document.getText().indexOf('năm 2026', editor.document.getText().indexOf('trich_yeu:'));
      await editor.edit((edit) => edit.insert(editor.document.positionAt(at), 'BẢN SỬA CHƯA LƯU '));
      const target = vscode.Uri.file(path.join(dir, 'unsaved.docx'));
      await vscode.commands.executeCommand('kehoach.exportWord', { target });
      assert.match(await documentXml(target.fsPath), /BẢN SỬA CHƯA LƯU năm 2026/);
    } finally {
      await revert(editor);
    }
  });

  test('a plan with errors is refused unless forced', async () => {
    const target = vscode.Uri.file(path.join(dir, 'seed-002.docx'));
    const source = exampleUri('seed-002-ninh-giang-2025.plan.yaml');
    assert.equal(await vscode.commands.executeCommand('kehoach.exportWord', { source, target }), undefined);
    assert.equal(existsSync(target.fsPath), false);
    const forced = await vscode.commands.executeCommand<vscode.Uri>('kehoach.exportWord', { source, target, force: true });
    assert.equal(forced?.fsPath, target.fsPath);
    assert.match(await documentXml(target.fsPath), /Số:     \/KH-UBND/);
  });

  test('an existing file is not replaced unless asked', async () => {
    const target = vscode.Uri.file(path.join(dir, 'existing.docx'));
    writeFileSync(target.fsPath, 'keep me');
    assert.equal(await vscode.commands.executeCommand('kehoach.exportWord', { source: exampleUri(CLEAN), target }), undefined);
    assert.equal(readFileSync(target.fsPath, 'utf8'), 'keep me');
    await vscode.commands.executeCommand('kehoach.exportWord', { source: exampleUri(CLEAN), target, overwrite: true });
    assert.match(await documentXml(target.fsPath), /KẾ HOẠCH/);
  });

  test('the preview opens beside the editor and its page script runs', async () => {
    const editor = await open(CLEAN);
    const opened = await vscode.commands.executeCommand<PreviewState>('kehoach.openPreview');
    assert.equal(opened.open, true);
    assert.equal(opened.uri, editor.document.uri.toString());
    const tabs = () => vscode.window.tabGroups.all.flatMap((group) => group.tabs);
    const tab = await waitFor(`a preview tab (tabs: ${tabs().map((t) => t.label).join(', ')})`, () =>
      tabs().find((t) => t.input instanceof vscode.TabInputWebview && /kehoach\.preview/.test(t.input.viewType)));
    assert.notEqual(tab.group.viewColumn, editor.viewColumn, 'beside the editor');
    // The webview reports the version it shows: proof that its nonce'd script runs under the CSP.
    const shown = await waitFor('the webview to show the first render', async () => {
      const state = await previewState();
      return state.renderedVersion >= 1 && state;
    });
    assert.match(shown.html, /Tiên Lãng, ngày 20 tháng 01 năm 2026/);
    assert.match(shown.html, /<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="timeline-svg"/);
    assert.match(shown.html, /<th class="col-stt">STT<\/th>/);
  });

  test('the preview follows typing, with the text escaped', async () => {
    const editor = await open(CLEAN);
    try {
      await vscode.commands.executeCommand('kehoach.openPreview');
      const before = await waitFor('the first render', async () => {
        const state = await previewState();
        return state.renderedVersion >= 1 && state;
      });
      const at = editor.document.getText().indexOf('Tuyên truyền cải cách', editor.document.getText().indexOf('trich_yeu:'));
      await editor.edit((edit) => edit.insert(editor.document.positionAt(at), '<script>alert(1)</script> '));
      const after = await waitFor('the preview to show the edit', async () => {
        const state = await previewState();
        return state.version > before.version && state.renderedVersion === state.version && state.html.includes('&lt;script&gt;alert(1)&lt;/script&gt; Tuyên truyền') && state;
      });
      assert.doesNotMatch(after.html, /<script>alert/);
    } finally {
      await revert(editor);
    }
  });

  test('the preview scrolls to the section under the cursor', async () => {
    const editor = await open(CLEAN);
    await vscode.commands.executeCommand('kehoach.openPreview');
    await waitFor('the first render', async () => (await previewState()).renderedVersion >= 1);
    const text = editor.document.getText();
    const offset = text.indexOf('Phối hợp với Phòng Văn hóa - Xã hội tham mưu bố trí kinh phí');
    assert.ok(offset > 0);
    const blockStart = text.lastIndexOf('don_vi: Phòng Kinh tế', offset);
    await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
    editor.selection = new vscode.Selection(editor.document.positionAt(offset), editor.document.positionAt(offset));
    const scrolled = await waitFor('the preview to scroll', async () => {
      const state = await previewState();
      return state.scrolled?.offset === offset && state.scrolled;
    });
    assert.ok(scrolled.start !== null && scrolled.start >= blockStart, JSON.stringify(scrolled));
    assert.match(scrolled.text ?? '', /Phối hợp với Phòng Văn hóa - Xã hội tham mưu bố trí kinh phí/);

    const taskOffset = text.indexOf('ten: Khảo sát sự hài lòng');
    editor.selection = new vscode.Selection(editor.document.positionAt(taskOffset), editor.document.positionAt(taskOffset));
    const row = await waitFor('the preview to scroll to the task', async () => {
      const state = await previewState();
      return state.scrolled?.offset === taskOffset && state.scrolled;
    });
    assert.match(row.text ?? '', /^\s*4\s+Khảo sát sự hài lòng/, `the appendix row of task 4: ${JSON.stringify(row)}`);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
