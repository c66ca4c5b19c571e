// "Add to the commune registry" when the commune has no registry yet: a client that can create files receives a
// WorkspaceEdit that creates .kehoach/van-ban.yaml and writes the entry into it, and nothing else. Uses its own
// small client because it must advertise workspaceEdit.documentChanges and resourceOperations.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import {
  CodeActionRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type CreateFile,
  type PublishDiagnosticsParams,
  type TextDocumentEdit,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { readExample, REPO_ROOT, CLEAN_EXAMPLE, withTimeout } from '../support/lsp-client';

describe('adding a document to a registry that does not exist yet', { timeout: 30_000 }, () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kehoach-create-'));
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published: PublishDiagnosticsParams[] = [];
  const waiters: (() => void)[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.push(params);
    for (const wake of waiters.splice(0)) wake();
  });
  connection.onRequest(RegistrationRequest.type, () => undefined);
  connection.listen();
  const diagnosticsFor = async (uri: string, version: number) => {
    for (;;) {
      const found = published.find((p) => p.uri === uri && p.version === version);
      if (found) return found;
      await withTimeout(new Promise<void>((resolve) => waiters.push(resolve)), 5000, `diagnostics of ${uri} v${version}`);
    }
  };
  after(async () => {
    try {
      await withTimeout(connection.sendRequest(ShutdownRequest.type), 2000, 'shutdown');
      await connection.sendNotification(ExitNotification.type);
    } catch {
      child.kill('SIGKILL');
    }
    connection.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates .kehoach/van-ban.yaml with the entry, then the document is known', async () => {
    await withTimeout(
      connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: null,
        workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'xa' }],
        capabilities: {
          workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } },
          textDocument: { publishDiagnostics: { versionSupport: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } } },
        },
      }),
      5000,
      'initialize',
    );
    await connection.sendNotification(InitializedNotification.type, {});

    const file = path.join(dir, 'ke-hoach.plan.yaml');
    const uri = pathToFileURL(file).href;
    const text = readExample(CLEAN_EXAMPLE).replace('thuc_hien:\n', 'thuc_hien:\n  - Nghị quyết số 268/NQ-CP ngày 31/8/2025 của Chính phủ về tình hình triển khai\n');
    writeFileSync(file, text);
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'kehoach', version: 1, text } });
    const first = await diagnosticsFor(uri, 1);
    const unknown = first.diagnostics.find((d) => d.code === 'ref/unknown');
    assert.ok(unknown, JSON.stringify(first.diagnostics.map((d) => d.code)));

    const actions = (await withTimeout(
      connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: unknown.range, context: { diagnostics: [unknown] } }),
      5000,
      'code actions',
    )) as CodeAction[];
    const add = actions.find((a) => a.title.startsWith('Thêm 268/NQ-CP'));
    assert.ok(add, JSON.stringify(actions.map((a) => a.title)));
    const registry = path.join(dir, '.kehoach', 'van-ban.yaml');
    const registryUri = pathToFileURL(registry).href;
    const changes = add.edit!.documentChanges!;
    assert.equal(changes.length, 2);
    const create = changes[0] as CreateFile;
    assert.deepEqual([create.kind, create.uri, create.options?.ignoreIfExists], ['create', registryUri, true]);
    const write = changes[1] as TextDocumentEdit;
    assert.equal(write.textDocument.uri, registryUri);
    assert.equal(write.edits.length, 1);
    assert.deepEqual(write.edits[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.ok(!existsSync(registry), 'the server itself writes nothing');

    // The editor applies it and saves: the registry is read on the next check.
    mkdirSync(path.dirname(registry));
    writeFileSync(registry, (write.edits[0] as TextEdit).newText);
    assert.match(readFileSync(registry, 'utf8'), /van_ban:\n {2}- loai: Nghị quyết\n {4}so: 268\/NQ-CP\n {4}ngay: 2025-08-31\n {4}co_quan: Chính phủ\n {4}trich_yeu: về tình hình triển khai\n/);
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# ghi chú\n' }],
    });
    const second = await diagnosticsFor(uri, 2);
    assert.deepEqual(second.diagnostics.filter((d) => String(d.code).startsWith('ref/')), []);
  });
});
