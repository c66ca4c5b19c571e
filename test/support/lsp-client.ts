// A minimal LSP client for integration tests: spawns the real bundled server (`node dist/server.js --stdio`)
// and speaks JSON-RPC to it through vscode-languageserver-protocol. Every wait is bounded by a timeout,
// so a hung or crashed server fails the test instead of hanging the run.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type InitializeResult,
  type LogMessageParams,
  type Position,
  type ProtocolConnection,
  type ProtocolRequestType,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';

/** The repository root (this file runs from out/test/support/). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const SERVER_JS = path.join(REPO_ROOT, 'dist', 'server.js');
export const EXAMPLES_DIR = path.join(REPO_ROOT, 'examples');

export const CLEAN_EXAMPLE = 'ke-hoach-tuyen-truyen-cchc-2026.plan.yaml';
export const SEED_000 = 'seed-000-yet-kieu-2026.plan.yaml';
export const SEED_002 = 'seed-002-ninh-giang-2025.plan.yaml';
export const SEED_003 = 'seed-003-tien-lang-2026.plan.yaml';

export const DEFAULT_TIMEOUT_MS = 5000;

export function readExample(name: string): string {
  return readFileSync(path.join(EXAMPLES_DIR, name), 'utf8');
}

let uriCounter = 0;
/** A fresh document URI per call, so tests sharing one server never see each other's diagnostics. */
export function freshUri(name: string): string {
  uriCounter++;
  return `file:///kehoach-test/${uriCounter}/${name}`;
}

/** Rejects with a clear message when `promise` does not settle within `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// ---------------------------------------------------------------------------------------------
// Text helpers (independent of the server's own line index).

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') starts.push(i + 1);
  }
  return starts;
}

export function offsetAt(text: string, position: Position): number {
  const starts = lineStarts(text);
  if (position.line >= starts.length) return text.length;
  const lineEnd = position.line + 1 < starts.length ? starts[position.line + 1] - 1 : text.length;
  return Math.min(starts[position.line] + position.character, lineEnd);
}

export function positionAt(text: string, offset: number): Position {
  const starts = lineStarts(text);
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
  return { line, character: offset - starts[line] };
}

/** Position of the `occurrence`-th (0-based) occurrence of `needle`; throws when absent, so fixtures stay honest. */
export function positionOf(text: string, needle: string, occurrence = 0): Position {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    if (index === -1) throw new Error(`fixture does not contain ${JSON.stringify(needle)} (occurrence ${occurrence})`);
  }
  return positionAt(text, index);
}

/** Zero-based line of the first line equal to `line` (after trimming the right end). */
export function lineIndexOf(text: string, line: string): number {
  const index = text.split('\n').findIndex((candidate) => candidate.trimEnd() === line);
  if (index === -1) throw new Error(`fixture has no line ${JSON.stringify(line)}`);
  return index;
}

/** Applies LSP text edits the way an editor does (all ranges refer to the original text). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const resolved = edits
    .map((edit) => ({ start: offsetAt(text, edit.range.start), end: offsetAt(text, edit.range.end), newText: edit.newText }))
    .sort((a, b) => b.start - a.start);
  let result = text;
  for (const edit of resolved) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
}

// ---------------------------------------------------------------------------------------------
// The client.

export interface StartOptions {
  initializationOptions?: unknown;
  locale?: string;
  /** When set, the client advertises workspace/configuration and answers with this function. */
  configuration?: (sections: (string | undefined)[]) => unknown[] | Promise<unknown[]>;
  /** Workspace folders announced in initialize (default: none). */
  workspaceFolders?: { uri: string; name: string }[];
  /** Extra environment variables for the server process. */
  env?: Record<string, string>;
}

type DiagnosticsWaiter = {
  uri: string;
  since: number;
  predicate: (params: PublishDiagnosticsParams) => boolean;
  resolve: (params: PublishDiagnosticsParams) => void;
  reject: (error: Error) => void;
};

export class LspClient {
  /** Every publishDiagnostics received, per URI, in arrival order. */
  private readonly published = new Map<string, PublishDiagnosticsParams[]>();
  private waiters: DiagnosticsWaiter[] = [];
  private stderrText = '';
  /** window/logMessage texts sent by the server (its console.error/log output). */
  readonly logMessages: string[] = [];
  private exitInfo: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  private readonly exited: Promise<void>;
  initializeResult!: InitializeResult;

