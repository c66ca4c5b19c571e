// Citations in the editor, against the real server: the examples opened as files of their workspace (so the
// commune registry examples/.kehoach/van-ban.yaml is found), hover, completion in can_cu, go to definition,
// find references across plans, quick fixes, and registry files shown with their problems.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import {
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  HoverRequest,
  ReferencesRequest,
  type CodeAction,
  type CompletionItem,
  type CompletionList,
  type Diagnostic,
  type Location,
  type MarkupContent,
  type Position,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { applyEdits, EXAMPLES_DIR, LspClient, messageOf, offsetAt, positionOf, readExample, REPO_ROOT, SEED_000, SEED_002, SEED_003, freshUri, CLEAN_EXAMPLE } from '../support/lsp-client';

const uriOf = (file: string) => pathToFileURL(file).href;
const exampleUri = (name: string) => uriOf(path.join(EXAMPLES_DIR, name));

function expectations(name: string): { ruleId: string; line: number }[] {
  const base = name.replace(/\.plan\.yaml$/, '');
  return (JSON.parse(readFileSync(path.join(REPO_ROOT, 'test', 'expectations', `${base}.ref.json`), 'utf8')) as { findings: { ruleId: string; line: number }[] }).findings;
}

function refOf(diagnostics: Diagnostic[]) {
  return diagnostics.filter((d) => String(d.code).startsWith('ref/'));
}

function items(result: CompletionItem[] | CompletionList | null): CompletionItem[] {
  return !result ? [] : Array.isArray(result) ? result : result.items;
}

