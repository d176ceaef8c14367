import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ChecklistTickRequest, ToilChangeRequest, type ChecklistWriteResult } from '../../../server/src/protocol';
import { runGenerator } from './generate';
import { nonce } from './html';
import { checkMessage, parseMessage, type HostMessage, type WebviewMessage } from './messages';
import { itemAnchor, renderMessage, renderReport, renderShell } from './render';
import type { ChecklistStore } from './store';

export const PANEL_VIEW_TYPE = 'factorguard.checklist';

/**
 * The checklist webview: renders the store's report, and turns the webview's
 * (validated) messages into server requests. One panel per window.
 */
export class ChecklistPanel implements vscode.Disposable {
  private static current: ChecklistPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private pendingFocus: string | undefined;
  private stale = false;

  /** Shows the panel (creating it when needed), scrolled to `itemId` when given. */
  static show(context: vscode.ExtensionContext, client: LanguageClient, store: ChecklistStore, itemId?: string): ChecklistPanel {
    let panel = ChecklistPanel.current;
    if (panel) panel.panel.reveal();
    else {
      const webview = vscode.window.createWebviewPanel(PANEL_VIEW_TYPE, 'FactorGuard Checklist', vscode.ViewColumn.Active, ChecklistPanel.options(context));
      panel = new ChecklistPanel(webview, context, client, store);
    }
    if (itemId) panel.focusItem(itemId);
    return panel;
  }

  /** Restores a panel VS Code kept across a window reload. */
  static revive(webview: vscode.WebviewPanel, context: vscode.ExtensionContext, client: LanguageClient, store: ChecklistStore): void {
    webview.webview.options = ChecklistPanel.options(context);
    ChecklistPanel.current?.dispose();
    new ChecklistPanel(webview, context, client, store);
  }

  private static options(context: vscode.ExtensionContext): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'media')], retainContextWhenHidden: false };
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly context: vscode.ExtensionContext,
    private readonly client: LanguageClient,
    private readonly store: ChecklistStore,
  ) {
    ChecklistPanel.current = this;
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.onDidChangeViewState(() => this.visibilityChanged()),
      panel.webview.onDidReceiveMessage((raw: unknown) => void this.receive(raw)),
      store.onDidChange(() => (panel.visible ? this.render() : (this.stale = true))),
    );
    store.setInterest('panel', panel.visible);
    panel.webview.html = this.shell();
    if (store.state.kind !== 'ready') void store.refresh();
  }

  private shell(): string {
    const media = (file: string) => this.panel.webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'media', file)).toString();
    return renderShell({ cspSource: this.panel.webview.cspSource, nonce: nonce(randomBytes), styleUri: media('checklist.css'), scriptUri: media('checklist.js'), body: this.body() });
  }

  private body(): string {
    const state = this.store.state;
    switch (state.kind) {
      case 'loading':
        return renderMessage('Loading', 'the checklist is being computed.');
      case 'none':
        return renderMessage('No folder', 'open a folder to see its checklist.');
      case 'error':
        return renderMessage('The checklist could not be computed', state.message);
      case 'ready': {
        const folderUri = this.store.folder()?.uri.toString() ?? '';
        return renderReport(state.report, { folders: this.store.folders(), folderUri, trusted: vscode.workspace.isTrusted });
      }
    }
  }

  private post(message: HostMessage): void {
    void this.panel.webview.postMessage(message);
  }

  private render(): void {
    this.stale = false;
    this.post({ type: 'render', html: this.body() });
    this.flushFocus();
  }

  private visibilityChanged(): void {
    this.store.setInterest('panel', this.panel.visible);
    if (this.panel.visible && this.stale) this.render();
  }

  focusItem(itemId: string): void {
    this.pendingFocus = itemId;
    this.flushFocus();
  }

  private flushFocus(): void {
    const report = this.store.report;
    if (!this.pendingFocus || !report) return;
    const anchor = itemAnchor(report, this.pendingFocus);
    this.pendingFocus = undefined;
    if (anchor !== 'item--1') this.post({ type: 'focus', anchor });
  }

  private status(text: string, error = false, reset?: string): void {
    this.post({ type: 'status', text, ...(error && { error }), ...(reset && { reset }) });
  }

  private async receive(raw: unknown): Promise<void> {
    const message = parseMessage(raw);
    if (!message) return this.status('The panel sent a request FactorGuard does not accept; nothing was changed.', true);
    const problem = checkMessage(message, this.store.report, this.store.folders().map((f) => f.uri));
    if (problem) return this.status(problem, true);
    try {
      await this.handle(message);
    } catch (error) {
      this.status(`That did not work: ${error instanceof Error ? error.message : String(error)}`, true);
    }
  }

  private async handle(message: WebviewMessage): Promise<void> {
    const folderUri = this.store.folder()?.uri.toString() ?? '';
    switch (message.type) {
      case 'ready':
        this.render();
        return;
      case 'refresh':
        await this.store.refresh(true);
        return this.status('Refreshed.');
      case 'trust':
        await vscode.commands.executeCommand('workbench.trust.manage');
        return;
      case 'folder':
        return this.store.select(message.folderUri);
      case 'tick': {
        const result = await this.client.sendRequest(ChecklistTickRequest.type, { folderUri, id: message.id, checked: message.checked, ...(message.note !== undefined && { note: message.note }) });
        return this.written(result, message.note !== undefined ? 'Note saved.' : message.checked ? 'Marked as done.' : 'Marked as not done.');
      }
      case 'toil': {
        // A removal names the entry; the request carries it as the report has it.
        const entry = message.action === 'remove' ? this.store.report?.toil.entries.find((e) => e.id === message.id) : message.entry;
        if (!entry) return this.status('That toil entry is gone; the log was changed meanwhile.', true);
        const result = await this.client.sendRequest(ToilChangeRequest.type, { folderUri, action: message.action, entry });
        const done = { add: 'Added to the toil log.', update: 'Toil entry saved.', remove: 'Toil entry removed.' }[message.action];
        return this.written(result, done, message.action === 'add' ? 'toil-add' : undefined);
      }
      case 'fix': {
        this.status('The change opens in the Refactor Preview: tick it there, then choose Apply.');
        const outcome = await runGenerator(this.client, this.store, message.generator, { folderUri, viewColumn: vscode.ViewColumn.Beside });
        return this.status(outcome.ok ? `Created or changed: ${outcome.files.join(', ')}.` : outcome.reason, !outcome.ok);
      }
      case 'open':
        return this.open(message.path, message.line);
    }
  }

  private async written(result: ChecklistWriteResult, done: string, reset?: string): Promise<void> {
    if (!result.ok) return this.status(`Not saved: ${result.error}`, true);
    this.status(result.backup ? `${done} The unreadable checklist file was kept as ${result.backup}.` : done, false, reset);
    await this.store.refresh(true);
  }

  private async open(relative: string, line?: number): Promise<void> {
    const folder = this.store.folder();
    if (!folder) return;
    const uri = vscode.Uri.joinPath(folder.uri, ...relative.split('/'));
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & vscode.FileType.Directory) {
      await vscode.commands.executeCommand('revealInExplorer', uri);
      return;
    }
    const at = line ? new vscode.Position(line - 1, 0) : undefined;
    await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside, ...(at && { selection: new vscode.Range(at, at) }) });
  }

  dispose(): void {
    if (ChecklistPanel.current === this) ChecklistPanel.current = undefined;
    this.store.setInterest('panel', false);
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}
