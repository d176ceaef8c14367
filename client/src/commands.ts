import * as vscode from 'vscode';
import { ExecuteCommandRequest, WorkDoneProgress, type LanguageClient } from 'vscode-languageclient/node';
import { ListRulesRequest, ServerCommands, type RuleInfo, type ScanSummary } from '../../server/src/protocol';

/**
 * Runs the server's scan with a cancellable notification that mirrors the
 * server's progress. Resolves with the summary once the scan ends, without
 * waiting for the user to dismiss the result message.
 */
async function scanWorkspace(client: LanguageClient): Promise<ScanSummary | undefined> {
  const summary = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'FactorGuard', cancellable: true },
    async (progress, token) => {
      const workDoneToken = `factorguard-scan-${Date.now()}`;
      let last = 0;
      const listener = client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
        if (value.kind === 'end') return;
        const percentage = value.percentage ?? last;
        progress.report({ message: value.message, increment: percentage - last });
        last = percentage;
      });
      try {
        return (await client.sendRequest(ExecuteCommandRequest.type, { command: ServerCommands.scanWorkspace, arguments: [], workDoneToken }, token)) as ScanSummary;
      } finally {
        listener.dispose();
      }
    },
  );
  if (!summary) return undefined;
  const what = `${summary.findings} problem${summary.findings === 1 ? '' : 's'} in ${summary.files} files`;
  void vscode.window.showInformationMessage(`FactorGuard ${summary.cancelled ? 'scan cancelled' : 'scan finished'}: ${what}.`, 'Open Problems').then((choice) => {
    if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
  return summary;
}

/** The rule of the FactorGuard diagnostic under the cursor, to preselect in the picker. */
function ruleAtCursor(): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const at = editor.selection.active;
  const diagnostic = vscode.languages.getDiagnostics(editor.document.uri).find((d) => d.source === 'factorguard' && d.range.contains(at));
  const code = diagnostic?.code;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

async function openRuleDocs(context: vscode.ExtensionContext, client: LanguageClient, ruleId?: unknown): Promise<void> {
  const rules: RuleInfo[] = await client.sendRequest(ListRulesRequest.type);
  let rule = rules.find((r) => r.id === ruleId);
  if (!rule) {
    const current = ruleAtCursor();
    const items = rules.map((r) => ({ label: r.id, description: r.title, detail: r.reference, picked: r.id === current, rule: r }));
    items.sort((a, b) => Number(b.picked) - Number(a.picked));
    rule = (await vscode.window.showQuickPick(items, { placeHolder: 'Open the documentation of a FactorGuard rule' }))?.rule;
  }
  if (!rule) return;
  const uri = vscode.Uri.joinPath(context.extensionUri, rule.docs);
  await vscode.commands.executeCommand('markdown.showPreview', uri);
}

/** Registers the palette commands; all of them live under the "FactorGuard" category. */
export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient, output: vscode.OutputChannel): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('factorguard.scanWorkspace', () => scanWorkspace(client)),
    vscode.commands.registerCommand('factorguard.restartServer', () => client.restart()),
    vscode.commands.registerCommand('factorguard.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('factorguard.openRuleDocs', (ruleId?: unknown) => openRuleDocs(context, client, ruleId)),
  );
}