  private constructor(
    readonly process: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
  ) {
    process.stderr.setEncoding('utf8');
    process.stderr.on('data', (chunk: string) => (this.stderrText += chunk));
    this.exited = new Promise((resolve) => {
      process.on('exit', (code, signal) => {
        this.exitInfo = { code, signal };
        const error = new Error(`server exited (code ${code}, signal ${signal}); stderr:\n${this.stderrText}`);
        for (const waiter of this.waiters) waiter.reject(error);
        this.waiters = [];
        resolve();
      });
    });
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      const list = this.published.get(params.uri) ?? [];
      list.push(params);
      this.published.set(params.uri, list);
      this.waiters = this.waiters.filter((waiter) => {
        if (waiter.uri !== params.uri || list.length - 1 < waiter.since || !waiter.predicate(params)) return true;
        waiter.resolve(params);
        return false;
      });
    });
    connection.onNotification(LogMessageNotification.method, (params: LogMessageParams) => {
      this.logMessages.push(params.message);
    });
    // The server may ask for registrations; accept them.
    connection.onRequest(RegistrationRequest.type, () => undefined);
    connection.listen();
  }

  /** Spawns `node dist/server.js --stdio`, sends initialize and initialized. */
  static async start(options: StartOptions = {}): Promise<LspClient> {
    const child = spawn(process.execPath, [SERVER_JS, '--stdio'], {
      cwd: REPO_ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...options.env },
    });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new LspClient(child, connection);
    if (options.configuration) {
      const answer = options.configuration;
      connection.onRequest(ConfigurationRequest.type, (params) => answer(params.items.map((item) => item.section)));
    }
    const capabilities: ClientCapabilities = {
      workspace: { configuration: !!options.configuration, didChangeConfiguration: { dynamicRegistration: false } },
      textDocument: {
        synchronization: { dynamicRegistration: false },
        publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, relatedInformation: false },
        completion: { completionItem: { snippetSupport: true } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
      },
    };
    try {
      client.initializeResult = await client.request(InitializeRequest.type, {
        processId: process.pid,
        rootUri: null,
        capabilities,
        locale: options.locale,
        initializationOptions: options.initializationOptions,
        workspaceFolders: options.workspaceFolders ?? null,
      });
      await client.connection.sendNotification(InitializedNotification.type, {});
    } catch (error) {
      await client.stop();
      throw error;
    }
    return client;
  }

  get stderr(): string {
    return this.stderrText;
  }

  get exitStatus(): { code: number | null; signal: NodeJS.Signals | null } | undefined {
    return this.exitInfo;
  }

  /** Sends a request and fails when no answer arrives in time. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  request<P, R>(type: ProtocolRequestType<P, R, any, any, any>, params: P, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<R> {
    // The typed type object only carries the method name on the wire; sending by name keeps P and R generic.
    const pending = this.connection.sendRequest<R>(type.method, params);
    return withTimeout(pending, timeoutMs, `a response to ${type.method}`);
  }

  open(uri: string, text: string, version = 1, languageId = 'kehoach'): Promise<void> {
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version, text },
    });
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges,
    });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  changeConfiguration(settings: unknown): Promise<void> {
    return this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings });
  }

  /** All publishDiagnostics received so far for `uri`. */
  diagnosticsHistory(uri: string): PublishDiagnosticsParams[] {
    return [...(this.published.get(uri) ?? [])];
  }

  /**
   * Resolves with the first publishDiagnostics for `uri` (received at index `since` or later in that URI's
   * history) that satisfies `predicate`; includes notifications that already arrived.
   */
  waitForDiagnostics(
    uri: string,
    predicate: (params: PublishDiagnosticsParams) => boolean = () => true,
    options: { since?: number; timeoutMs?: number; what?: string } = {},
  ): Promise<PublishDiagnosticsParams> {
    const since = options.since ?? 0;
    const already = (this.published.get(uri) ?? []).slice(since).find(predicate);
    if (already) return Promise.resolve(already);
    if (this.exitInfo) return Promise.reject(new Error(`server already exited; stderr:\n${this.stderrText}`));
    const waiting = new Promise<PublishDiagnosticsParams>((resolve, reject) => {
      this.waiters.push({ uri, since, predicate, resolve, reject });
    });
    const what = options.what ?? `publishDiagnostics for ${uri}`;
    return withTimeout(waiting, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, what).catch((error: Error) => {
      const seen = (this.published.get(uri) ?? []).map((p) => `v${p.version}:${p.diagnostics.length}`).join(', ');
      throw new Error(`${error.message} (received so far: [${seen}])`);
    });
  }

  /** Opens a document and waits for its first diagnostics (for that version). */
  async openAndWait(uri: string, text: string, version = 1): Promise<PublishDiagnosticsParams> {
    await this.open(uri, text, version);
    return this.waitForDiagnostics(uri, (params) => params.version === version);
  }

  /** Graceful shutdown (shutdown + exit), then SIGKILL if the process is still alive. Never throws. */
  async stop(): Promise<void> {
    if (!this.exitInfo) {
      try {
        await withTimeout(this.connection.sendRequest(ShutdownRequest.type), 2000, 'a response to shutdown');
        await this.connection.sendNotification(ExitNotification.type);
        await withTimeout(this.exited, 2000, 'the server to exit');
      } catch {
        // fall through to the kill below
      }
    }
    if (!this.exitInfo) {
      this.process.kill('SIGKILL');
      await withTimeout(this.exited, 2000, 'the killed server to exit').catch(() => undefined);
    }
    this.connection.dispose();
  }

  /** Waits for the process to exit (bounded); resolves with its status. */
  async waitForExit(timeoutMs = DEFAULT_TIMEOUT_MS): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    await withTimeout(this.exited, timeoutMs, 'the server process to exit');
    return this.exitInfo!;
  }
}

/** A whole-document range, for full-text replacement through an incremental change. */
export function wholeRange(text: string) {
  return { start: { line: 0, character: 0 }, end: positionAt(text, text.length) };
}

/** The plan schema as shipped (read from disk, not through the core). */
export function loadPlanSchema(): {
  properties: Record<string, { title?: string; 'x-title-en'?: string; enum?: string[] }>;
  definitions: Record<string, { properties?: Record<string, { title?: string }> }>;
} {
  return JSON.parse(readFileSync(path.join(REPO_ROOT, 'schemas', 'plan.schema.json'), 'utf8'));
}

/** A diagnostic's message as plain text (LSP 3.18 also allows markup). */
export function messageOf(diagnostic: { message: string | { value: string } }): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

/** Position of a top-level key (at the start of its line, e.g. "trich_yeu:"); throws when absent. */
export function topLevelKeyPosition(text: string, key: string): Position {
  if (text.startsWith(`${key}:`)) return { line: 0, character: 0 };
  const at = positionOf(text, `\n${key}:`);
  return { line: at.line + 1, character: 0 };
}
