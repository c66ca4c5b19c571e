// Hostile documents and misbehaving clients (issue 10): each document gets a located diagnostic in
// bounded time and memory, and the server answers the next request.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { CancellationToken } from 'vscode-jsonrpc';
import { DocumentSymbolRequest, HoverRequest } from 'vscode-languageserver-protocol/node';
import { CLEAN_EXAMPLE, freshUri, LspClient, readExample, SEED_002 } from '../support/lsp-client';

const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]', ...'bcdefgh'.split('').map((name, i) => `${name}: &${name} [${Array(10).fill('*' + 'abcdefgh'[i]).join(',')}]`)].join('\n') + '\n';
const seed = readExample(SEED_002);
let tenMegabytes = seed;
while (tenMegabytes.length < 10 * 1024 * 1024) tenMegabytes += '\n# ' + seed.replace(/\n/g, '\n# ');
const garbage = Array.from({ length: 200_000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');

const HOSTILE: [string, string, (codes: string[]) => boolean][] = [
  ['an alias bomb', bomb, (codes) => codes.includes('yaml/syntax')],
  ['20,000-deep nesting', 'loai: ke-hoach\nmuc_dich: ' + '['.repeat(20_000) + ']'.repeat(20_000) + '\n', (codes) => codes.length > 0],
  ['a 10 MB plan', tenMegabytes, (codes) => codes.length === 1 && codes[0] === 'yaml/too-large'],
  ['binary garbage', garbage, (codes) => codes.includes('yaml/syntax')],
  ['a byte-order mark', '\ufeff' + readExample(CLEAN_EXAMPLE), (codes) => codes.length === 0],
  ['CRLF line endings', readExample(CLEAN_EXAMPLE).replace(/\n/g, '\r\n'), (codes) => codes.length === 0],
  ['a git conflict', readExample(CLEAN_EXAMPLE).replace('so: 12/KH-UBND\n', '<<<<<<< HEAD\nso: 12/KH-UBND\n=======\nso: 13/KH-UBND\n>>>>>>> nhanh\n'), (codes) => codes.includes('yaml/syntax')],
];

/** Peak resident memory of a process (Linux), in MiB. */
function peakMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)![1]) / 1024;
}

describe('hostile documents', { timeout: 120_000 }, () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client?.stop();
  });

  for (const [name, text, expected] of HOSTILE) {
    it(`${name}: diagnostics within bounds, then the next request is answered`, async () => {
      const uri = freshUri('hostile.plan.yaml');
      const started = Date.now();
      await client.open(uri, text);
      const published = await client.waitForDiagnostics(uri, (p) => p.version === 1, { timeoutMs: 20_000 });
      const elapsed = Date.now() - started;
      assert.ok(elapsed < 10_000, `${elapsed} ms`);
      const codes = published.diagnostics.map((d) => String(d.code));
      assert.ok(expected(codes), codes.join(', '));
      for (const d of published.diagnostics) assert.ok(d.range.start.line >= 0 && d.range.end.line >= d.range.start.line);
      await client.request(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 1 } });
      await client.request(DocumentSymbolRequest.type, { textDocument: { uri } });
      await client.close(uri);
      assert.ok(peakMiB(client.process.pid!) < 1024, `peak ${Math.round(peakMiB(client.process.pid!))} MiB`);
    });
  }

  it('edits that arrive out of order, requests for closed documents and cancelled requests leave it serving', async () => {
    const uri = freshUri('order.plan.yaml');
    await client.openAndWait(uri, seed, 5);
    // Version 3 after version 5, then an edit past the end of the text.
    await client.change(uri, 3, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# cũ\n' }]);
    await client.change(uri, 6, [{ range: { start: { line: 99_999, character: 5 }, end: { line: 99_999, character: 9 } }, text: 'x' }]);
    await client.close(uri);
    assert.equal(await client.request(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 1 } }), null);
    // A request cancelled by the client is answered (or cancelled) without harm.
    const source = { isCancellationRequested: true } as unknown as CancellationToken;
    await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }, source).catch(() => undefined);
    const fresh = freshUri('after.plan.yaml');
    const published = await client.openAndWait(fresh, readExample(CLEAN_EXAMPLE));
    assert.deepEqual(published.diagnostics, []);
    assert.equal(client.process.exitCode, null, 'the server is still running');
  });
});
