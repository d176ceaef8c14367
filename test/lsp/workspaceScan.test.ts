import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { WorkspaceDiagnosticReport, WorkspaceDocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { copyFixture, start, type Session } from './harness';

type Previous = { uri: string; value: string }[];

async function workspacePull(session: Session, previous: Previous = []): Promise<WorkspaceDocumentDiagnosticReport[]> {
  const report = (await session.connection.sendRequest('workspace/diagnostic', { previousResultIds: previous })) as WorkspaceDiagnosticReport;
  return report.items;
}

function codesByFile(items: WorkspaceDocumentDiagnosticReport[], root: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const item of items) {
    const file = path.relative(root, new URL(item.uri).pathname).split(path.sep).join('/');
    out[file] = item.kind === 'full' ? item.items.map((d) => String(d.code)) : ['<unchanged>'];
  }
  return out;
}

function resultIds(items: WorkspaceDocumentDiagnosticReport[]): Previous {
  return items.map((i) => ({ uri: i.uri, value: i.resultId ?? '' }));
}

describe('LSP: workspace scan', () => {
  let session: Session;
  let previous: Previous = [];

  before(async () => {
    session = await start(copyFixture('basic'));
  });
  after(() => session.close());

  it('scans files that were never opened, with progress, and skips ignored ones', async () => {
    const summary = (await session.connection.sendRequest('workspace/executeCommand', { command: 'factorguard.server.scanWorkspace', arguments: [] })) as {
      files: number;
      findings: number;
      cancelled: boolean;
    };
    assert.equal(summary.cancelled, false);
    assert.equal(summary.findings, 2);
    assert.ok((session.received.get('window/workDoneProgress/create') ?? []).length >= 1, 'server-created progress');
    const items = await workspacePull(session);
    assert.deepEqual(codesByFile(items, session.root), {
      'app/worker.py': ['logs/file-handler-in-code'],
      'src/payments.ts': ['config/hardcoded-endpoint'],
    });
    previous = resultIds(items);
  });

  it('holds the request while nothing changes, then reports a changed file', async () => {
    const held = workspacePull(session, previous);
    const settled = await Promise.race([held.then(() => 'answered'), session.connection.sendRequest('factorguard/listRules', null).then(() => 'still held')]);
    assert.equal(settled, 'still held');
    const worker = path.join(session.root, 'app/worker.py');
    await fs.writeFile(worker, 'import logging, sys\nhandler = logging.StreamHandler(sys.stdout)\n');
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: session.uri('app/worker.py'), type: 2 }] });
    const items = await held;
    assert.deepEqual(codesByFile(items, session.root), { 'app/worker.py': [] });
    previous = previous.map((p) => items.find((i) => i.uri === p.uri) ? { uri: p.uri, value: items.find((i) => i.uri === p.uri)!.resultId! } : p);
  });

  it('clears the results of a deleted file', async () => {
    await fs.rm(path.join(session.root, 'src/payments.ts'));
    const held = workspacePull(session, previous);
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: session.uri('src/payments.ts'), type: 3 }] });
    assert.deepEqual(codesByFile(await held, session.root), { 'src/payments.ts': [] });
  });

  it('rescans when .factorguard.json changes', async () => {
    await fs.writeFile(path.join(session.root, 'app/second.py'), 'import logging\nh = logging.FileHandler("x.log")\n');
    await session.connection.sendRequest('workspace/executeCommand', { command: 'factorguard.server.scanWorkspace', arguments: [] });
    let items = await workspacePull(session);
    assert.deepEqual(codesByFile(items, session.root)['app/second.py'], ['logs/file-handler-in-code']);
    await fs.writeFile(path.join(session.root, '.factorguard.json'), JSON.stringify({ rules: { 'logs/file-handler-in-code': 'off' } }));
    const held = workspacePull(session, resultIds(items));
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: session.uri('.factorguard.json'), type: 1 }] });
    items = await held;
    assert.deepEqual(codesByFile(items, session.root)['app/second.py'], []);
  });
});

describe('LSP: workspace scan options', () => {
  it('honours files.exclude from the editor', async () => {
    const session = await start(copyFixture('basic'));
    try {
      session.sections['files.exclude'] = { 'app/**': true, 'src/**': false };
      await session.connection.sendRequest('workspace/executeCommand', { command: 'factorguard.server.scanWorkspace', arguments: [] });
      assert.deepEqual(Object.keys(codesByFile(await workspacePull(session), session.root)), ['src/payments.ts']);
    } finally {
      await session.close();
    }
  });

  it('stops when the request is cancelled and says so', async () => {
    const session = await start(copyFixture('basic'));
    try {
      const { CancellationTokenSource } = await import('vscode-languageserver-protocol');
      const source = new CancellationTokenSource();
      const pending = session.connection.sendRequest('workspace/executeCommand', { command: 'factorguard.server.scanWorkspace', arguments: [] }, source.token);
      source.cancel();
      const summary = (await pending.catch((error: { code?: number }) => ({ cancelledWithError: error.code }))) as { cancelled?: boolean; files?: number; cancelledWithError?: number };
      assert.ok(summary.cancelled === true || summary.cancelledWithError === -32800, JSON.stringify(summary));
    } finally {
      await session.close();
    }
  });
});
