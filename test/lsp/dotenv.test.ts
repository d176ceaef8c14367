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
