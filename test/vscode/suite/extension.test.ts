// The user-visible promises of the extension, checked through the real
// vscode API: findings on open, the "Move to environment variable" fix on
// disk, Scan Workspace reaching files that were never opened, and a masked
// secret in a Markdown file. The tests run in order and share the workspace:
// the fix test changes it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { describeDiagnostics, EXTENSION_ID, findingsIn, findingsOf, readOnDisk, workspacePath } from './helpers';
import { waitFor } from './waitFor';

const ENDPOINT_RULE = 'config/hardcoded-endpoint';
const FILE_HANDLER_RULE = 'logs/file-handler-in-code';
const SECRET_RULE = 'secrets/generic-secret';
const PAYMENTS = 'src/payments.ts';
const WORKER = 'app/worker.py';
// Generous: the first diagnostics include starting the server and loading
// the tree-sitter grammars on a 2-core CI machine.
const FIRST_FINDINGS_MS = 90_000;
const FINDINGS_MS = 60_000;
const DISK_MS = 15_000;

function lines(text: string | undefined): string[] {
  return (text ?? '').split(/\r?\n/).map((l) => l.trim());
}

/** Throws, with what is on disk, unless the fix's four changes are all there. */
function assertFixOnDisk(): void {
  const source = readOnDisk(PAYMENTS) ?? '';
  const env = readOnDisk('.env');
  const example = readOnDisk('.env.example');
  const gitignore = readOnDisk('.gitignore');
  const firstLine = source.split(/\r?\n/)[0];
  assert.match(firstLine, /process\.env\.PAYMENTS_API_URL/, `${PAYMENTS} line 1 is: ${firstLine}`);
  assert.doesNotMatch(source, /payments\.acme\.io/, `${PAYMENTS} still holds the URL`);
  assert.ok(lines(env).includes('PAYMENTS_API_URL=https://payments.acme.io/v2'), `.env is: ${JSON.stringify(env)}`);
  assert.ok(lines(example).includes('PAYMENTS_API_URL='), `.env.example is: ${JSON.stringify(example)}`);
  assert.doesNotMatch(example ?? '', /acme\.io/, '.env.example must not hold the value');
  const ignored = lines(gitignore);
  assert.ok(ignored.includes('.env') || ignored.includes('/.env'), `.gitignore is: ${JSON.stringify(gitignore)}`);
  assert.ok(ignored.includes('node_modules/'), `.gitignore lost its entries: ${JSON.stringify(gitignore)}`);
}

/** The provider may answer with bare commands; only code actions carry edits. */
function isCodeAction(item: vscode.CodeAction | vscode.Command): item is vscode.CodeAction {
  return typeof item.command !== 'string';
}

async function moveToEnvAction(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction> {
  return waitFor(
    async () => {
      // The last argument asks VS Code to resolve lazily computed edits.
      const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
        'vscode.executeCodeActionProvider', uri, range, undefined, 50);
      return actions.filter(isCodeAction).find((a) => a.title.startsWith('Move to environment variable'));
    },
    `a "Move to environment variable" code action at ${PAYMENTS}:${range.start.line + 1}`,
    FINDINGS_MS,
  );
}

suite('FactorGuard in VS Code', () => {
  test('activates when a TypeScript file is opened and reports the hardcoded endpoint', async () => {
    const file = workspacePath(PAYMENTS);
    await vscode.window.showTextDocument(vscode.Uri.file(file));
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not installed in this host`);
    await waitFor(() => extension.isActive, `${EXTENSION_ID} to activate`, FIRST_FINDINGS_MS);
    const [finding] = await waitFor(
      () => { const f = findingsIn(file, ENDPOINT_RULE); return f.length > 0 && f; },
      `a ${ENDPOINT_RULE} diagnostic in ${PAYMENTS}`,
      FIRST_FINDINGS_MS,
    ).catch((error: Error) => { throw new Error(`${error.message}; VS Code holds: ${describeDiagnostics(file)}`); });
    assert.equal(finding.range.start.line, 0, 'the finding should be on the line of the URL literal');
  });

  test('"Move to environment variable" changes the file, .env, .env.example and .gitignore on disk', async () => {
    const file = workspacePath(PAYMENTS);
    const uri = vscode.Uri.file(file);
    const [finding] = findingsIn(file, ENDPOINT_RULE);
    assert.ok(finding, `the ${ENDPOINT_RULE} finding is gone before the fix; VS Code holds: ${describeDiagnostics(file)}`);
    const action = await moveToEnvAction(uri, finding.range);
    assert.ok(action.edit, `"${action.title}" carries no edit`);
    assert.ok(await vscode.workspace.applyEdit(action.edit), `VS Code refused the edit of "${action.title}"`);
    // As the lightbulb does: the edit first, then the action's command if any.
    if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
    assert.ok(await vscode.workspace.saveAll(false), 'saving the changed files failed');
    await waitFor(() => { assertFixOnDisk(); return true; }, 'the fix on disk', DISK_MS);
    await waitFor(() => findingsIn(file, ENDPOINT_RULE).length === 0, `the ${ENDPOINT_RULE} finding to go away`, FINDINGS_MS);
  });

  test('Scan Workspace reports a file that was never opened', async () => {
    const file = workspacePath(WORKER);
    const opened = vscode.workspace.textDocuments.some((d) => d.uri.fsPath === file);
    assert.equal(opened, false, `${WORKER} must not be open, or this test proves nothing`);
    const summary = await vscode.commands.executeCommand<{ files: number; findings: number; cancelled: boolean }>('factorguard.scanWorkspace');
    assert.ok(summary && !summary.cancelled && summary.files >= 2 && summary.findings >= 1, `scan summary: ${JSON.stringify(summary)}`);
    const found = () => vscode.languages.getDiagnostics().some(([uri, list]) => uri.fsPath === file && findingsOf(list, FILE_HANDLER_RULE).length > 0);
    await waitFor(found, `a ${FILE_HANDLER_RULE} diagnostic for ${WORKER} after factorguard.scanWorkspace`, FINDINGS_MS)
      .catch((error: Error) => { throw new Error(`${error.message}; VS Code holds: ${describeDiagnostics(file)}`); });
  });

  test('reports a secret in a Markdown file, masked', async () => {
    // Written at run time, so the repository holds no credential-shaped text.
    const password = ['Tr0ub4', 'dor&3x', 'q9'].join('');
    const file = workspacePath('NOTES.md');
    fs.writeFileSync(file, `# Staging\n\nThe database is reached with\n\n    DB_PASSWORD="${password}"\n`);
    await vscode.window.showTextDocument(vscode.Uri.file(file));
    const [finding] = await waitFor(
      () => { const f = findingsIn(file, SECRET_RULE); return f.length > 0 && f; },
      `a ${SECRET_RULE} diagnostic in NOTES.md`,
      FINDINGS_MS,
    ).catch((error: Error) => { throw new Error(`${error.message}; VS Code holds: ${describeDiagnostics(file)}`); });
    assert.equal(finding.range.start.line, 4);
    assert.ok(!finding.message.includes(password), `the message shows the password: ${finding.message}`);
    assert.match(finding.message, /Tr0u…q9/);
  });
});
