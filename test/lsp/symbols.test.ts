// textDocument/documentSymbol: a hierarchical outline. Expected structure comes from parsing the fixture
// with the `yaml` package.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DocumentSymbolRequest, type DocumentSymbol, type Position, type Range } from 'vscode-languageserver-protocol/node';
import { parse } from 'yaml';
import { CLEAN_EXAMPLE, freshUri, LspClient, positionOf, readExample, SEED_000 } from '../support/lsp-client';

interface Task {
  ten: string;
  chu_tri?: string;
}

function notAfter(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

function within(inner: Range, outer: Range): boolean {
  return notAfter(outer.start, inner.start) && notAfter(inner.end, outer.end);
}

function walk(symbols: DocumentSymbol[], visit: (symbol: DocumentSymbol) => void): void {
  for (const symbol of symbols) {
    visit(symbol);
    walk(symbol.children ?? [], visit);
  }
}

describe('document symbols', { timeout: 60_000 }, () => {
  let client: LspClient;
  const text = readExample(CLEAN_EXAMPLE);
  const plan = parse(text) as { nhiem_vu: Task[]; to_chuc_thuc_hien: { don_vi: string }[] };
  let symbols: DocumentSymbol[];

  async function symbolsOf(source: string): Promise<DocumentSymbol[]> {
    const uri = freshUri('symbols.plan.yaml');
    await client.openAndWait(uri, source);
    const result = await client.request(DocumentSymbolRequest.type, { textDocument: { uri } });
    assert.ok(Array.isArray(result), `no symbols: ${JSON.stringify(result)}`);
    // Hierarchical DocumentSymbols (with selectionRange), not flat SymbolInformation.
    for (const symbol of result) assert.ok('selectionRange' in symbol, `flat SymbolInformation: ${JSON.stringify(symbol)}`);
    return result as DocumentSymbol[];
  }

  before(async () => {
    client = await LspClient.start();
    symbols = await symbolsOf(text);
  });
  after(async () => {
    await client?.stop();
  });

  it('returns one hierarchical symbol per top-level key, in document order', () => {
    assert.deepEqual(symbols.map((symbol) => symbol.detail), Object.keys(plan));
  });

  it('lists the appendix tasks as children, one per task, with the lead unit as detail', () => {
    const tasks = symbols.find((symbol) => symbol.detail === 'nhiem_vu');
    assert.ok(tasks, 'no nhiem_vu symbol');
    const children = tasks.children ?? [];
    assert.equal(children.length, plan.nhiem_vu.length);
    children.forEach((child, index) => {
      const task = plan.nhiem_vu[index];
      assert.ok(child.name.startsWith(`${index + 1}. `), child.name);
      const shown = child.name.slice(`${index + 1}. `.length).replace(/…$/, '');
      assert.ok(task.ten.startsWith(shown), `"${child.name}" is not task ${index + 1} ("${task.ten}")`);
      assert.equal(child.detail, task.chu_tri);
      // The selection is the task's name, on the line where it is written.
      assert.equal(child.selectionRange.start.line, positionOf(text, `  - ten: ${task.ten}`).line);
    });
  });

  it('lists the units of to_chuc_thuc_hien as children', () => {
    const units = symbols.find((symbol) => symbol.detail === 'to_chuc_thuc_hien');
    assert.ok(units, 'no to_chuc_thuc_hien symbol');
    assert.deepEqual(
      (units.children ?? []).map((child) => child.name),
      plan.to_chuc_thuc_hien.map((block, index) => `${index + 1}. ${block.don_vi}`),
    );
  });

  it('keeps every selectionRange inside its range, and children inside their parent', () => {
    walk(symbols, (symbol) => {
      assert.ok(within(symbol.selectionRange, symbol.range), `${symbol.name}: selectionRange outside range`);
      for (const child of symbol.children ?? []) {
        assert.ok(within(child.range, symbol.range), `${child.name} lies outside ${symbol.name}`);
      }
    });
  });

  it('shows the fields of the issuing decision under quyet_dinh', async () => {
    const source = readExample(SEED_000);
    const decision = (parse(source) as { quyet_dinh: Record<string, unknown> }).quyet_dinh;
    const outline = await symbolsOf(source);
    const node = outline.find((symbol) => symbol.detail === 'quyet_dinh');
    assert.ok(node, 'no quyet_dinh symbol');
    assert.deepEqual((node.children ?? []).map((child) => child.detail), Object.keys(decision));
  });
});
