// The server keeps serving through requests for unknown documents, odd positions and hostile input.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CodeActionRequest,
  CompletionRequest,
  DocumentSymbolRequest,
  HoverRequest,
  type CompletionList,
} from 'vscode-languageserver-protocol/node';
import { CLEAN_EXAMPLE, freshUri, LspClient, messageOf, readExample, topLevelKeyPosition } from '../support/lsp-client';

function isEmpty(result: unknown): boolean {
  if (result === null) return true;
  if (Array.isArray(result)) return result.length === 0;
  return (result as CompletionList).items?.length === 0;
}

describe('resilience', { timeout: 60_000 }, () => {
  let client: LspClient;
  const clean = readExample(CLEAN_EXAMPLE);
  const cleanUri = freshUri('resilience-clean.plan.yaml');
  before(async () => {
    client = await LspClient.start();
    await client.openAndWait(cleanUri, clean);
  });
  after(async () => {
    await client?.stop();
  });

  /** A request that must keep working: hover on the clean example's `trich_yeu` key. */
  async function assertStillServing(): Promise<void> {
    const hover = await client.request(HoverRequest.type, {
      textDocument: { uri: cleanUri },
      position: topLevelKeyPosition(clean, 'trich_yeu'),
    });
    assert.ok(hover, 'the server stopped answering hovers');
    assert.equal(client.exitStatus, undefined, 'the server exited');
  }

  it('answers null or empty for a document that was never opened, then keeps serving', async () => {
    const textDocument = { uri: 'file:///kehoach-test/never-opened.plan.yaml' };
    const position = { line: 0, character: 0 };
    assert.equal(await client.request(HoverRequest.type, { textDocument, position }), null);
    assert.ok(isEmpty(await client.request(CompletionRequest.type, { textDocument, position })));
    assert.ok(isEmpty(await client.request(DocumentSymbolRequest.type, { textDocument })));
    assert.ok(isEmpty(await client.request(CodeActionRequest.type, {
      textDocument,
      range: { start: position, end: position },
      context: { diagnostics: [] },
    })));
    await assertStillServing();
  });

  it('survives changes to a document that was never opened', async () => {
    const uri = 'file:///kehoach-test/ghost.plan.yaml';
    await client.change(uri, 2, [{ text: 'loai: ke-hoach\n' }]);
    await client.change(uri, 3, [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: 'x' }]);
    await assertStillServing();
  });

  it('answers positions past the end of the document', async () => {
    const position = { line: 10_000, character: 10_000 };
    const hover = await client.request(HoverRequest.type, { textDocument: { uri: cleanUri }, position });
    assert.equal(hover, null);
    await client.request(CompletionRequest.type, { textDocument: { uri: cleanUri }, position });
    await assertStillServing();
  });

  it('reports an alias bomb instead of expanding it', async () => {
    const lines = ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    const uri = freshUri('alias-bomb.plan.yaml');
    const published = await client.openAndWait(uri, lines.join('\n') + '\n');
    const syntax = published.diagnostics.filter((d) => d.code === 'yaml/syntax');
    assert.ok(syntax.length >= 1, JSON.stringify(published.diagnostics.map(messageOf)));
    await assertStillServing();
  });

  it('checks a binary-looking document without crashing', async () => {
    const uri = freshUri('junk.plan.yaml');
    const published = await client.openAndWait(uri, '\u0000\u0001\u0002 ]]] {{{ : : :\n\t- - -\n"');
    assert.ok(published.diagnostics.some((d) => d.code === 'yaml/syntax'));
    await assertStillServing();
  });

  it('answers requests for a closed document with null or empty', async () => {
    const uri = freshUri('closed.plan.yaml');
    await client.openAndWait(uri, clean);
    await client.close(uri);
    await client.waitForDiagnostics(uri, (p) => p.version === undefined && p.diagnostics.length === 0);
    const hover = await client.request(HoverRequest.type, {
      textDocument: { uri },
      position: topLevelKeyPosition(clean, 'trich_yeu'),
    });
    assert.equal(hover, null);
    await assertStillServing();
  });

  it('logged no failed request or rule', () => {
    assert.deepEqual(client.logMessages.filter((message) => /failed|unexpected error/.test(message)), []);
    assert.doesNotMatch(client.stderr, /Error|unexpected/);
  });
});
