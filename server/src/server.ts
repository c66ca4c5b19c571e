// LSP adapter: maps the core's findings, completions, hovers and outline to the protocol.
// All checking lives in core/; this file only translates and schedules.
import * as path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { allRules, CONFIG_FILE_NAME, defaultRegistry, lintText, type LintOptions, type Rule, registryProblemMessage, type Finding, type Language, type LineIndex, type LintResult, type Severity, type Workspace } from '../../core/src';
import type { ServerContext } from './context';
import { ProjectConfig } from './project-config';
import { features } from './features';
import { mergingConnection } from './merge-handlers';
import { setEditSupport } from './workspace-edit';
import { isPlanUri, pathToUri, uriToPath, WorkspaceIndex } from './workspace';
import { warmUp } from './warmup';

// The heap grows by half, not by the default factor, before the next full collection: an editor session makes one
// new copy of the document text per keystroke, and those only go in full collections (measured: the peak memory
// on a 1 MB plan drops by about a fifth; the checks are not slower). V8 reads this setting at every collection.
setFlagsFromString('--heap-growing-percent=50');

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const registry = defaultRegistry();
// Registry files and plans of the workspace, read from disk with the open plans' texts (server/src/workspace.ts).
const workspaces = new WorkspaceIndex(documents);
let canWatchFiles = false;
const docsRoot = path.join(__dirname, '..', 'docs', 'rules');

interface Settings {
  language: 'vi' | 'en' | 'auto';
  /** `kehoach.rules`: severity by rule id. */
  rules?: Record<string, unknown>;
  /** `kehoach.maxFileSizeKB`: larger plans are not checked. */
  maxFileSizeKB?: number;
}

let clientLocale = 'vi';
let hasConfigurationCapability = false;
let settings: Settings = { language: 'vi' };
let workspaceFolderUris: string[] = [];
const projectConfig = new ProjectConfig(connection);

function language(): Language {
  if (settings.language === 'auto') return clientLocale.toLowerCase().startsWith('vi') ? 'vi' : 'en';
  return settings.language === 'en' ? 'en' : 'vi';
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  clientLocale = params.locale ?? 'vi';
  hasConfigurationCapability = !!params.capabilities.workspace?.configuration;
  const initial = params.initializationOptions as Partial<Settings> | undefined;
  if (initial?.language) settings = { language: initial.language, rules: initial.rules, maxFileSizeKB: initial.maxFileSizeKB };
  workspaceFolderUris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
  workspaces.setFolders(params.workspaceFolders, params.rootUri);
  setEditSupport(params.capabilities);
  canWatchFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      completionProvider: { triggerCharacters: [' ', ':', '-'] },
      hoverProvider: true,
      documentSymbolProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, `${CodeActionKind.SourceFixAll}.kehoach`] },
      renameProvider: { prepareProvider: true },
      definitionProvider: true,
      referencesProvider: true,
      codeLensProvider: { resolveProvider: false },
    },
    serverInfo: { name: 'kehoach' },
  };
});

connection.onInitialized(async () => {
  // Compiles and exercises the checks on a sample plan while nothing is open (server/src/warmup.ts).
  warmUp(language, () => documents.all().length > 0, (error) => connection.console.error(`kehoach: warm-up failed: ${String((error as Error)?.stack ?? error)}`));
  if (canWatchFiles) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: '**/*.plan.{yaml,yml}' }, { globPattern: '**/.kehoach/van-ban.yaml' }, { globPattern: `**/${CONFIG_FILE_NAME}` }],
    });
  }
  const before = language();
  await refreshSettings();
  projectConfig.reload(workspaceFolderUris, language());
  // Documents opened while the settings were on their way were checked in the old language.
  if (language() !== before) for (const document of documents.all()) scheduleValidation(document, 0);
});

