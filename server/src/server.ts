// LSP adapter: maps the core's findings, completions, hovers and outline to the protocol.
// All checking lives in core/; this file only translates and schedules.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultRegistry, lintText, type Finding, type Language, type LineIndex, type LintResult, type Severity } from '../../core/src';
import type { ServerContext } from './context';
import { features } from './features';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const registry = defaultRegistry();
const docsRoot = path.join(__dirname, '..', 'docs', 'rules');

interface Settings {
  language: 'vi' | 'en' | 'auto';
}

let clientLocale = 'vi';
let hasConfigurationCapability = false;
let settings: Settings = { language: 'vi' };

function language(): Language {
  if (settings.language === 'auto') return clientLocale.toLowerCase().startsWith('vi') ? 'vi' : 'en';
  return settings.language === 'en' ? 'en' : 'vi';
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  clientLocale = params.locale ?? 'vi';
  hasConfigurationCapability = !!params.capabilities.workspace?.configuration;
  const initial = (params.initializationOptions as { language?: Settings['language'] } | undefined)?.language;
  if (initial) settings = { language: initial };
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      completionProvider: { triggerCharacters: [' ', ':', '-'] },
      hoverProvider: true,
      documentSymbolProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    },
    serverInfo: { name: 'kehoach' },
  };
});

connection.onInitialized(async () => {
  const before = language();
  await refreshSettings();
  // Documents opened while the settings were on their way were checked in the old language.
  if (language() !== before) for (const document of documents.all()) scheduleValidation(document, 0);
});

connection.onDidChangeConfiguration(async (change) => {
  const pushed = (change.settings as { kehoach?: Partial<Settings> } | undefined)?.kehoach;
  if (pushed?.language) settings = { language: pushed.language };
  else await refreshSettings();
  for (const document of documents.all()) scheduleValidation(document, 0);
});

async function refreshSettings(): Promise<void> {
  if (!hasConfigurationCapability) return;
  try {
    const value = (await connection.workspace.getConfiguration('kehoach')) as Partial<Settings> | null;
    if (value?.language) settings = { language: value.language };
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
  result: LintResult;
}

const cache = new Map<string, CachedLint>();
const timers = new Map<string, NodeJS.Timeout>();
const lastDuration = new Map<string, number>();

function lintDocument(document: TextDocument): LintResult {
  const lang = language();
  const cached = cache.get(document.uri);
  if (cached && cached.version === document.version && cached.lang === lang) return cached.result;
  const started = performance.now();
  const result = lintText(document.getText(), { lang, registry });
  lastDuration.set(document.uri, performance.now() - started);
  for (const failure of result.failures) {
    connection.console.error(`kehoach: rule ${failure.ruleId} failed: ${String((failure.error as Error)?.stack ?? failure.error)}`);
  }
  cache.set(document.uri, { version: document.version, lang, result });
  return result;
}

function scheduleValidation(document: TextDocument, delay?: number): void {
  const uri = document.uri;
  clearTimeout(timers.get(uri));
  // Small files are checked almost at once; big ones wait about as long as a check takes.
  const wait = delay ?? Math.min(200, Math.max(5, 1.5 * (lastDuration.get(uri) ?? 0)));
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
      // The document may have changed while we were checking: its own run will publish.
      if (documents.get(uri)?.version !== version) return;
      void connection.sendDiagnostics({ uri, version, diagnostics });
    }, wait),
  );
}

documents.onDidOpen((event) => scheduleValidation(event.document, 0));
documents.onDidChangeContent((event) => scheduleValidation(event.document));
documents.onDidClose((event) => {
  clearTimeout(timers.get(event.document.uri));
  timers.delete(event.document.uri);
  cache.delete(event.document.uri);
  lastDuration.delete(event.document.uri);
  void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

function toDiagnostic(finding: Finding, lines: LineIndex): Diagnostic {
  return {
    range: lines.rangeOf(finding.range),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: pathToFileURL(path.join(docsRoot, `${finding.ruleId}.md`)).href },
    source: 'kehoach',
    message: finding.message,
  };
}

// Requests: each feature registers its handlers (server/src/features/*.ts).
const context: ServerContext = {
  connection,
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
