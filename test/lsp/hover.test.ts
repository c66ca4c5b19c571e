// textDocument/hover on keys (schema titles) and on citations (registry entries).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { HoverRequest, type Hover, type MarkupContent, type Position } from 'vscode-languageserver-protocol/node';
import {
  CLEAN_EXAMPLE,
  freshUri,
  loadPlanSchema,
  LspClient,
  positionOf,
  readExample,
  SEED_002,
  topLevelKeyPosition,
} from '../support/lsp-client';

const schema = loadPlanSchema();

function markdown(hover: Hover | null): string {
  assert.ok(hover, 'no hover');
  const contents = hover.contents as MarkupContent;
  assert.equal(contents.kind, 'markdown');
  return contents.value;
}

function contains(range: { start: Position; end: Position }, position: Position): boolean {
  const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(range.start, position) && before(position, range.end);
}

describe('hover', { timeout: 60_000 }, () => {
  let client: LspClient;
  const clean = readExample(CLEAN_EXAMPLE);
  const cleanUri = freshUri('hover-clean.plan.yaml');
  before(async () => {
    client = await LspClient.start();
    await client.openAndWait(cleanUri, clean);
  });
  after(async () => {
    await client?.stop();
  });

  const hoverAt = (uri: string, position: Position) =>
    client.request(HoverRequest.type, { textDocument: { uri }, position });

  it("shows a key's Vietnamese title", async () => {
    const key = topLevelKeyPosition(clean, 'trich_yeu');
    const position = { line: key.line, character: 3 };
    const hover = await hoverAt(cleanUri, position);
    const value = markdown(hover);
    assert.equal(schema.properties.trich_yeu.title, 'Trích yếu');
    assert.ok(value.includes('Trích yếu'), value);
    assert.ok(value.includes('trich_yeu'), value);
    assert.deepEqual(hover!.range, { start: key, end: { line: key.line, character: 'trich_yeu'.length } });
  });

  it('shows the title of a key inside a task', async () => {
    const lead = positionOf(clean, '    chu_tri: ');
    const hover = await hoverAt(cleanUri, { line: lead.line, character: 6 });
    const title = schema.definitions.task.properties!.chu_tri.title!;
    assert.ok(markdown(hover).includes(title), `expected "${title}" in ${JSON.stringify(hover)}`);
  });

  it('describes a cited document from the registry: date and issuer', async () => {
    const symbol = positionOf(clean, '76/NQ-CP');
    const position = { line: symbol.line, character: symbol.character + 3 };
    const hover = await hoverAt(cleanUri, position);
    const value = markdown(hover);
    assert.ok(value.includes('76/NQ-CP'), value);
    assert.ok(value.includes('15/7/2021'), value);
    assert.ok(value.includes('Chính phủ'), value);
    assert.ok(hover!.range && contains(hover!.range, position), `range ${JSON.stringify(hover!.range)} misses the cursor`);
  });

  it('answers null for a citation of an unknown document (its diagnostic explains it)', async () => {
    const text = readExample(SEED_002);
    const uri = freshUri('hover-seed-002.plan.yaml');
    await client.openAndWait(uri, text);
    const symbol = positionOf(text, '  - Quyết định số 709/KH-UBND');
    const hover = await hoverAt(uri, { line: symbol.line, character: '  - Quyết định số 7'.length });
    assert.equal(hover, null);
  });

  it('answers null on a blank line', async () => {
    const blank = clean.split('\n').indexOf('');
    assert.ok(blank > 0);
    assert.equal(await hoverAt(cleanUri, { line: blank, character: 0 }), null);
  });
});
