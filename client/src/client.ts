import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

export const CLIENT_ID = 'factorguard';

/** Code languages by VS Code id, plus config files matched by name whatever their language id. */
export const DOCUMENT_SELECTOR: { scheme: string; language?: string; pattern?: string }[] = [
  ...['javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'python', 'go', 'java', 'csharp', 'ruby', 'php'].flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]),
  { scheme: 'file', pattern: '**/{.env,.env.*,*.env}' },
  { scheme: 'file', pattern: '**/{Dockerfile,Dockerfile.*,*.Dockerfile,*.dockerfile,Containerfile}' },
  { scheme: 'file', pattern: '**/*.{yml,yaml,json,jsonc,properties}' },
];

/** The server runs in Node over IPC; in debug mode with a fixed inspector port. */
export function serverOptions(context: vscode.ExtensionContext): ServerOptions {
  const module = context.asAbsolutePath('dist/server.js');
  return {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
}

export function clientOptions(outputChannel: vscode.LogOutputChannel): LanguageClientOptions {
  return {
    documentSelector: DOCUMENT_SELECTOR,
    diagnosticPullOptions: { onChange: true, onSave: true },
    // A function, so a restart after the workspace is trusted sends the new state.
    initializationOptions: () => ({ trusted: vscode.workspace.isTrusted }),
    outputChannel,
    traceOutputChannel: outputChannel,
  };
}

export function createClient(context: vscode.ExtensionContext, outputChannel: vscode.LogOutputChannel): LanguageClient {
  return new LanguageClient(CLIENT_ID, 'FactorGuard', serverOptions(context), clientOptions(outputChannel));
}
