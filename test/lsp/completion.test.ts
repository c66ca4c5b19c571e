// textDocument/completion against the real server. Expected key sets come from schemas/plan.schema.json
// and from parsing the fixture with the `yaml` package, not from the server's own answers.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CompletionRequest,
  InsertTextFormat,
  type CompletionItem,
  type CompletionList,
  type Position,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { parse } from 'yaml';
import { CLEAN_EXAMPLE, freshUri, lineIndexOf, loadPlanSchema, LspClient, readExample } from '../support/lsp-client';

const schema = loadPlanSchema();
const ROOT_KEYS = Object.keys(schema.properties);
const TASK_KEYS = Object.keys(schema.definitions.task.properties ?? {});

/** A plan that uses units absent from the standard list, one of them in a ";"-separated partner cell. */
const UNITS_PLAN = [
  'loai: ke-hoach',
  'nhiem_vu:',
  '  - ten: Tuyên truyền trên loa truyền thanh',
  '    chu_tri: Đài truyền thanh xã Đông Hưng',
  '    phoi_hop: Hội Nông dân xã; Đoàn Thanh niên xã',
  '    thoi_gian: Thường xuyên',
  '  - ten: Khảo sát sự hài lòng',
  '    chu_tri: ',
  '',
].join('\n');

function itemsOf(result: CompletionItem[] | CompletionList | null): CompletionItem[] {
  if (!result) return [];
  return Array.isArray(result) ? result : result.items;
}

function labels(items: CompletionItem[]): string[] {
  return items.map((item) => item.label);
}

function assertEditsOnCursorLine(items: CompletionItem[], cursor: Position): void {
  assert.ok(items.length > 0, 'no completion items');
  for (const item of items) {
    const edit = item.textEdit as TextEdit | undefined;
    assert.ok(edit && 'range' in edit, `item ${item.label} has no textEdit range`);
    assert.equal(edit.range.start.line, cursor.line, `${item.label}: edit starts on another line`);
    assert.equal(edit.range.end.line, cursor.line, `${item.label}: edit ends on another line`);
    assert.ok(edit.range.start.character <= cursor.character && cursor.character <= edit.range.end.character,
      `${item.label}: edit range ${JSON.stringify(edit.range)} does not contain the cursor`);
  }
}

