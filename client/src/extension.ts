// Thin VS Code client: starts the kehoach language server and adds the "New plan" command.
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import snippets from '../../snippets/kehoach.json';
import type * as Documents from './documents';

let client: LanguageClient | undefined;

/**
 * How the language server process is started: V8 flags and environment that keep its peak memory low (measured with
 * `npm run bench`, peak RSS of the server on plans of 10 / 200 / 2,000 tasks: 91–96 / 117–122 / 188–301 MiB with
 * Node's defaults, 74 / 85–86 / 152–188 MiB with these; edits are not checked more slowly). The benchmark starts the
 * server with exactly the same flags and environment (bench/bench.ts, SPECS.kehoach): keep the two identical.
 * - `--max-semi-space-size=2`: by default V8 lets each of the young generation's two semi-spaces grow to 16 MiB,
 *   and they reach 8 MiB within the first checks of even a small plan; 2 MiB is enough for a check (objects that
 *   outlive it are promoted to the old generation either way).
 * - `--no-regexp-tier-up`: regular expressions are compiled to machine code at once, instead of first to bytecode:
 *   compiling the citation pattern (core/src/citations/parse-citation.ts, `\p{L}` classes under the `u` flag) to
 *   bytecode takes about 12 MiB of temporary memory, to machine code about 3 MiB, and the hot ones end up as machine
 *   code either way.
 * - `MALLOC_ARENA_MAX=1`: V8's background threads (optimising compiler, garbage collector) otherwise each get their
 *   own glibc malloc arena, and memory freed in one is not reused by another (about 6 MiB). Ignored where the
 *   runtime does not use glibc's malloc.
 */
const SERVER_EXEC_ARGV = ['--max-semi-space-size=2', '--no-regexp-tier-up'];
const SERVER_ENV = { MALLOC_ARENA_MAX: '1' };

/** The document commands' bundle (see documents.ts), loaded on first use. */
function documents(): typeof Documents {
  // A computed path keeps esbuild from bundling it into this file.
  return require(path.join(__dirname, 'client-documents.js')) as typeof Documents;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: SERVER_EXEC_ARGV, env: SERVER_ENV } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6019'], env: SERVER_ENV } },
  };
  const output = vscode.window.createOutputChannel('Kế hoạch (kehoach)', { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'kehoach', scheme: 'file' },
      { language: 'kehoach', scheme: 'untitled' },
    ],
    synchronize: { configurationSection: 'kehoach' },
    initializationOptions: {
      language: vscode.workspace.getConfiguration('kehoach').get('language'),
      rules: vscode.workspace.getConfiguration('kehoach').get('rules'),
      maxFileSizeKB: vscode.workspace.getConfiguration('kehoach').get('maxFileSizeKB'),
    },
    outputChannel: output,
    errorHandler: restartingErrorHandler(output),
  };
  client = new LanguageClient('kehoach', 'Kế hoạch (kehoach)', serverOptions, clientOptions);
  let preview: Documents.PlanPreview | undefined;
  const openPreview = () => (preview ??= new (documents().PlanPreview)());
  context.subscriptions.push(
    vscode.commands.registerCommand('kehoach.newPlan', newPlan),
    vscode.commands.registerCommand('kehoach.exportWord', (...args: Parameters<typeof Documents.exportWord>) => documents().exportWord(...args)),
    vscode.commands.registerCommand('kehoach.importPlan', (...args: Parameters<typeof Documents.importWordPlan>) => documents().importWordPlan(...args)),
    vscode.commands.registerCommand('kehoach.openPreview', (uri?: unknown) => openPreview().open(uri instanceof vscode.Uri ? uri : undefined)),
    // Not in the command palette: lets the end-to-end tests see what the preview shows.
    vscode.commands.registerCommand('kehoach.preview.state', () => preview?.state()),
    { dispose: () => preview?.dispose() },
    vscode.commands.registerCommand('kehoach.showRuleDocumentation', (ruleId: string) => showRuleDocumentation(context, ruleId)),
    { dispose: () => void client?.stop() },
  );
  // Not awaited: activation ends here (about a millisecond); the server starts in the background and the client
  // sends it the open documents as soon as it has answered initialize.
  client.start().catch((error: unknown) => output.error(`kehoach: the language server did not start: ${String((error as Error)?.stack ?? error)}`));
}

/** A server that stops unexpectedly is restarted (at most 5 times in 3 minutes), and the user is told. */
function restartingErrorHandler(output: vscode.LogOutputChannel): ErrorHandler {
  const restarts: number[] = [];
  const vi = vscode.workspace.getConfiguration('kehoach').get('language') !== 'en';
  return {
    error: () => ({ action: ErrorAction.Continue }),
    closed: () => {
      const now = Date.now();
      while (restarts.length > 0 && now - restarts[0] > 3 * 60_000) restarts.shift();
      if (restarts.length >= 5) {
        const message = vi
          ? 'Máy chủ kiểm tra kế hoạch (kehoach) dừng bất thường nhiều lần nên không khởi động lại. Xem kênh Output "Kế hoạch (kehoach)".'
          : 'The kehoach server stopped unexpectedly several times and will not be restarted. See the "Kế hoạch (kehoach)" output.';
        output.error(message);
        void vscode.window.showErrorMessage(message);
        return { action: CloseAction.DoNotRestart, handled: true };
      }
      restarts.push(now);
      const message = vi ? 'Máy chủ kiểm tra kế hoạch (kehoach) dừng bất thường và đã được khởi động lại.' : 'The kehoach server stopped unexpectedly and was restarted.';
      output.warn(message);
      void vscode.window.showWarningMessage(message);
      return { action: CloseAction.Restart, handled: true };
    },
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

/** Opens a rule's documentation page (docs/rules/<id>.md, shipped with the extension) as rendered Markdown. */
async function showRuleDocumentation(context: vscode.ExtensionContext, ruleId: string): Promise<void> {
  if (!/^[a-z]+\/[a-z-]+$/.test(ruleId)) return;
  const uri = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${ruleId}.md`);
  await vscode.commands.executeCommand('markdown.showPreview', uri);
}

/** Opens an untitled plan with the skeleton snippet, so the drafter tabs through its placeholders. */
async function newPlan(): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'kehoach', content: '' });
  const editor = await vscode.window.showTextDocument(document);
  const body = (snippets as Record<string, { body: string[] }>)['Kế hoạch: khung đầy đủ'].body.join('\n');
  await editor.insertSnippet(new vscode.SnippetString(body));
  return editor;
}
