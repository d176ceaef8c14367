import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { StatusNotification, type FileStatus } from '../../server/src/protocol';
import { DOCUMENT_SELECTOR } from './client';

function describe(status: FileStatus): { text: string; detail: string; severity: vscode.LanguageStatusSeverity } {
  const time = new Date(status.analyzedAt).toLocaleTimeString();
  if (status.skipped) return { text: '$(circle-slash) FactorGuard', detail: `${status.skipped} · ${time}`, severity: vscode.LanguageStatusSeverity.Warning };
  const { error, warning, info, hint } = status.counts;
  const total = error + warning + info + hint;
  const parts = [`${error} errors`, `${warning} warnings`, `${info} infos`, `${hint} hints`].filter((p) => !p.startsWith('0 '));
  const suppressed = status.suppressed > 0 ? `, ${status.suppressed} suppressed` : '';
  return {
    text: total === 0 ? '$(check) FactorGuard' : `$(warning) FactorGuard: ${total}`,
    detail: `${total === 0 ? 'no problems' : parts.join(', ')}${suppressed} · analysed ${time}`,
    severity: error > 0 ? vscode.LanguageStatusSeverity.Error : vscode.LanguageStatusSeverity.Information,
  };
}

/** The language status item: finding counts and last analysis time of the active file. */
export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem('factorguard.status', DOCUMENT_SELECTOR);
  private readonly byUri = new Map<string, FileStatus>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(client: LanguageClient) {
    this.item.name = 'FactorGuard';
    this.item.text = 'FactorGuard';
    this.item.command = { title: 'Show Output', command: 'factorguard.showOutput' };
    this.disposables.push(
      client.onNotification(StatusNotification.type, (status) => {
        this.byUri.set(status.uri, status);
        this.render();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((d) => this.byUri.delete(d.uri.toString())),
    );
  }

  private render(): void {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const status = uri ? this.byUri.get(uri) : undefined;
    if (!status) {
      this.item.text = 'FactorGuard';
      this.item.detail = 'waiting for analysis';
      this.item.severity = vscode.LanguageStatusSeverity.Information;
      return;
    }
    const { text, detail, severity } = describe(status);
    this.item.text = text;
    this.item.detail = detail;
    this.item.severity = severity;
  }

  dispose(): void {
    this.item.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
