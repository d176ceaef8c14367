import * as vscode from 'vscode';
import type { ChecklistStore } from './store';
import { treeEntries, type TreeEntry } from './summary';

export const TREE_VIEW_ID = 'factorguard.checklist';

/** A row of the tree; commands of its context menu receive it. */
export class ChecklistNode extends vscode.TreeItem {
  constructor(readonly entry: TreeEntry, readonly generator: string | undefined) {
    super(entry.label, vscode.TreeItemCollapsibleState.None);
    this.id = entry.id;
    this.description = entry.description;
    this.tooltip = new vscode.MarkdownString().appendText(entry.tooltip);
    this.iconPath = new vscode.ThemeIcon(entry.kind === 'fail' ? 'error' : 'circle-large-outline');
    // `fixable` and `todo` select the inline Fix and the Mark as Done actions.
    this.contextValue = [entry.kind, entry.fixable ? 'fixable' : ''].filter(Boolean).join(' ');
    this.command = { title: 'Open in the checklist', command: 'factorguard.openChecklist', arguments: [entry.id] };
    this.accessibilityInformation = { label: `${entry.label}, ${entry.description}` };
  }
}

/**
 * The Explorer's "FactorGuard Checklist" view: the items that fail, and the
 * manual ones nobody ticked. Empty, it shows the welcome content the manifest
 * picks with the `factorguard.checklistState` context key.
 */
export class ChecklistTree implements vscode.TreeDataProvider<ChecklistNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<ChecklistNode>;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly store: ChecklistStore) {
    this.view = vscode.window.createTreeView(TREE_VIEW_ID, { treeDataProvider: this, showCollapseAll: false });
    this.disposables.push(
      this.view,
      this.changed,
      this.view.onDidChangeVisibility((e) => {
        store.setInterest('tree', e.visible);
        if (e.visible) void store.refresh();
      }),
      store.onDidChange(() => this.update()),
    );
    store.setInterest('tree', this.view.visible);
    this.update();
  }

  private update(): void {
    const state = this.store.state;
    const context = state.kind === 'ready' ? (treeEntries(state.report).length === 0 ? 'clear' : 'open') : state.kind;
    void vscode.commands.executeCommand('setContext', 'factorguard.checklistState', context);
    this.view.badge = state.kind === 'ready' ? { value: treeEntries(state.report).length, tooltip: 'Checklist items that need attention' } : undefined;
    this.view.message = state.kind === 'error' ? `The checklist could not be computed: ${state.message}` : undefined;
    this.changed.fire();
  }

  getTreeItem(node: ChecklistNode): vscode.TreeItem {
    return node;
  }

  getChildren(node?: ChecklistNode): ChecklistNode[] {
    const report = this.store.report;
    if (node || !report) return [];
    return treeEntries(report).map((entry) => new ChecklistNode(entry, report.items.find((i) => i.id === entry.id)?.fix?.generator));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
