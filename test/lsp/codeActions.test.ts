import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, DocumentDiagnosticReport, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { applyToDisk, CAPABILITIES, copyFixture, open, start, type Session } from './harness';

/** The expiry the time-boxed suppression proposes (the test and the server agree on the day except across midnight UTC). */
const IN_30_DAYS = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

async function diagnosticsOf(session: Session, uri: string): Promise<Diagnostic[]> {
  const report = (await session.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as DocumentDiagnosticReport;
  return report.kind === 'full' ? report.items : [];
}

async function actionsFor(session: Session, uri: string, diagnostic: Diagnostic, only?: string[]): Promise<CodeAction[]> {
  return session.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic], ...(only ? { only } : {}) },
  });
}

function read(session: Session, relative: string): Promise<string> {
  return fs.readFile(path.join(session.root, relative), 'utf8');
}

describe('LSP: code actions', () => {
  let session: Session;

  before(async () => {
    session = await start(copyFixture('basic'));
  });
  after(() => session.close());

  it('moves an endpoint to .env, .env.example and .gitignore in one edit', async () => {
    const uri = await open(session, 'src/payments.ts', 'typescript');
    const [diagnostic] = await diagnosticsOf(session, uri);
    const actions = await actionsFor(session, uri, diagnostic);
    const titles = actions.map((a) => a.title);
    assert.deepEqual(titles, [
      'Move to environment variable PAYMENTS_API_URL and add .env to .gitignore',
      'Ignore config/hardcoded-endpoint on this line',
      `Ignore config/hardcoded-endpoint on this line until ${IN_30_DAYS}`,
      'Ignore config/hardcoded-endpoint in this file',
    ]);
    const move = actions[0];
    assert.equal(move.kind, 'quickfix');
    assert.equal(move.isPreferred, true);
    const changes = move.edit?.documentChanges ?? [];
    assert.equal(changes.filter((c) => 'kind' in c && c.kind === 'create').length, 2, 'creates .env and .env.example, never overwriting');
    for (const change of changes) if ('kind' in change) assert.deepEqual((change as { options?: unknown }).options, { ignoreIfExists: true, overwrite: false });
    await applyToDisk(move.edit!);
    assert.match(await read(session, 'src/payments.ts'), /export const paymentsApiUrl = process\.env\.PAYMENTS_API_URL;/);
    assert.equal(await read(session, '.env'), 'PAYMENTS_API_URL=https://payments.acme.io/v2\n');
    assert.equal(await read(session, '.env.example'), 'PAYMENTS_API_URL=\n');
    assert.equal(await read(session, '.gitignore'), 'node_modules/\nbuild-output/\n.env\n');
  });

  it('never overwrites an existing variable with another value', async () => {
    await fs.writeFile(path.join(session.root, 'src/billing.ts'), 'export const paymentsApiUrl = "https://billing.acme.io";\n');
    const uri = await open(session, 'src/billing.ts', 'typescript');
    const [diagnostic] = await diagnosticsOf(session, uri);
    const [move] = await actionsFor(session, uri, diagnostic);
    assert.equal(move.title, 'Move to environment variable PAYMENTS_API_URL_2', '.env is ignored now, so the title says nothing about .gitignore');
    const changes = move.edit!.documentChanges!;
    assert.ok(!changes.some((c) => 'kind' in c), 'nothing to create: the files exist');
    await applyToDisk(move.edit!);
    assert.equal(await read(session, '.env'), 'PAYMENTS_API_URL=https://payments.acme.io/v2\nPAYMENTS_API_URL_2=https://billing.acme.io\n');
    assert.equal(await read(session, '.env.example'), 'PAYMENTS_API_URL=\nPAYMENTS_API_URL_2=\n');
  });

  it('targets the open document version and leaves disk-only files unversioned', async () => {
    await fs.writeFile(path.join(session.root, 'src/orders.ts'), 'const ordersUrl = "https://orders.acme.io";\n');
    const uri = await open(session, 'src/orders.ts', 'typescript');
    const [diagnostic] = await diagnosticsOf(session, uri);
    const [move] = await actionsFor(session, uri, diagnostic);
    const edits = move.edit!.documentChanges! as TextDocumentEdit[];
    assert.equal(edits[0].textDocument.version, 1);
    assert.ok(edits.slice(1).every((e) => e.textDocument.version === null));
  });

  it('swaps a Python file handler for stdout and adds the import', async () => {
    const uri = await open(session, 'app/worker.py', 'python');
    const [diagnostic] = await diagnosticsOf(session, uri);
    const actions = await actionsFor(session, uri, diagnostic);
    assert.equal(actions[0].title, 'Use stdout instead');
    await applyToDisk(actions[0].edit!);
    assert.equal(await read(session, 'app/worker.py'), 'import logging\nimport sys\n\nhandler = logging.StreamHandler(sys.stdout)\nlogging.getLogger().addHandler(handler)\n');
  });

  it('inserts a suppression comment with a reason placeholder', async () => {
    const text = 'const f = 1;\n  const apiUrl = "https://api.acme.io";\n';
    const uri = await open(session, 'src/suppress.ts', 'typescript', text);
    await fs.writeFile(path.join(session.root, 'src/suppress.ts'), text);
    const [diagnostic] = await diagnosticsOf(session, uri);
    const actions = await actionsFor(session, uri, diagnostic);
    const line = actions.find((a) => a.title === 'Ignore config/hardcoded-endpoint on this line')!;
    await applyToDisk(line.edit!);
    assert.equal(
      await read(session, 'src/suppress.ts'),
      'const f = 1;\n  // factorguard-ignore-next-line config/hardcoded-endpoint -- reason\n  const apiUrl = "https://api.acme.io";\n',
    );
  });

  it('offers source.fixAll.factorguard with every safe fix and nothing else', async () => {
    const text = 'import logging\nlogging.basicConfig(filename="a.log", filemode="w")\nh = logging.FileHandler("b.log")\nBASE_URL = "https://api.acme.io"\n';
    const uri = await open(session, 'app/all.py', 'python', text);
    const [diagnostic] = await diagnosticsOf(session, uri);
    const actions = await actionsFor(session, uri, diagnostic, ['source.fixAll']);
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.factorguard');
    const edits = (actions[0].edit!.documentChanges![0] as TextDocumentEdit).edits.map((e) => ('newText' in e ? e.newText : ''));
    assert.deepEqual(edits.sort(), ['', '\nimport sys', 'logging.StreamHandler(sys.stdout)', 'stream=sys.stdout'].sort());
  });

  it('uses snippet tab stops for the reason when the client supports them', async () => {
    const snippetSession = await start(copyFixture('basic'), {
      capabilities: { ...CAPABILITIES, workspace: { ...CAPABILITIES.workspace, workspaceEdit: { ...CAPABILITIES.workspace!.workspaceEdit, snippetEditSupport: true } as never } },
    });
    try {
      const uri = await open(snippetSession, 'src/payments.ts', 'typescript');
      const [diagnostic] = await diagnosticsOf(snippetSession, uri);
      const actions = await actionsFor(snippetSession, uri, diagnostic);
      const file = actions.find((a) => a.title.endsWith('in this file'))!;
      const edit = (file.edit!.documentChanges![0] as TextDocumentEdit).edits[0] as unknown as { snippet: { value: string } };
      assert.equal(edit.snippet.value, '// factorguard-ignore-file config/hardcoded-endpoint -- ${1:reason}\n');
    } finally {
      await snippetSession.close();
    }
  });

  it('falls back to plain changes for clients without documentChanges, and skips what they cannot create', async () => {
    const plain = await start(copyFixture('basic'), { capabilities: { ...CAPABILITIES, workspace: { ...CAPABILITIES.workspace, workspaceEdit: {} } } });
    try {
      const uri = await open(plain, 'src/payments.ts', 'typescript');
      const [diagnostic] = await diagnosticsOf(plain, uri);
      const titles = (await actionsFor(plain, uri, diagnostic)).map((a) => a.title);
      assert.deepEqual(titles, ['Ignore config/hardcoded-endpoint on this line', `Ignore config/hardcoded-endpoint on this line until ${IN_30_DAYS}`, 'Ignore config/hardcoded-endpoint in this file']);
    } finally {
      await plain.close();
    }
  });
});
