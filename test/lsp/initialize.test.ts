// Handshake and lifecycle of the real bundled server (dist/server.js --stdio).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CodeActionKind, TextDocumentSyncKind, type ServerCapabilities } from 'vscode-languageserver-protocol/node';
import { LspClient } from '../support/lsp-client';

function syncKind(capabilities: ServerCapabilities): number | undefined {
  const sync = capabilities.textDocumentSync;
  return typeof sync === 'number' ? sync : sync?.change;
}

describe('initialize', { timeout: 30_000 }, () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client?.stop();
  });

  it('asks for incremental document sync', () => {
    assert.equal(syncKind(client.initializeResult.capabilities), TextDocumentSyncKind.Incremental);
  });

  it('offers completion, hover, document symbols and quick-fix code actions', () => {
    const capabilities = client.initializeResult.capabilities;
    assert.ok(capabilities.completionProvider, 'completionProvider missing');
    assert.ok(capabilities.hoverProvider, 'hoverProvider missing');
    assert.ok(capabilities.documentSymbolProvider, 'documentSymbolProvider missing');
    const codeActions = capabilities.codeActionProvider;
    assert.ok(codeActions, 'codeActionProvider missing');
    if (typeof codeActions === 'object') {
      assert.ok(codeActions.codeActionKinds?.includes(CodeActionKind.QuickFix), 'quickfix kind not advertised');
    }
  });

  it('names itself kehoach', () => {
    assert.equal(client.initializeResult.serverInfo?.name, 'kehoach');
  });
});

describe('shutdown and exit', { timeout: 30_000 }, () => {
  it('exits with code 0 after shutdown then exit', async () => {
    const client = await LspClient.start();
    try {
      await client.stop();
      const status = await client.waitForExit();
      assert.deepEqual(status, { code: 0, signal: null }, `stderr:\n${client.stderr}`);
    } finally {
      await client.stop();
    }
  });
});
