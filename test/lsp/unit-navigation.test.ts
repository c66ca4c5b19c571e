// Units over the real server: rename (F2), go to definition, references, and the appendix summary lens.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CodeLensRequest,
  DefinitionRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  type Location,
  type Range,
} from 'vscode-languageserver-protocol/node';
import { applyEdits, CLEAN_EXAMPLE, freshUri, LspClient, offsetAt, positionOf, readExample, SEED_000 } from '../support/lsp-client';

function slice(text: string, range: Range): string {
  return text.slice(offsetAt(text, range.start), offsetAt(text, range.end));
}

describe('units in the editor', { timeout: 60_000 }, () => {
  let client: LspClient;
  const seed = readExample(SEED_000);
  const uri = freshUri('units-seed-000.plan.yaml');
  before(async () => {
    client = await LspClient.start();
    await client.openAndWait(uri, seed);
  });
  after(async () => {
    await client?.stop();
  });

  it('advertises rename (with prepare), definition, references and code lens', () => {
    const capabilities = client.initializeResult.capabilities;
    assert.deepEqual(capabilities.renameProvider, { prepareProvider: true });
    assert.equal(capabilities.definitionProvider, true);
    assert.equal(capabilities.referencesProvider, true);
    assert.ok(capabilities.codeLensProvider);
  });

  it('prepares a rename on a lead and refuses one off a unit', async () => {
    const lead = positionOf(seed, 'chu_tri: Văn phòng HĐND- UBND xã');
    const inside = { line: lead.line, character: lead.character + 'chu_tri: '.length + 5 };
    const prepared = await client.request(PrepareRenameRequest.type, { textDocument: { uri }, position: inside });
    assert.ok(prepared && 'range' in prepared, JSON.stringify(prepared));
    assert.equal(slice(seed, prepared.range), 'Văn phòng HĐND- UBND xã');
    assert.equal(prepared.placeholder, 'Văn phòng HĐND- UBND xã');

    const key = positionOf(seed, 'thoi_gian: Năm 2026');
    assert.equal(await client.request(PrepareRenameRequest.type, { textDocument: { uri }, position: key }), null);
  });

  it('renames a unit everywhere in one edit that replaces only its names', async () => {
    const at = positionOf(seed, 'Trung tâm dịch vụ sự nghiệp công;');
    const edit = await client.request(RenameRequest.type, { textDocument: { uri }, position: { line: at.line, character: at.character + 3 }, newName: 'Trung tâm Dịch vụ sự nghiệp công xã Yết Kiêu' });
    const edits = edit?.changes?.[uri];
    assert.ok(edits, JSON.stringify(edit));
    for (const change of edits) assert.match(slice(seed, change.range), /^Trung tâm (Dịch|dịch) vụ sự nghiệp công$/i);
    // Row 4 partner, row 5 lead, the block, and five mentions in the text (proper names, not "các trung tâm …").
    assert.equal(edits.length, 8, edits.map((e) => `${e.range.start.line + 1}: ${slice(seed, e.range)}`).join('\n'));
    const renamed = applyEdits(seed, edits);
    assert.ok(renamed.includes('  - don_vi: Trung tâm Dịch vụ sự nghiệp công xã Yết Kiêu\n'));
    assert.ok(renamed.includes('chu_tri: Phòng Văn hóa, Xã hội, Trung tâm Dịch vụ sự nghiệp công xã Yết Kiêu\n'));
    assert.ok(renamed.includes('các trung tâm Dịch vụ Sự nghiệp công'), 'a common noun is not a mention');
  });

  it('answers a rename off a unit with an error, not an edit', async () => {
    const key = positionOf(seed, 'thoi_gian: Năm 2026');
    await assert.rejects(client.request(RenameRequest.type, { textDocument: { uri }, position: key, newName: 'X' }), /đơn vị/);
  });

  it('goes from a lead to its block in tổ chức thực hiện, across spellings and the outdated name', async () => {
    const lead = positionOf(seed, 'chu_tri: Văn phòng HĐND- UBND xã');
    const result = (await client.request(DefinitionRequest.type, { textDocument: { uri }, position: { line: lead.line, character: lead.character + 12 } })) as Location[];
    assert.equal(result.length, 1);
    assert.equal(result[0].uri, uri);
    assert.equal(slice(seed, result[0].range), 'Văn phòng Ủy ban nhân dân xã');

    const partner = positionOf(seed, 'Trung tâm dịch vụ sự nghiệp công;');
    const [block] = (await client.request(DefinitionRequest.type, { textDocument: { uri }, position: partner })) as Location[];
    assert.equal(slice(seed, block.range), 'Trung tâm Dịch vụ sự nghiệp công');
    assert.equal(block.range.start.line, positionOf(seed, '  - don_vi: Trung tâm Dịch vụ sự nghiệp công').line);
  });

  it('lists the references of a unit', async () => {
    const at = positionOf(seed, 'chu_tri: Phòng Văn hóa, Xã hội\n');
    const refs = (await client.request(ReferencesRequest.type, { textDocument: { uri }, position: { line: at.line, character: at.character + 12 }, context: { includeDeclaration: true } })) as Location[];
    const names = refs.map((ref) => slice(seed, ref.range));
    assert.ok(names.length >= 8, names.join(' | '));
    for (const name of names) assert.match(name, /^Phòng Văn (hóa|hoá)\s*[,–-]\s*Xã hội/u);
  });

  it('shows the appendix summary as code lenses on nhiem_vu', async () => {
    const lenses = await client.request(CodeLensRequest.type, { textDocument: { uri } });
    assert.ok(lenses && lenses.length === 2, JSON.stringify(lenses));
    const key = positionOf(seed, '\nnhiem_vu:');
    for (const lens of lenses) assert.equal(lens.range.start.line, key.line + 1);
    // Row 5 names two leads, so the counts add up to 7 for 6 tasks.
    assert.equal(lenses[0].command!.title, '6 nhiệm vụ · Phòng Văn hóa - Xã hội: 3 · Văn phòng HĐND và UBND xã: 3 · Trung tâm Dịch vụ sự nghiệp công: 1');
    assert.equal(lenses[1].command!.title, 'Quý I/2026: 6 · Quý II/2026: 6 · Quý III/2026: 6 · Quý IV/2026: 6');
  });

  it('has no lens for a plan without an appendix, and answers for an unknown document', async () => {
    const other = freshUri('no-appendix.plan.yaml');
    await client.openAndWait(other, readExample(CLEAN_EXAMPLE).split('\nphu_luc:')[0] + '\n');
    assert.deepEqual(await client.request(CodeLensRequest.type, { textDocument: { uri: other } }), []);
    assert.deepEqual(await client.request(CodeLensRequest.type, { textDocument: { uri: 'file:///nowhere.plan.yaml' } }), []);
  });
});
