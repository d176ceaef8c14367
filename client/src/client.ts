import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

export const CLIENT_ID = 'factorguard';

/**
 * Every file on disk and every untitled buffer: secrets can be committed in any
 * text file (Markdown, Terraform, shell, XML). The server decides per file which
 * rules apply; files it cannot read as text are skipped with a reason.
 */
export const DOCUMENT_SELECTOR: { scheme: string; language?: string; pattern?: string }[] = [{ scheme: 'file' }, { scheme: 'untitled' }];

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
