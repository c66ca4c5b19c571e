// Thin VS Code client: starts the kehoach language server and adds the "New plan" command.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import snippets from '../../snippets/kehoach.json';
import { exportWord } from './export';
import { PlanPreview } from './preview';

let client: LanguageClient | undefined;

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
    },
    outputChannel: output,
  };
  client = new LanguageClient('kehoach', 'Kế hoạch (kehoach)', serverOptions, clientOptions);
  const preview = new PlanPreview();
  context.subscriptions.push(
    vscode.commands.registerCommand('kehoach.newPlan', newPlan),
    vscode.commands.registerCommand('kehoach.exportWord', exportWord),
    vscode.commands.registerCommand('kehoach.openPreview', (uri?: unknown) => preview.open(uri instanceof vscode.Uri ? uri : undefined)),
    // Not in the command palette: lets the end-to-end tests see what the preview shows.
    vscode.commands.registerCommand('kehoach.preview.state', () => preview.state()),
    preview,
    vscode.commands.registerCommand('kehoach.showRuleDocumentation', (ruleId: string) => showRuleDocumentation(context, ruleId)),
    { dispose: () => void client?.stop() },
  );
  await client.start();
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
