import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createClient } from './client';
import { registerChecklist } from './checklist';
import { registerCommands } from './commands';
import { StatusItem } from './status';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('FactorGuard', { log: true });
  client = createClient(context, output);
  const status = new StatusItem(client);
  context.subscriptions.push(output, status, registerCommands(context, client, output), registerChecklist(context, client));
  // Trust changes what the server may read (.factorguard.json): start it again with the new state.
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.restart()));
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