/** Position just after `needle` (its first occurrence after `after`). */
function after_(text: string, needle: string, from = ''): Position {
  const start = from ? text.indexOf(from) : 0;
  const at = text.indexOf(needle, start);
  assert.ok(at >= 0, needle);
  const lines = text.slice(0, at + needle.length).split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

describe('citations in the editor: the examples workspace', { timeout: 60_000 }, () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ workspaceFolders: [{ uri: uriOf(EXAMPLES_DIR), name: 'examples' }] });
  });
  after(async () => {
    await client?.stop();
  });

  for (const name of [SEED_000, SEED_002, SEED_003]) {
    it(`${name}: the ref diagnostics are the seed's expectations (commune registry found)`, async () => {
      const published = await client.openAndWait(exampleUri(name), readExample(name));
      const got = refOf(published.diagnostics).map((d) => ({ ruleId: String(d.code), line: d.range.start.line + 1 }));
      assert.deepEqual(got, expectations(name));
    });
  }

  it('hover on a misdated citation shows the registry entry, its date and status', async () => {
    const text = readExample(SEED_003);
    const at = positionOf(text, '- Quyết định số 247/QĐ-UBND ngày 20/01/2025');
    const hover = await client.request(HoverRequest.type, { textDocument: { uri: exampleUri(SEED_003) }, position: { line: at.line, character: at.character + '- Quyết định số 2'.length } });
    const value = (hover?.contents as MarkupContent).value;
    assert.match(value, /Quyết định 247\/QĐ-UBND/);
    assert.match(value, /20\/01\/2026/);
    assert.match(value, /còn hiệu lực/);
    assert.match(value, /sổ văn bản của thành phố Hải Phòng/);
  });

  it('hover on a commune document names the commune registry', async () => {
    const text = readExample(SEED_000);
    await client.openAndWait(exampleUri(SEED_000), text);
    const at = positionOf(text, '1609/QĐ-UBND ngày 31/12/2025');
    const hover = await client.request(HoverRequest.type, { textDocument: { uri: exampleUri(SEED_000) }, position: at });
    assert.match((hover?.contents as MarkupContent).value, /sổ văn bản của xã \(\.kehoach\/van-ban\.yaml\)/);
  });

  it('go to definition opens the entry in the commune registry', async () => {
    const text = readExample(SEED_000);
    const at = positionOf(text, '1609/QĐ-UBND ngày 31/12/2025');
    const result = (await client.request(DefinitionRequest.type, { textDocument: { uri: exampleUri(SEED_000) }, position: at })) as Location[];
    const registryFile = path.join(EXAMPLES_DIR, '.kehoach', 'van-ban.yaml');
    const registryText = readFileSync(registryFile, 'utf8');
    assert.equal(result.length, 1, JSON.stringify(result));
    assert.equal(result[0].uri, uriOf(registryFile));
    const line = registryText.split('\n')[result[0].range.start.line];
    assert.equal(line, '  - loai: Quyết định');
    assert.equal(registryText.split('\n')[result[0].range.start.line + 1].trim(), 'so: 1609/QĐ-UBND');
  });

  it('go to definition on a national document opens the bundled registry in the sources', async () => {
    const text = readExample(SEED_003);
    const at = positionOf(text, '76/NQ-CP');
    const [location] = (await client.request(DefinitionRequest.type, { textDocument: { uri: exampleUri(SEED_003) }, position: at })) as Location[];
    assert.equal(location.uri, uriOf(path.join(REPO_ROOT, 'core', 'data', 'registry-national.json')));
    assert.match(readFileSync(path.join(REPO_ROOT, 'core', 'data', 'registry-national.json'), 'utf8').split('\n')[location.range.start.line], /"so": "76\/NQ-CP"/);
  });

  it('the date fix of 247/QĐ-UBND edits only the date', async () => {
    const text = readExample(SEED_003);
    const published = await client.openAndWait(exampleUri(SEED_003), text);
    const diagnostic = published.diagnostics.find((d) => d.code === 'ref/date-mismatch')!;
    const actions = (await client.request(CodeActionRequest.type, { textDocument: { uri: exampleUri(SEED_003) }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as CodeAction[];
    const fix = actions.find((a) => a.title === 'Sửa ngày thành 20/01/2026');
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(fix.isPreferred, true);
    const edits = fix.edit!.changes![exampleUri(SEED_003)];
    assert.deepEqual(edits.map((e) => [text.slice(offsetAt(text, e.range.start), offsetAt(text, e.range.end)), e.newText]), [['20/01/2025', '20/01/2026']]);
  });
});

describe('citation completion in can_cu', { timeout: 60_000 }, () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client?.stop();
  });

  const full = 'Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030';
  for (const typed of ['76', 'Nghị quyết 76', 'nghi quyet 76']) {
    it(`typing "${typed}" offers the full citation`, async () => {
      const text = readExample(CLEAN_EXAMPLE).replace(/can_cu:\n/, `can_cu:\n  - ${typed}\n`);
      const uri = freshUri('complete-citation.plan.yaml');
      await client.openAndWait(uri, text);
      const cursor = after_(text, `  - ${typed}`);
      const offered = items(await client.request(CompletionRequest.type, { textDocument: { uri }, position: cursor }));
      const item = offered.find((i) => i.label === 'Nghị quyết 76/NQ-CP');
      assert.ok(item, offered.map((i) => i.label).join(', '));
      const edit = item.textEdit as TextEdit;
      assert.equal(edit.newText, full);
      assert.equal(applyEdits(text, [edit]).split('\n')[cursor.line], `  - ${full}`);
      // The typed text is what the editor filters with: it must match the filter text.
      const typedFolded = typed.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
      const filter = (item.filterText ?? item.label).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
      assert.ok(filter.includes(typedFolded.split(' ').pop()!), item.filterText);
      assert.ok(!offered.some((i) => i.label === 'Quyết định 247/QĐ-UBND'), 'only documents matching "76"');
    });
  }
});

