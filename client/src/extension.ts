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

/** The document commands' bundle (see documents.ts), loaded on first use. */
function documents(): typeof Documents {
  // A computed path keeps esbuild from bundling it into this file.
  return require(path.join(__dirname, 'client-documents.js')) as typeof Documents;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
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
