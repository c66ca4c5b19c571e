// A headless LSP client for the benchmark: spawns any language server over stdio, timestamps every
// publishDiagnostics on arrival, and reads the server's peak memory from /proc. Not a test helper:
// nothing here asserts, it only measures (its bounded waits are the test client's: test/support/lsp-client).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { delay, withTimeout } from '../test/support/lsp-client';
import {
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type ProtocolConnection,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

export interface Publish {
  /** performance.now() when the whole message had arrived. */
  at: number;
  /** performance.now() when its first bytes arrived (the server had sent it by then). */
  firstByteAt: number;
  version?: number;
  diagnostics: Diagnostic[];
}

export interface ServerSpec {
  name: string;
  command: string;
  args: string[];
  /** Added to this process's environment for the server. */
  env?: Record<string, string>;
  cwd: string;
  languageId: string;
  /** Answers to workspace/configuration by section (yaml-language-server's schema association, kehoach's settings). */
  configuration?: Record<string, unknown>;
  /** Sent as workspace/didChangeConfiguration after initialized (yaml-language-server then pulls its settings). */
  settings?: unknown;
}

type Waiter = { uri: string; predicate: (publish: Publish) => boolean; resolve: (publish: Publish) => void };

export class BenchClient {
  readonly published = new Map<string, Publish[]>();
  private waiters: Waiter[] = [];
  private stderr = '';
  private exited = false;
  private markConfigured!: () => void;
  /** Resolves once the server has pulled its settings (workspace/configuration). */
  readonly configured = new Promise<void>((resolve) => (this.markConfigured = resolve));

  private constructor(
    readonly spec: ServerSpec,
    readonly child: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
    /** performance.now() just before spawn. */
    readonly spawnedAt: number,
  ) {
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (this.stderr += chunk));
    child.on('exit', () => (this.exited = true));
    // Arrival times are taken when a message's last byte arrives, before the connection decodes it (which takes
    // this process a few milliseconds for a large message): what the server did, not what this client does.
    const arrivals = rawPublishArrivals(child.stdout);
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      const arrival = arrivals.shift();
      const publish: Publish = { at: arrival?.last ?? performance.now(), firstByteAt: arrival?.first ?? performance.now(), version: params.version, diagnostics: params.diagnostics };
      const list = this.published.get(params.uri) ?? [];
      list.push(publish);
      this.published.set(params.uri, list);
      this.waiters = this.waiters.filter((waiter) => {
        if (waiter.uri !== params.uri || !waiter.predicate(publish)) return true;
        waiter.resolve(publish);
        return false;
      });
    });
    // workspace/configuration: each section from the spec (yaml-language-server pulls its settings this way).
    connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => {
      setTimeout(() => this.markConfigured(), 0);
      return params.items.map((item) => spec.configuration?.[item.section ?? ''] ?? null);
    });
    for (const method of ['client/registerCapability', 'client/unregisterCapability', 'window/workDoneProgress/create']) connection.onRequest(method, () => null);
    for (const method of ['window/logMessage', 'window/showMessage', 'telemetry/event', '$/progress']) connection.onNotification(method, () => undefined);
    connection.listen();
  }

  /** Spawns the server and completes initialize; returns the client and the cold start (spawn → initialize result). */
  static async start(spec: ServerSpec): Promise<{ client: BenchClient; coldStartMs: number }> {
    const spawnedAt = performance.now();
    const child = spawn(spec.command, spec.args, { cwd: spec.cwd, env: { ...process.env, ...spec.env }, stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new BenchClient(spec, child, connection, spawnedAt);
    const capabilities: ClientCapabilities = {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
      textDocument: {
        synchronization: { dynamicRegistration: false },
        publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true },
      },
    };
    await withTimeout(
      connection.sendRequest(InitializeRequest.method, { processId: process.pid, rootUri: null, capabilities, workspaceFolders: null }),
      20000,
      `${spec.name}: initialize`,
    );
    const coldStartMs = performance.now() - spawnedAt;
    await connection.sendNotification(InitializedNotification.type, {});
    if (spec.settings !== undefined) await connection.sendNotification(DidChangeConfigurationNotification.type, { settings: spec.settings });
    return { client, coldStartMs };
  }

  get pid(): number {
    return this.child.pid!;
  }

  history(uri: string): Publish[] {
    return this.published.get(uri) ?? [];
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: this.spec.languageId, version, text },
    });
  }

  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
  }

  /** The first publish for `uri` (already received or to come) satisfying `predicate`. */
  waitFor(uri: string, predicate: (publish: Publish) => boolean, timeoutMs = 30000, what = 'diagnostics'): Promise<Publish> {
    const already = this.history(uri).find(predicate);
    if (already) return Promise.resolve(already);
    if (this.exited) return Promise.reject(new Error(`${this.spec.name} exited: ${this.stderr}`));
    const waiting = new Promise<Publish>((resolve) => this.waiters.push({ uri, predicate, resolve }));
    return withTimeout(waiting, timeoutMs, `${this.spec.name}: ${what}`);
  }

  /** Peak resident set size (VmHWM) of the server process, in MiB. */
  peakRssMiB(): number {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)\s+kB/.exec(status)?.[1] ?? NaN);
    return kb / 1024;
  }

  async stop(): Promise<void> {
    try {
      await withTimeout(this.connection.sendRequest(ShutdownRequest.method), 5000, 'shutdown');
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // killed below
    }
    await new Promise<void>((resolve) => {
      if (this.exited) return resolve();
      const timer = setTimeout(() => {
        this.child.kill('SIGKILL');
        resolve();
      }, 2000);
      this.child.on('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    this.connection.dispose();
  }
}

/** When a message started to arrive (its first bytes) and when it had all arrived. */
interface Arrival {
  first: number;
  last: number;
}

/** Arrival times of the publishDiagnostics messages on a stream of LSP messages, in order. */
function rawPublishArrivals(stream: NodeJS.ReadableStream): Arrival[] {
  const arrivals: Arrival[] = [];
  let buffer = Buffer.alloc(0);
  let bodyLength = -1;
  let first = 0;
  stream.on('data', (chunk: Buffer) => {
    const at = performance.now();
    if (buffer.length === 0 && bodyLength < 0) first = at;
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      if (bodyLength < 0) {
        const headerEnd = buffer.indexOf('\r\n\r\n');
        if (headerEnd === -1) return;
        const length = /Content-Length:\s*(\d+)/i.exec(buffer.subarray(0, headerEnd).toString('ascii'));
        bodyLength = length ? Number(length[1]) : 0;
        buffer = buffer.subarray(headerEnd + 4);
      }
      if (buffer.length < bodyLength) return;
      if (buffer.subarray(0, Math.min(bodyLength, 200)).toString('utf8').includes('"textDocument/publishDiagnostics"')) arrivals.push({ first, last: at });
      buffer = buffer.subarray(bodyLength);
      bodyLength = -1;
      // The next message (if its bytes are already here) started arriving with this chunk.
      first = at;
    }
  });
  return arrivals;
}