connection.onDidChangeConfiguration(async (change) => {
  const pushed = (change.settings as { kehoach?: Partial<Settings> } | undefined)?.kehoach;
  if (pushed?.language) settings = { language: pushed.language, rules: pushed.rules, maxFileSizeKB: pushed.maxFileSizeKB };
  else await refreshSettings();
  projectConfig.reload(workspaceFolderUris, language());
  for (const document of documents.all()) scheduleValidation(document, 0);
});

async function refreshSettings(): Promise<void> {
  if (!hasConfigurationCapability) return;
  try {
    const value = (await connection.workspace.getConfiguration('kehoach')) as Partial<Settings> | null;
    if (value?.language) settings = { language: value.language, rules: value.rules, maxFileSizeKB: value.maxFileSizeKB };
  } catch {
    // A client that cannot answer keeps the defaults.
  }
}

// ---------------------------------------------------------------------------------------------
// Validation: debounced per document, sized to how long the last check took, and never
// published for a version older than the one the editor now has.

interface CachedLint {
  version: number;
  lang: Language;
  /** The workspace state the document was checked in (its registry and the other plans). */
  workspaceKey?: string;
  /** The project config (`.kehoach.yaml`, `kehoach.rules`) it was checked under. */
  configVersion: number;
  result: LintResult;
  /** The options it was checked with (for warmEdits). */
  options?: LintOptions;
}

// KEHOACH_FAULT_INJECTION=rule adds a rule that always throws: the tests use it to prove that one
// failing rule is reported once and never stops the others. Unset, the server runs every rule as is.
const rules = process.env.KEHOACH_FAULT_INJECTION === 'rule' ? [...allRules, failingRuleForTests()] : undefined;

function failingRuleForTests(): Rule {
  return {
    meta: { ...allRules[0].meta, id: 'test/always-fails' },
    check: () => {
      throw new Error('injected fault');
    },
  };
}

const cache = new Map<string, CachedLint>();
const reportedFailures = new Set<string>();
const timers = new Map<string, NodeJS.Timeout>();
/** How long the last (up to) three edits of each document took to check, newest first. */
const recentDurations = new Map<string, number[]>();

function lintDocument(document: TextDocument): LintResult {
  const lang = language();
  let workspace: ReturnType<WorkspaceIndex['workspaceFor']>;
  try {
    workspace = workspaces.workspaceFor(document);
  } catch (error) {
    connection.console.error(`kehoach: reading the workspace failed: ${String((error as Error)?.stack ?? error)}`);
  }
  const cached = cache.get(document.uri);
  const configVersion = projectConfig.version;
  if (cached && cached.version === document.version && cached.lang === lang && cached.workspaceKey === workspace?.key && cached.configVersion === configVersion) {
    return cached.result;
  }
  const started = performance.now();
  const severities = projectConfig.merged(settings.rules);
  const maxSize = typeof settings.maxFileSizeKB === 'number' && settings.maxFileSizeKB > 0 ? settings.maxFileSizeKB * 1024 : undefined;
  // After an edit, the last check's plan is handed over: only the changed section or rows are parsed again
  // (core/src/parse/incremental.ts). It is consumed, so its cache entry goes first: should this check fail,
  // the next one parses the text in full.
  const previous = cached && cached.version !== document.version ? cached.result.plan : undefined;
  if (previous) cache.delete(document.uri);
  const options: LintOptions = { lang, workspace: workspace?.workspace, uri: workspace?.path, severities, maxSize, rules };
  const result = lintText(document.getText(), { ...options, previous });
  // How long an edit takes to check: the shortest of the last three (one slow check, after a garbage collection,
  // does not make the next edit wait; nor do the first edits, which clean up after the first check in full).
  if (previous) {
    recentDurations.set(document.uri, [performance.now() - started, ...(recentDurations.get(document.uri) ?? [])].slice(0, 3));
  }
  for (const failure of result.failures) {
    // Said once per rule and error: a rule that fails on every keystroke must not flood the output.
    const report = `kehoach: rule ${failure.ruleId} failed: ${String((failure.error as Error)?.stack ?? failure.error)}`;
    if (reportedFailures.has(report)) continue;
    reportedFailures.add(report);
    connection.console.error(report);
  }
  cache.set(document.uri, { version: document.version, lang, workspaceKey: workspace?.key, configVersion, result, options });
  if (!previous && performance.now() - started > WARM_EDITS_AFTER_MS) warmAfterPublish.add(document.uri);
  return result;
}

