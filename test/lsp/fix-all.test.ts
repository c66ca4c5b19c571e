// Code actions of issue 6: "Fix all" (source.fixAll.kehoach), "Disable … for this line", rule documentation.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { CodeActionKind, CodeActionRequest, type CodeAction } from 'vscode-languageserver-protocol/node';
import { applyEdits, CLEAN_EXAMPLE, freshUri, LspClient, readExample } from '../support/lsp-client';

const FIX_ALL = 'source.fixAll.kehoach';
const clean = readExample(CLEAN_EXAMPLE);
// Two independent, unambiguous defects: a wrong type code and a misspelt filing unit.
const broken = clean.replace('so: 12/KH-UBND', 'so: 12/QĐ-UBND').replace('"Lưu: VT, VHXH"', '"Lưu: VT, VHXX"');

describe('fix all, disable for this line, documentation', { timeout: 60_000 }, () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client?.stop();
  });

  const actionsFor = (uri: string, only?: string[], diagnostics: import('vscode-languageserver-protocol').Diagnostic[] = []) =>
    client.request(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics, only },
    }) as Promise<CodeAction[] | null>;

  it('advertises source.fixAll.kehoach', async () => {
    const kinds = (client.initializeResult?.capabilities.codeActionProvider as { codeActionKinds?: string[] } | undefined)?.codeActionKinds ?? [];
    assert.ok(kinds.includes(FIX_ALL), kinds.join(', '));
  });

  it('one fix-all action repairs every unambiguous problem and leaves the rest of the file byte for byte', async () => {
    const uri = freshUri('fix-all.plan.yaml');
    const published = await client.openAndWait(uri, broken);
    assert.deepEqual(published.diagnostics.map((d) => d.code).sort(), ['doc/archive-missing', 'doc/symbol-type']);
    const actions = (await actionsFor(uri, [FIX_ALL])) ?? [];
    assert.equal(actions.length, 1, actions.map((a) => a.title).join(' | '));
    assert.equal(actions[0].kind, FIX_ALL);
    const edits = actions[0].edit?.changes?.[uri] ?? [];
    assert.equal(edits.length, 2);
    assert.equal(applyEdits(broken, edits), clean);
  });

  it('offers no fix-all when nothing can be fixed', async () => {
    const uri = freshUri('nothing.plan.yaml');
    await client.openAndWait(uri, clean);
    assert.deepEqual((await actionsFor(uri, [FIX_ALL])) ?? [], []);
  });

  it('"Disable for this line" inserts the suppression comment at the line’s indentation, and the finding goes', async () => {
    const uri = freshUri('disable.plan.yaml');
    const published = await client.openAndWait(uri, broken);
    const archive = published.diagnostics.find((d) => d.code === 'doc/archive-missing')!;
    const actions = (await actionsFor(uri, [CodeActionKind.QuickFix], [archive])) ?? [];
    const disable = actions.find((a) => a.title === 'Tắt doc/archive-missing cho dòng này');
    assert.ok(disable?.edit, actions.map((a) => a.title).join(' | '));
    const text = applyEdits(broken, disable.edit.changes![uri]);
    assert.ok(text.includes('  # kehoach-disable-next-line doc/archive-missing\n  - "Lưu: VT, VHXX"'), text);
    await client.change(uri, 2, [{ text }]);
    const after = await client.waitForDiagnostics(uri, (p) => p.version === 2);
    assert.deepEqual(after.diagnostics.map((d) => d.code), ['doc/symbol-type']);
  });

  it('"Show documentation" runs the client command with the rule id', async () => {
    const uri = freshUri('docs.plan.yaml');
    const published = await client.openAndWait(uri, broken);
    const symbol = published.diagnostics.find((d) => d.code === 'doc/symbol-type')!;
    const actions = (await actionsFor(uri, [CodeActionKind.QuickFix], [symbol])) ?? [];
    const docs = actions.find((a) => a.command?.command === 'kehoach.showRuleDocumentation');
    assert.deepEqual(docs?.command?.arguments, ['doc/symbol-type']);
    const fix = actions.find((a) => a.isPreferred);
    assert.equal(fix?.title, "Sửa ký hiệu thành 'KH'");
  });
});

describe('.kehoach.yaml in the workspace', { timeout: 60_000 }, () => {
  let folder: string;
  let client: LspClient;
  before(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'kehoach-config-'));
  });
  after(async () => {
    await client?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('turns rules off and reports its own problems on the config file', async () => {
    writeFileSync(path.join(folder, '.kehoach.yaml'), 'rules:\n  doc/symbol-type: off\n  doc/archive-missin: off\n');
    client = await LspClient.start({ workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'xa' }] });
    const uri = pathToFileURL(path.join(folder, 'ke-hoach.plan.yaml')).href;
    const published = await client.openAndWait(uri, broken);
    assert.deepEqual(published.diagnostics.map((d) => d.code), ['doc/archive-missing']);
    const configUri = pathToFileURL(path.join(folder, '.kehoach.yaml')).href;
    const config = await client.waitForDiagnostics(configUri, (p) => p.diagnostics.length > 0);
    assert.equal(config.diagnostics.length, 1);
    assert.match(String(config.diagnostics[0].message), /doc\/archive-missing/);
    assert.equal(config.diagnostics[0].range.start.line, 2);
  });
});
