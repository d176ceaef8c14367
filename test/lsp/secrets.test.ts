import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { withBase62Checksum } from '../../server/src/engine/secrets/checksum';
import { open, start, type Session } from './harness';

// Assembled from parts so the repository holds no whole token.
const GITHUB = 'ghp' + '_' + withBase62Checksum('R7dKq2Vx9Lm4Tz8Wp3Nc6Hb1Fg5Js0');
const PASSWORD = 'Tr0ub4' + 'dor&3xq';

async function diagnosticsOf(session: Session, uri: string): Promise<Diagnostic[]> {
  const report = (await session.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as DocumentDiagnosticReport;
  return report.kind === 'full' ? report.items : [];
}

describe('LSP: secrets', () => {
  let session: Session;
  let root: string;

  before(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'fg-lsp-secrets-'));
    writeFileSync(path.join(root, '.gitignore'), '.env\n');
    writeFileSync(path.join(root, '.env'), `DB_PASSWORD=${PASSWORD}\n`);
    writeFileSync(path.join(root, 'prod.env'), `DB_PASSWORD=${PASSWORD}\n`);
    writeFileSync(path.join(root, 'NOTES.md'), `# Deploy\n\nUse the token ${GITHUB} for the registry.\n`);
    writeFileSync(path.join(root, 'client.ts'), `export const apiToken = "${GITHUB}";\n`);
    session = await start(root);
  });
  after(() => session.close());

  it('reports a token in any text file, such as Markdown, as an error with a masked message', async () => {
    const uri = await open(session, 'NOTES.md', 'markdown');
    const [diagnostic] = await diagnosticsOf(session, uri);
    assert.equal(diagnostic?.code, 'secrets/github');
    assert.equal(diagnostic?.severity, 1);
    assert.match(String(diagnostic!.message), /GitHub personal access token \(verified format\): ghp_…/);
  });

  it('leaves a git-ignored .env alone and reports an env file that git would commit', async () => {
    const ignored = await open(session, '.env', 'dotenv');
    assert.deepEqual(await diagnosticsOf(session, ignored), []);
    const committed = await open(session, 'prod.env', 'dotenv');
    assert.deepEqual((await diagnosticsOf(session, committed)).map((d) => d.code), ['secrets/generic-secret']);
  });

  it('offers Move to environment variable with a rotation note naming the provider page', async () => {
    const uri = await open(session, 'client.ts', 'typescript');
    const [diagnostic] = await diagnosticsOf(session, uri);
    const actions = (await session.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic!.range,
      context: { diagnostics: [diagnostic] },
    })) as CodeAction[];
    const move = actions.find((a) => a.title.startsWith('Move to environment variable API_TOKEN'));
    assert.ok(move, JSON.stringify(actions.map((a) => a.title)));
    const notes = (move.command?.arguments?.[0] ?? []) as string[];
    assert.ok(notes.some((n) => n.includes('https://docs.github.com/')), JSON.stringify(notes));
    assert.ok(actions.some((a) => a.title === 'Ignore secrets/github on this line'));
  });
});