describe('completion', { timeout: 60_000 }, () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client?.stop();
  });

  async function completeAt(text: string, position: Position): Promise<CompletionItem[]> {
    const uri = freshUri('completion.plan.yaml');
    await client.openAndWait(uri, text);
    const result = await client.request(CompletionRequest.type, {
      textDocument: { uri },
      position,
    });
    return itemsOf(result);
  }

  it('offers the schema keys not yet written, at an empty top-level line', async () => {
    const text = 'loai: ke-hoach\nco_quan: Ủy ban nhân dân xã Tiên Lãng\n\nnoi_nhan:\n  - Sở Nội vụ\n';
    const cursor = { line: 2, character: 0 };
    const items = await completeAt(text, cursor);
    const offered = labels(items);
    assert.ok(offered.includes('trich_yeu'), 'trich_yeu missing');
    assert.ok(offered.includes('can_cu'), 'can_cu missing');
    for (const present of ['loai', 'co_quan', 'noi_nhan']) assert.ok(!offered.includes(present), `${present} offered again`);
    assert.deepEqual([...offered].sort(), ROOT_KEYS.filter((key) => !['loai', 'co_quan', 'noi_nhan'].includes(key)).sort());

    assertEditsOnCursorLine(items, cursor);
    for (const item of items) {
      const edit = item.textEdit as TextEdit;
      assert.ok(edit.newText.startsWith(`${item.label}:`), `${item.label} inserts ${JSON.stringify(edit.newText)}`);
      assert.equal(item.insertTextFormat, InsertTextFormat.Snippet);
    }
  });

  it('leaves out every key already present above or below the cursor in a full plan', async () => {
    const text = readExample(CLEAN_EXAMPLE);
    const present = Object.keys(parse(text) as Record<string, unknown>);
    const cursor = { line: lineIndexOf(text, 'ky: năm 2026') + 1, character: 0 }; // the blank line after `ky:`
    assert.equal(text.split('\n')[cursor.line], '', 'fixture: expected a blank line');
    const offered = labels(await completeAt(text, cursor));
    assert.deepEqual([...offered].sort(), ROOT_KEYS.filter((key) => !present.includes(key)).sort());
  });

  it('replaces the typed prefix of a key', async () => {
    const text = 'loai: ke-hoach\ntri\n';
    const cursor = { line: 1, character: 3 };
    const items = await completeAt(text, cursor);
    const item = items.find((candidate) => candidate.label === 'trich_yeu');
    assert.ok(item, `trich_yeu not offered: ${labels(items).join(', ')}`);
    assert.deepEqual((item.textEdit as TextEdit).range, { start: { line: 1, character: 0 }, end: cursor });
    assertEditsOnCursorLine(items, cursor);
  });

  it('offers the task keys not yet written, inside a task', async () => {
    const text = 'loai: ke-hoach\nnhiem_vu:\n  - ten: Tuyên truyền\n    chu_tri: Phòng Văn hóa - Xã hội\n    \n    thoi_gian: Thường xuyên\n';
    const cursor = { line: 4, character: 4 };
    const items = await completeAt(text, cursor);
    assert.deepEqual(labels(items).sort(), TASK_KEYS.filter((key) => !['ten', 'chu_tri', 'thoi_gian'].includes(key)).sort());
    assertEditsOnCursorLine(items, cursor);
  });

  it("offers standard units and the plan's own units after `chu_tri: `", async () => {
    const line = 7;
    assert.equal(UNITS_PLAN.split('\n')[line], '    chu_tri: ');
    const cursor = { line, character: '    chu_tri: '.length };
    const items = await completeAt(UNITS_PLAN, cursor);
    const offered = labels(items);
    for (const unit of ['Phòng Văn hóa - Xã hội', 'Văn phòng HĐND và UBND xã']) {
      assert.ok(offered.includes(unit), `standard unit ${unit} missing`);
    }
    for (const unit of ['Đài truyền thanh xã Đông Hưng', 'Hội Nông dân xã', 'Đoàn Thanh niên xã']) {
      assert.ok(offered.includes(unit), `unit used in the plan ${unit} missing: ${offered.join(' | ')}`);
    }
    assert.equal(new Set(offered).size, offered.length, 'a unit is offered twice');
    assertEditsOnCursorLine(items, cursor);
    for (const item of items) {
      const edit = item.textEdit as TextEdit;
      assert.deepEqual(edit.range, { start: cursor, end: cursor });
      assert.equal(edit.newText, item.label, 'the space after the colon is already there');
    }
  });

  it('adds the missing space when the cursor is right after `chu_tri:`', async () => {
    const cursor = { line: 7, character: '    chu_tri:'.length };
    const items = await completeAt(UNITS_PLAN, cursor);
    const item = items.find((candidate) => candidate.label === 'Phòng Văn hóa - Xã hội');
    assert.ok(item);
    assert.equal((item.textEdit as TextEdit).newText, ' Phòng Văn hóa - Xã hội');
    assertEditsOnCursorLine(items, cursor);
  });

  it('offers the allowed document types after `loai: `', async () => {
    const cursor = { line: 0, character: 'loai: '.length };
    const items = await completeAt('loai: \n', cursor);
    assert.deepEqual(labels(items).sort(), [...(schema.properties.loai.enum ?? [])].sort());
    assert.ok(labels(items).includes('ke-hoach') && labels(items).includes('quyet-dinh'));
    assertEditsOnCursorLine(items, cursor);
    for (const item of items) assert.equal((item.textEdit as TextEdit).newText, item.label);
  });
});