describe('citations across the plans of a workspace', { timeout: 60_000 }, () => {
  let client: LspClient;
  let dir: string;
  const plan = (so: string, ngay: string, extra: string) =>
    readExample(CLEAN_EXAMPLE).replace('so: 12/KH-UBND', `so: ${so}`).replace('ngay: 2026-01-20', `ngay: ${ngay}`).replace('thuc_hien:\n', `thuc_hien:\n${extra}`);
  const cite = '  - Kế hoạch số 15/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân xã Tiên Lãng về tuyên truyền cải cách hành chính nhà nước xã Tiên Lãng năm 2026\n';
  let aText: string;
  let bText: string;
  let cText: string;
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'kehoach-ws-'));
    mkdirSync(path.join(dir, '.kehoach'));
    writeFileSync(path.join(dir, '.kehoach', 'van-ban.yaml'), 'van_ban:\n  - loai: Quyết định\n    so: 9/QĐ-UBND\n    ngay: 2026-01-02\n    co_quan: Ủy ban nhân dân xã Tiên Lãng\n');
    aText = plan('15/KH-UBND', '2026-01-20', '');
    bText = plan('16/KH-UBND', '2026-02-02', cite);
    cText = plan('17/KH-UBND', '2026-02-03', cite);
    writeFileSync(path.join(dir, 'a.plan.yaml'), aText);
    writeFileSync(path.join(dir, 'b.plan.yaml'), bText);
    mkdirSync(path.join(dir, 'con'));
    writeFileSync(path.join(dir, 'con', 'c.plan.yaml'), cText);
    client = await LspClient.start({ workspaceFolders: [{ uri: uriOf(dir), name: 'xa' }] });
  });
  after(async () => {
    await client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a plan of the workspace is a known document: citing it raises nothing', async () => {
    const published = await client.openAndWait(uriOf(path.join(dir, 'b.plan.yaml')), bText);
    assert.deepEqual(refOf(published.diagnostics), []);
  });

  it('find references on a citation lists every plan that cites it, and the plan itself', async () => {
    const at = after_(bText, 'Kế hoạch số 1', 'thuc_hien:');
    const result = (await client.request(ReferencesRequest.type, {
      textDocument: { uri: uriOf(path.join(dir, 'b.plan.yaml')) },
      position: at,
      context: { includeDeclaration: true },
    })) as Location[];
    const where = result.map((l) => [path.relative(dir, new URL(l.uri).pathname), l.range.start.line]).sort();
    const soLine = aText.split('\n').findIndex((line) => line.startsWith('so: '));
    const citeLine = bText.split('\n').findIndex((line) => line.startsWith('  - Kế hoạch số 15/KH-UBND'));
    assert.deepEqual(where, [['a.plan.yaml', soLine], ['b.plan.yaml', citeLine], [path.join('con', 'c.plan.yaml'), citeLine]]);
  });

  it('go to definition on the citation opens the cited plan at its number', async () => {
    const at = after_(bText, 'Kế hoạch số 1', 'thuc_hien:');
    const [location] = (await client.request(DefinitionRequest.type, { textDocument: { uri: uriOf(path.join(dir, 'b.plan.yaml')) }, position: at })) as Location[];
    assert.equal(location.uri, uriOf(path.join(dir, 'a.plan.yaml')));
    assert.equal(aText.split('\n')[location.range.start.line], 'so: 15/KH-UBND');
  });

  it('editing the cited plan in the editor re-checks the plans that cite it', async () => {
    const aUri = uriOf(path.join(dir, 'a.plan.yaml'));
    const bUri = uriOf(path.join(dir, 'b.plan.yaml'));
    await client.openAndWait(aUri, aText);
    const mark = client.diagnosticsHistory(bUri).length;
    const line = aText.split('\n').findIndex((l) => l === 'ngay: 2026-01-20');
    await client.change(aUri, 2, [{ range: { start: { line, character: 6 }, end: { line, character: 16 } }, text: '2026-01-21' }]);
    const changed = await client.waitForDiagnostics(bUri, (p) => refOf(p.diagnostics).some((d) => d.code === 'ref/date-mismatch'), { since: mark, timeoutMs: 5000 });
    const mismatch = refOf(changed.diagnostics).find((d) => d.code === 'ref/date-mismatch')!;
    assert.match(messageOf(mismatch), /21\/01\/2026.*a\.plan\.yaml/);
  });

  it('an unknown document gets "add to the commune registry", an edit of the registry file', async () => {
    const text = aText.replace('thuc_hien:\n', 'thuc_hien:\n  - Nghị quyết số 268/NQ-CP ngày 31/8/2025 của Chính phủ về tình hình triển khai\n');
    const uri = uriOf(path.join(dir, 'con', 'd.plan.yaml'));
    const published = await client.openAndWait(uri, text);
    const unknown = published.diagnostics.find((d) => d.code === 'ref/unknown')!;
    const actions = (await client.request(CodeActionRequest.type, { textDocument: { uri }, range: unknown.range, context: { diagnostics: [unknown] } })) as CodeAction[];
    const add = actions.find((a) => a.title.startsWith('Thêm 268/NQ-CP vào sổ văn bản của xã'));
    assert.ok(add, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(add.isPreferred, false);
    const registryUri = uriOf(path.join(dir, '.kehoach', 'van-ban.yaml'));
    const edits = add.edit!.changes![registryUri];
    assert.deepEqual(Object.keys(add.edit!.changes!), [registryUri], 'only the registry file is edited');
    const registryText = readFileSync(path.join(dir, '.kehoach', 'van-ban.yaml'), 'utf8');
    const updated = applyEdits(registryText, edits);
    assert.ok(updated.startsWith(registryText.trimEnd()));
    assert.match(updated, /\n {2}- loai: Nghị quyết\n {4}so: 268\/NQ-CP\n {4}ngay: 2025-08-31\n {4}co_quan: Chính phủ\n/);

    // Saved, the registry is read again (its modification time changed) and the document is known.
    writeFileSync(path.join(dir, '.kehoach', 'van-ban.yaml'), updated);
    await client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# ghi chú\n' }]);
    const again = await client.waitForDiagnostics(uri, (p) => p.version === 2);
    assert.deepEqual(again.diagnostics.filter((d) => d.code === 'ref/unknown'), []);
  });

  it('a malformed registry file gets diagnostics on that file', async () => {
    const registryFile = path.join(dir, '.kehoach', 'van-ban.yaml');
    writeFileSync(registryFile, 'van_ban:\n  - loai: Quyết định\n    so: 9/QĐ-UBND\n    ngay: 02/01/2026\n    co_quan: Ủy ban nhân dân xã Tiên Lãng\n');
    const uri = uriOf(path.join(dir, 'b.plan.yaml'));
    await client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# ghi chú\n' }]);
    const problems = await client.waitForDiagnostics(uriOf(registryFile), (p) => p.diagnostics.length > 0);
    assert.deepEqual(problems.diagnostics.map((d) => [d.code, d.range.start.line, d.source]), [['registry', 3, 'kehoach']]);
    assert.match(messageOf(problems.diagnostics[0]), /YYYY-MM-DD/);
  });
});

describe('citations outside any workspace', { timeout: 60_000 }, () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client?.stop();
  });

  it('seed 002 as an unsaved buffer: no registry to add to, so ref/unknown offers no fix', async () => {
    const uri = freshUri('seed-002.plan.yaml');
    const published = await client.openAndWait(uri, readExample(SEED_002));
    const unknown = published.diagnostics.find((d) => d.code === 'ref/unknown')!;
    const actions = (await client.request(CodeActionRequest.type, { textDocument: { uri }, range: unknown.range, context: { diagnostics: [unknown] } })) as CodeAction[];
    assert.ok(!actions.some((a) => a.title.startsWith('Thêm')), JSON.stringify(actions.map((a) => a.title)));
  });
});
