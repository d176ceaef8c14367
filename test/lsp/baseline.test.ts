import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { run } from '../../server/src/cli/run';
import { copyFixture, open, start, type Session } from './harness';

const BASELINE = '.factorguard-baseline.json';
const EMPTY_BASELINE = '{ "version": 1, "tool": "factorguard", "findings": [] }\n';

async function pull(session: Session, uri: string): Promise<Diagnostic[]> {
  const report = (await session.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as DocumentDiagnosticReport;
  assert.equal(report.kind, 'full');
  return report.kind === 'full' ? report.items : [];
}

/** What the CLI writes is what the editor reads: the baseline comes from `factorguard scan --baseline-write`. */
async function writeBaseline(root: string): Promise<void> {
  const quiet = { write: () => undefined };
  assert.equal(await run(['scan', '--baseline-write', BASELINE], { cwd: root, env: {}, stdout: quiet, stderr: quiet }), 0);
}

function lines(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.range.start.line} ${String(d.code)}`);
}

async function scanWorkspace(session: Session): Promise<{ findings: number }> {
  return (await session.connection.sendRequest('workspace/executeCommand', { command: 'factorguard.server.scanWorkspace', arguments: [] })) as { findings: number };
}

function logged(session: Session, pattern: RegExp): string[] {
  return ((session.received.get('window/logMessage') ?? []) as { message: string }[]).map((m) => m.message).filter((m) => pattern.test(m));
}

describe('LSP: factorguard.baseline', () => {
  let session: Session;
  let root: string;

  before(async () => {
    root = copyFixture('basic');
    await writeBaseline(root);
    session = await start(root);
    session.settings = { baseline: BASELINE };
  });
  after(() => session.close());

  it('hides a baselined finding', async () => {
    const uri = await open(session, 'src/payments.ts', 'typescript');
    assert.deepEqual(await pull(session, uri), []);
    const worker = await open(session, 'app/worker.py', 'python');
    assert.deepEqual(await pull(session, worker), []);
  });

  it('keeps it hidden when its line moves, and shows a new finding on another line', async () => {
    const uri = session.uri('src/payments.ts');
    const before = await fs.readFile(path.join(root, 'src/payments.ts'), 'utf8');
    const text = `// Payments client.\n\n${before}\nexport const billingApiUrl = "https://billing.acme.io/v1";\n`;
    await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text }] });
    const diagnostics = await pull(session, uri);
    assert.deepEqual(lines(diagnostics), ['10 config/hardcoded-endpoint']);
    assert.match(String(diagnostics[0].message), /billing\.acme\.io/);
  });

  it('applies to the workspace scan', async () => {
    assert.equal((await scanWorkspace(session)).findings, 0);
    await fs.writeFile(path.join(root, 'src/billing.ts'), 'export const billingApiUrl = "https://billing.acme.io/v1";\n');
    assert.equal((await scanWorkspace(session)).findings, 1);
  });

  it('re-reads the baseline when it changes, and refreshes diagnostics', async () => {
    const uri = session.uri('src/payments.ts');
    const refreshes = session.received.get('workspace/diagnostic/refresh')?.length ?? 0;
    await fs.writeFile(path.join(root, BASELINE), EMPTY_BASELINE);
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: session.uri(BASELINE), type: 2 }] });
    await session.waitFor('workspace/diagnostic/refresh', refreshes + 1);
    assert.deepEqual(lines(await pull(session, uri)), ['4 config/hardcoded-endpoint', '10 config/hardcoded-endpoint']);
  });

  it('notices a changed baseline by its modification time when no file event comes', async () => {
    const uri = session.uri('app/worker.py');
    assert.deepEqual(lines(await pull(session, uri)), ['2 logs/file-handler-in-code']);
    await writeBaseline(root);
    // The server re-checks the file at most once a second: pull until the change shows (a condition, not a sleep).
    const deadline = Date.now() + 10_000;
    let diagnostics = await pull(session, uri);
    while (diagnostics.length > 0 && Date.now() < deadline) diagnostics = await pull(session, uri);
    assert.deepEqual(diagnostics, []);
  });

  it('shows every finding when the baseline is corrupt, and says so once', async () => {
    const uri = session.uri('app/worker.py');
    await fs.writeFile(path.join(root, BASELINE), '{ "version": 1, "tool": "factorguard", "findings": [ oops');
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: session.uri(BASELINE), type: 2 }] });
    assert.deepEqual(lines(await pull(session, uri)), ['2 logs/file-handler-in-code']);
    assert.deepEqual(lines(await pull(session, session.uri('src/payments.ts'))), ['4 config/hardcoded-endpoint', '10 config/hardcoded-endpoint']);
    const messages = logged(session, /Baseline .*factorguard-baseline\.json/);
    assert.equal(messages.length, 1, messages.join('\n'));
    assert.match(messages[0], /not used, so every finding is shown: not valid JSON/);
    const shown = ((session.received.get('window/showMessageRequest') ?? []) as { message: string }[]).filter((m) => /baseline/.test(m.message));
    assert.equal(shown.length, 1);
  });

  it('treats a missing baseline the same way', async () => {
    await fs.rm(path.join(root, BASELINE));
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: session.uri(BASELINE), type: 3 }] });
    assert.deepEqual(lines(await pull(session, session.uri('app/worker.py'))), ['2 logs/file-handler-in-code']);
    assert.equal(logged(session, /not used, so every finding is shown: file not found/).length, 1);
  });
});

describe('LSP: factorguard.baseline in Restricted Mode', () => {
  let session: Session;

  before(async () => {
    const root = copyFixture('basic');
    await writeBaseline(root);
    session = await start(root, { trusted: false });
    session.settings = { baseline: BASELINE };
  });
  after(() => session.close());

  it('is not used: a repository cannot hide its own findings', async () => {
    const uri = await open(session, 'src/payments.ts', 'typescript');
    assert.deepEqual(lines(await pull(session, uri)), ['2 config/hardcoded-endpoint']);
  });
});
