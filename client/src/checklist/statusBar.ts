import * as vscode from 'vscode';
import { percent } from './html';
import type { ChecklistStore } from './store';
import { statusText, statusTooltip } from './summary';

/** The overall checklist score in the status bar; a click opens the panel. */
export class ChecklistStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('factorguard.checklistScore', vscode.StatusBarAlignment.Left, 10);
  private readonly subscription: vscode.Disposable;

  constructor(private readonly store: ChecklistStore) {
    this.item.name = 'FactorGuard Checklist Score';
    this.item.command = 'factorguard.openChecklist';
    this.subscription = store.onDidChange(() => this.update());
    this.update();
  }

  private update(): void {
    const report = this.store.report;
    if (!report) {
      // Keep the last score on screen while a refresh runs; hide it only when there is none.
      if (this.store.state.kind !== 'loading') this.item.hide();
      return;
    }
    const folder = this.store.folder()?.name ?? report.root;
    this.item.text = statusText(report);
    this.item.tooltip = statusTooltip(report, folder);
    this.item.accessibilityInformation = { label: `FactorGuard checklist score ${percent(report.score.overall)}. Open the checklist.`, role: 'button' };
    this.item.show();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