/** Raw input seen by the process (bytes on stdin, or IPC messages), counted: see afterPendingInput. */
let inputSeen = 0;
if (process.argv.includes('--stdio')) process.stdin.on('data', () => inputSeen++);
if (process.send) process.on('message', () => inputSeen++);

/**
 * Runs `run` once input that arrived meanwhile has been handled: the message reader decodes in one turn of the event
 * loop and the connection handles each message in the next one, so `run` waits until three turns have passed with
 * no new input (at most a few dozen turns while input keeps coming).
 */
function afterPendingInput(run: () => void, quietTurns = 3, turnsLeft = 40): void {
  const seen = inputSeen;
  setImmediate(() => {
    if (turnsLeft <= 0) return run();
    if (inputSeen !== seen) return afterPendingInput(run, 3, turnsLeft - 1);
    return quietTurns > 1 ? afterPendingInput(run, quietTurns - 1, turnsLeft - 1) : run();
  });
}

/**
 * Edits checked faster than this are checked at once: the check always reads the newest text, so a fast typist
 * is never followed version by version. Slower checks wait for a pause in typing (about as long as a check).
 */
const IMMEDIATE_CHECK_MS = 100;

/** A first check longer than this (a large plan) is followed by warmEdits, once its diagnostics are out. */
const WARM_EDITS_AFTER_MS = 200;
const warmAfterPublish = new Set<string>();

/**
 * After the first check of a large plan, while the editor is idle: a check of the plan with one more character, and
 * one of the plan as it is, both incremental, so that the first keystrokes find that path compiled and warm (the
 * first runs of the incremental path are several times slower). The cached result is replaced by the second one,
 * which equals it. Skipped when the document changed or input is waiting.
 */
function warmEdits(uri: string, version: number, input: number): void {
  const current = () => documents.get(uri)?.version === version && cache.get(uri)?.version === version && inputSeen === input;
  const cached = cache.get(uri);
  const document = documents.get(uri);
  if (!document || !cached?.options || !current()) return;
  const text = document.getText();
  try {
    cache.delete(uri);
    const edited = lintText(text + ' ', { ...cached.options, previous: cached.result.plan });
    // Back to the text as it is: in the same turn (the cache must hold this version's result), or in full later.
    const back = lintText(text, { ...cached.options, previous: edited.plan });
    cache.set(uri, { ...cached, result: back });
  } catch {
    // the next check parses in full
  }
}

/** How long the next edit's check should take: the shortest of the last three (0 until three are known). */
function checkEstimate(uri: string): number {
  const durations = recentDurations.get(uri) ?? [];
  return durations.length < 3 ? 0 : Math.min(...durations);
}

function scheduleValidation(document: TextDocument, delay?: number): void {
  const uri = document.uri;
  clearTimeout(timers.get(uri));
  const estimate = checkEstimate(uri);
  const wait = delay ?? (estimate < IMMEDIATE_CHECK_MS ? 0 : Math.min(200, 1.5 * estimate));
  timers.set(
    uri,
    setTimeout(() => {
      timers.delete(uri);
      const current = documents.get(uri);
      if (!current) return;
      const version = current.version;
      let diagnostics: Diagnostic[];
      try {
        const result = lintDocument(current);
        diagnostics = result.findings.map((finding) => toDiagnostic(finding, result.plan.lines));
      } catch (error) {
        connection.console.error(`kehoach: checking ${uri} failed: ${String((error as Error)?.stack ?? error)}`);
        return;
      }
      // Changes that arrived during the check are read first, so that a version already superseded is never
      // published (the newer version's own run publishes).
      afterPendingInput(() => {
        if (documents.get(uri)?.version !== version) return;
        void connection.sendDiagnostics({ uri, version, diagnostics });
        // The connection writes in its own turn of the event loop: the warm-up comes after that.
        if (warmAfterPublish.delete(uri)) {
          const input = inputSeen;
          setTimeout(() => warmEdits(uri, version, input), 10);
        }
      });
    }, wait),
  );
}

