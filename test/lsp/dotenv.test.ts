import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { applyToDisk, copyFixture, open, start, type Session } from './harness';

async function pull(session: Session, uri: string): Promise<Diagnostic[]> {
  const report = (await session.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as DocumentDiagnosticReport;
  return report.kind === 'full' ? report.items : [];
}

function git(root: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: root, stdio: 'ignore' });
}

const PASSWORD = ['k7', 'Vq', '2x', 'Lp', '9Z', 'w3'].join('');

describe('LSP: .env files and git', () => {
  let session: Session;
  let root: string;

  before(async () => {
    root = copyFixture('basic');
    await fs.writeFile(path.join(root, '.env'), `PORT=3000\nDB_PASSWORD=${PASSWORD}\n`);
    await fs.writeFile(path.join(root, '.env.local'), 'PORT=4000\n');
    git(root, 'init', '-q');
    git(root, 'add', '.env');
    session = await start(root);
  });
  after(() => session.close());

  it('reports a committed .env with secrets as an error that names the variable, not the value', async () => {
    const uri = await open(session, '.env', 'dotenv');
    const own = (await pull(session, uri)).filter((d) => d.code === 'config/dotenv-hygiene');
    assert.equal(own.length, 1);
    assert.equal(own[0].severity, 1);
    assert.match(String(own[0].message), /committed to git.*DB_PASSWORD/s);
    assert.ok(!String(own[0].message).includes(PASSWORD));
  });

  it('adds a .env that is not ignored to .gitignore, once', async () => {
    const uri = await open(session, '.env.local', 'dotenv');
    const [diagnostic] = (await pull(session, uri)).filter((d) => d.code === 'config/dotenv-hygiene');
    assert.ok(diagnostic, 'expected a finding for the unignored .env.local');
    const actions: CodeAction[] = await session.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    const add = actions.find((a) => a.title === 'Add .env.local to .gitignore');
    assert.ok(add?.edit, `no add-to-.gitignore action in ${JSON.stringify(actions.map((a) => a.title))}`);
    const before = await fs.readFile(path.join(root, '.gitignore'), 'utf8');
    await applyToDisk(add.edit);
    // Appended after what was there, which stays as it was.
    assert.equal(await fs.readFile(path.join(root, '.gitignore'), 'utf8'), `${before}.env.local\n`);
    // The watcher tells the server; then the file is ignored and the finding is gone.
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: session.uri('.gitignore'), type: 1 }] });
    assert.deepEqual((await pull(session, uri)).filter((d) => d.code === 'config/dotenv-hygiene'), []);
  });
});

describe('LSP: env template keys nothing reads', () => {
  let session: Session;
  let root: string;

  before(async () => {
    root = copyFixture('basic');
    await fs.writeFile(path.join(root, '.env.example'), 'API_URL=\nGEO_API_KEY=\n');
    await fs.writeFile(path.join(root, 'api.js'), 'module.exports = process.env.API_URL;\n');
    session = await start(root);
  });
  after(() => session.close());

  it('reports the unread key, then drops it when a saved file starts reading it', async () => {
    const uri = await open(session, '.env.example', 'dotenv');
    const unread = async () => (await pull(session, uri)).filter((d) => d.code === 'config/unread-env-var');
    const first = await unread();
    assert.deepEqual(first.map((d) => d.range.start.line), [1]);
    assert.equal(first[0].severity, 4);
    assert.match(String(first[0].message), /^GEO_API_KEY is listed in \.env\.example, but no file in the workspace reads it/);

    const refreshes = session.received.get('workspace/diagnostic/refresh')?.length ?? 0;
    await fs.writeFile(path.join(root, 'geo.js'), 'module.exports = process.env.GEO_API_KEY;\n');
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: session.uri('geo.js'), type: 1 }] });
    // The server re-reads that one file and asks the client to pull again.
    await session.waitFor('workspace/diagnostic/refresh', refreshes + 1);
    assert.deepEqual(await unread(), []);

    // Deleted again: the key is unread once more.
    await fs.unlink(path.join(root, 'geo.js'));
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: session.uri('geo.js'), type: 3 }] });
    await session.waitFor('workspace/diagnostic/refresh', refreshes + 2);
    assert.deepEqual((await unread()).map((d) => d.range.start.line), [1]);
  });

  it('removes the entry with its quick fix', async () => {
    const uri = session.uri('.env.example');
    const [diagnostic] = (await pull(session, uri)).filter((d) => d.code === 'config/unread-env-var');
    const actions: CodeAction[] = await session.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    const remove = actions.find((a) => a.title === 'Remove GEO_API_KEY from .env.example');
    assert.ok(remove?.edit, `no remove action in ${JSON.stringify(actions.map((a) => a.title))}`);
    await applyToDisk(remove.edit);
    assert.equal(await fs.readFile(path.join(root, '.env.example'), 'utf8'), 'API_URL=\n');
  });
});
