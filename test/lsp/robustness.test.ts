import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { copyFixture, open, start, type Session } from './harness';

async function codes(session: Session, uri: string): Promise<string[]> {
  const report = (await session.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as DocumentDiagnosticReport;
  return report.kind === 'full' ? report.items.map((d) => String(d.code)) : [];
}

type Status = { uri: string; skipped?: string };

async function statusOf(session: Session, uri: string): Promise<Status> {
  for (let seen = 1; ; seen++) {
    const statuses = (await session.waitFor('factorguard/status', seen)) as Status[];
    const mine = statuses.filter((s) => s.uri === uri);
    if (mine.length > 0) return mine[mine.length - 1];
  }
}

describe('LSP: bad inputs never crash the server', () => {
  let session: Session;
  before(async () => {
    session = await start(copyFixture('basic'));
  });
  after(() => session.close());

  it('skips binary content and says why', async () => {
    const uri = await open(session, 'src/blob.js', 'javascript', 'PK\u0003\u0004\u0000\u0000const apiUrl = "https://api.acme.io";');
    assert.deepEqual(await codes(session, uri), []);
    assert.match((await statusOf(session, uri)).skipped ?? '', /looks binary/);
  });

  it('skips a 5 MB single-line file quickly, by size', async () => {
    const uri = await open(session, 'src/huge.js', 'javascript', `const apiUrl = "https://api.acme.io";${'x'.repeat(5 * 1024 * 1024)}`);
    assert.deepEqual(await codes(session, uri), []);
    assert.match((await statusOf(session, uri)).skipped ?? '', /over the 1\.0 MB limit/);
  });

  it('analyses untitled buffers by language id and offers only in-file actions', async () => {
    const uri = 'untitled:Untitled-1';
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version: 1, text: 'API_URL = "https://api.acme.io"\n' } });
    assert.deepEqual(await codes(session, uri), ['config/hardcoded-endpoint']);
  });

  it('keeps serving after all that', async () => {
    const uri = await open(session, 'app/worker.py', 'python');
    assert.deepEqual(await codes(session, uri), ['logs/file-handler-in-code']);
  });
});

describe('LSP: Restricted Mode', () => {
  let session: Session;
  before(async () => {
    const root = copyFixture('basic');
    await fs.writeFile(path.join(root, '.factorguard.json'), JSON.stringify({ rules: { 'logs/file-handler-in-code': 'off' } }));
    session = await start(root, { trusted: false });
  });
  after(() => session.close());

  it("ignores the workspace's .factorguard.json, so a repository cannot hide its own findings", async () => {
    const uri = await open(session, 'app/worker.py', 'python');
    assert.deepEqual(await codes(session, uri), ['logs/file-handler-in-code']);
  });
});

describe('LSP: trusted workspace', () => {
  let session: Session;
  before(async () => {
    const root = copyFixture('basic');
    await fs.writeFile(path.join(root, '.factorguard.json'), '{ "rules": { "logs/file-handler-in-code": "off" }, "unknownKey": 1 }');
    session = await start(root);
  });
  after(() => session.close());

  it('applies .factorguard.json and reports its invalid entries', async () => {
    const uri = await open(session, 'app/worker.py', 'python');
    assert.deepEqual(await codes(session, uri), []);
    const messages = (await session.waitFor('window/showMessageRequest')) as { message: string }[];
    assert.ok(messages.some((m) => /unknown setting "unknownKey"/.test(m.message)), JSON.stringify(messages));
  });
});
