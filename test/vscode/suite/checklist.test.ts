// The checklist through the vscode API: the panel opens as a webview, the
// Mark as Done command writes the tick to the state file, and a generator
// command creates its file (applied without the preview, as scripts do),
// opens it, and refuses to run a second time rather than overwrite it; Undo
// in the created file's editor deletes the file again. (The runner checks the
// panel itself in the browser: click, toil form, Fix through the Refactor
// Preview, DORA, reload, still ticked.)
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { EXTENSION_ID, readOnDisk, workspacePath } from './helpers';
import { waitFor } from './waitFor';

const START_MS = 90_000;
const PANEL_MS = 30_000;
const STATE_FILE = '.factorguard/checklist.json';
const TEMPLATE = 'docs/postmortems/TEMPLATE.md';
const HOOK = '.githooks/pre-commit';

type WriteResult = { ok: true } | { ok: false; error: string };
type GenerateOutcome = { ok: true; files: string[] } | { ok: false; reason: string };

function checklistTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('factorguard.checklist'));
}

suite('FactorGuard checklist', () => {
  suiteSetup(async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed`);
    await extension.activate();
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the test workspace is trusted, so the checklist may run git for DORA', () => {
    // code-server runs with --disable-workspace-trust: every folder counts as trusted.
    assert.equal(vscode.workspace.isTrusted, true);
  });

  test('Open Checklist shows the checklist panel', async () => {
    await vscode.commands.executeCommand('factorguard.openChecklist');
    const tab = await waitFor(checklistTab, 'a FactorGuard Checklist webview tab', PANEL_MS);
    assert.equal(tab.label, 'FactorGuard Checklist');
  });

  test('Mark as Done saves the tick to .factorguard/checklist.json', async () => {
    fs.rmSync(workspacePath(STATE_FILE), { force: true });
    const result = await waitFor(
      async () => vscode.commands.executeCommand<WriteResult | undefined>('factorguard.checklist.markDone', 'culture/on-call'),
      'factorguard.checklist.markDone to answer (the server has started)',
      START_MS,
    );
    assert.deepEqual(result, { ok: true });
    const state = JSON.parse(readOnDisk(STATE_FILE) ?? '{}') as { items?: Record<string, { checked: boolean; updated?: string }> };
    assert.equal(state.items?.['culture/on-call']?.checked, true, `${STATE_FILE} is: ${JSON.stringify(state)}`);
    assert.match(state.items?.['culture/on-call']?.updated ?? '', /^\d{4}-\d\d-\d\dT/);
  });

  test('Generate Post-mortem Template creates the file, opens it, and never overwrites it', async () => {
    assert.equal(readOnDisk(TEMPLATE), undefined, `${TEMPLATE} exists before the test`);
    const outcome = await vscode.commands.executeCommand<GenerateOutcome>('factorguard.generate.postmortemTemplate', { preview: false });
    assert.deepEqual(outcome, { ok: true, files: [TEMPLATE] });
    assert.match(readOnDisk(TEMPLATE) ?? '', /^# Post-mortem: <title>/, `${TEMPLATE} on disk`);
    await waitFor(() => vscode.window.activeTextEditor?.document.uri.fsPath === workspacePath(TEMPLATE), `${TEMPLATE} to be the active editor`, PANEL_MS);
    const before = readOnDisk(TEMPLATE);
    const again = await vscode.commands.executeCommand<GenerateOutcome>('factorguard.generate.postmortemTemplate', { preview: false });
    assert.equal(again.ok, false);
    assert.match(again.ok ? '' : again.reason, /exists already/);
    assert.equal(readOnDisk(TEMPLATE), before, 'the second run changed the file');
  });

  test('Undo in the editor of a file a generator created deletes the file again', async () => {
    assert.equal(readOnDisk(HOOK), undefined, `${HOOK} exists before the test`);
    const outcome = await vscode.commands.executeCommand<GenerateOutcome>('factorguard.generate.preCommitHook', { preview: false });
    assert.deepEqual(outcome, { ok: true, files: [HOOK] });
    assert.match(readOnDisk(HOOK) ?? '', /^#!\/bin\/sh\n/, `${HOOK} on disk`);
    await waitFor(() => vscode.window.activeTextEditor?.document.uri.fsPath === workspacePath(HOOK), `${HOOK} to be the active editor`, PANEL_MS);
    // The generator's edit is one undo group: its text, then the file creation.
    await vscode.commands.executeCommand('undo');
    // Only the file goes: the folder VS Code made for it stays (code-server 4.100.3 leaves an empty .githooks/).
    await waitFor(() => readOnDisk(HOOK) === undefined, `${HOOK} to be deleted by Undo`, PANEL_MS);
  });
});
