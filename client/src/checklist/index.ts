import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { GeneratorId } from '../../../server/src/checklist/types';
import { ChecklistTickRequest, type ChecklistWriteResult } from '../../../server/src/protocol';
import { registerGenerators, runGenerator } from './generate';
import { GENERATORS } from './generators';
import { ChecklistPanel, PANEL_VIEW_TYPE } from './panel';
import { ChecklistStatusBar } from './statusBar';
import { ChecklistStore } from './store';
import { ChecklistNode, ChecklistTree } from './tree';

function itemIdOf(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  return arg instanceof ChecklistNode ? arg.entry.id : undefined;
}

/** Ticks a manual item: the tree's item, an id, or one picked from the unticked ones. */
async function markDone(client: LanguageClient, store: ChecklistStore, arg: unknown): Promise<ChecklistWriteResult | undefined> {
  const report = store.report ?? (await store.refresh(), store.report);
  const folder = store.folder();
  if (!report || !folder) return undefined;
  let id = itemIdOf(arg);
  if (!id) {
    const open = report.items.filter((i) => i.status === 'manual' && !i.manual?.checked);
    if (open.length === 0) {
      void vscode.window.showInformationMessage('FactorGuard: every item only the team can judge is ticked already.');
      return undefined;
    }
    id = (await vscode.window.showQuickPick(open.map((i) => ({ label: i.title, description: i.id, detail: i.evidence, id: i.id })), { placeHolder: 'Mark a checklist item as done' }))?.id;
  }
  if (!id || !report.items.some((i) => i.id === id)) return undefined;
  const result = await client.sendRequest(ChecklistTickRequest.type, { folderUri: folder.uri.toString(), id, checked: true });
  if (!result.ok) void vscode.window.showErrorMessage(`FactorGuard: ${result.error}`);
  await store.refresh(true);
  return result;
}

/** The checklist UI: the store, the panel (and its restore after a reload), the tree, the status bar and their commands. */
export function registerChecklist(context: vscode.ExtensionContext, client: LanguageClient): vscode.Disposable {
  const store = new ChecklistStore(client);
  const open = (arg?: unknown) => {
    ChecklistPanel.show(context, client, store, itemIdOf(arg));
  };
  const fix = (arg?: unknown) => {
    const generator = arg instanceof ChecklistNode ? arg.generator : undefined;
    if (generator && GENERATORS.some((g) => g.id === generator)) return runGenerator(client, store, generator as GeneratorId, {});
    return undefined;
  };
  return vscode.Disposable.from(
    store,
    new ChecklistTree(store),
    new ChecklistStatusBar(store),
    registerGenerators(client, store),
    vscode.window.registerWebviewPanelSerializer(PANEL_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel) => ChecklistPanel.revive(panel, context, client, store),
    }),
    vscode.commands.registerCommand('factorguard.openChecklist', open),
    vscode.commands.registerCommand('factorguard.checklist.refresh', () => store.refresh(true)),
    vscode.commands.registerCommand('factorguard.checklist.fix', fix),
    vscode.commands.registerCommand('factorguard.checklist.markDone', (arg?: unknown) => markDone(client, store, arg)),
  );
}