documents.onDidOpen((event) => scheduleValidation(event.document, 0));
documents.onDidChangeContent((event) => {
  scheduleValidation(event.document);
  // Other open plans of the workspace may cite this one, or cite the same documents.
  const file = uriToPath(event.document.uri);
  if (file && isPlanUri(event.document.uri)) for (const other of workspaces.openPlansNear(file)) scheduleValidation(other, 400);
});
connection.onDidChangeWatchedFiles((change) => {
  // A changed `.kehoach.yaml` is re-read (rule severities); plans and registries update the workspace index.
  if (change.changes.some((event) => event.uri.endsWith('/' + CONFIG_FILE_NAME))) projectConfig.reload(workspaceFolderUris, language());
  for (const event of change.changes) {
    const file = uriToPath(event.uri);
    if (file) workspaces.fileChanged(file);
  }
  for (const document of documents.all()) scheduleValidation(document, 50);
});

// Problems of a commune registry file are shown on that file (it need not be open).
const registryDiagnostics = new Set<string>();
workspaces.onLoaded = (workspace: Workspace) => {
  for (const file of workspace.registryFiles) {
    const uri = pathToUri(file.uri);
    if (file.problems.length === 0 && !registryDiagnostics.has(uri)) continue;
    const diagnostics: Diagnostic[] = file.problems.map((problem) => ({
      range: problem.position,
      severity: DiagnosticSeverity.Error,
      code: 'registry',
      source: 'kehoach',
      message: registryProblemMessage(problem, language()),
    }));
    if (diagnostics.length > 0) registryDiagnostics.add(uri);
    else registryDiagnostics.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics });
  }
};

documents.onDidClose((event) => {
  clearTimeout(timers.get(event.document.uri));
  timers.delete(event.document.uri);
  cache.delete(event.document.uri);
  recentDurations.delete(event.document.uri);
  void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  // Other plans now see the saved text of this one again.
  const file = uriToPath(event.document.uri);
  if (file) workspaces.fileChanged(file);
});

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Link to each rule's documentation page (made once per rule, not once per finding). */
const docLinks = new Map<string, string>();

function toDiagnostic(finding: Finding, lines: LineIndex): Diagnostic {
  let href = docLinks.get(finding.ruleId);
  if (!href) docLinks.set(finding.ruleId, (href = pathToFileURL(path.join(docsRoot, `${finding.ruleId}.md`)).href));
  return {
    range: lines.rangeOf(finding.range),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href },
    source: 'kehoach',
    message: finding.message,
  };
}

// Requests: each feature registers its handlers (server/src/features/*.ts).
const context: ServerContext = {
  // Definition and references are answered by several features (units, citations): their answers are merged.
  connection: mergingConnection(connection),
  documents,
  registry,
  language,
  lintDocument,
  guarded(name, fallback, run) {
    try {
      return run();
    } catch (error) {
      connection.console.error(`kehoach: ${name} failed: ${String((error as Error)?.stack ?? error)}`);
      return fallback;
    }
  },
};
for (const register of features) register(context);

process.on('uncaughtException', (error) => {
  connection.console.error(`kehoach: unexpected error: ${String(error?.stack ?? error)}`);
});

documents.listen(connection);
connection.listen();
