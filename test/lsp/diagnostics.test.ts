import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Diagnostic, DocumentDiagnosticReport, Hover } from 'vscode-languageserver-protocol';
import { copyFixture, open, start, type Session } from './harness';

function items(report: DocumentDiagnosticReport): Diagnostic[] {
  assert.equal(report.kind, 'full');
  return report.kind === 'full' ? report.items : [];
}

async function pull(session: Session, uri: string): Promise<Diagnostic[]> {
  return items(await session.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }));
}

describe('LSP: diagnostics, hover and settings', () => {
  let session: Session;

  before(async () => {
    session = await start(copyFixture('basic'));
  });
  after(() => session.close());

  it('advertises pull diagnostics, code actions, hover and its commands', () => {
    const capabilities = session.initializeResult?.capabilities;
    assert.deepEqual(capabilities?.diagnosticProvider, { identifier: 'factorguard', interFileDependencies: false, workspaceDiagnostics: true });
    assert.deepEqual(capabilities?.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.factorguard'] });
    assert.equal(capabilities?.hoverProvider, true);
    assert.deepEqual(capabilities?.executeCommandProvider?.commands, ['factorguard.server.scanWorkspace', 'factorguard.server.showNotes']);
    assert.equal(session.initializeResult?.serverInfo?.name, 'FactorGuard');
  });

  it('reports a hardcoded endpoint with rule id, source, docs link and fix data', async () => {
    const uri = await open(session, 'src/payments.ts', 'typescript');
    const diagnostics = await pull(session, uri);
    const endpoint = diagnostics.find((d) => d.code === 'config/hardcoded-endpoint');
    assert.ok(endpoint, JSON.stringify(diagnostics));
    assert.equal(endpoint.source, 'factorguard');
    assert.equal(endpoint.severity, 2);
    assert.deepEqual(endpoint.range, { start: { line: 2, character: 30 }, end: { line: 2, character: 59 } });
    assert.match(String(endpoint.message), /https:\/\/payments\.acme\.io/);
    const href = endpoint.codeDescription?.href;
    assert.ok(href !== undefined && href.endsWith('docs/rules/config/hardcoded-endpoint.md'), href);
    assert.ok(existsSync(fileURLToPath(href)), `docs page missing: ${href}`);
    const data = endpoint.data as { ruleId: string; fixes: { kind: string; value?: string; name?: string }[] };
    assert.equal(data.ruleId, 'config/hardcoded-endpoint');
    assert.equal(data.fixes[0].kind, 'moveToEnv');
    assert.equal(data.fixes[0].value, '', 'literal values must not travel in diagnostic data');
  });

  it('updates after an edit', async () => {
    const uri = session.uri('src/payments.ts');
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 2, character: 30 }, end: { line: 2, character: 59 } }, text: 'process.env.PAYMENTS_API_URL!' }],
    });
    assert.deepEqual(await pull(session, uri), []);
  });

  it('explains a finding on hover', async () => {
    const uri = await open(session, 'app/worker.py', 'python');
    const hover = (await session.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 14 } })) as Hover;
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /Logs written to a file/);
    assert.match(value, /Twelve-Factor XI/);
    assert.match(value, /\[Rule documentation\]\(file:/);
  });

  it('has no hover away from findings', async () => {
    const hover = await session.connection.sendRequest('textDocument/hover', { textDocument: { uri: session.uri('app/worker.py') }, position: { line: 0, character: 1 } });
    assert.equal(hover, null);
  });

  it('pulls settings per resource and refreshes when they change', async () => {
    const uri = session.uri('app/worker.py');
    assert.equal((await pull(session, uri)).length, 1);
    const configRequests = session.received.get('workspace/configuration')?.length ?? 0;
    assert.ok(configRequests > 0);
    const refreshes = session.received.get('workspace/diagnostic/refresh')?.length ?? 0;
    session.settings = { rules: { 'logs/file-handler-in-code': 'off' } };
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await session.waitFor('workspace/diagnostic/refresh', refreshes + 1);
    assert.deepEqual(await pull(session, uri), []);
    session.settings = { rules: { 'logs/file-handler-in-code': 'error' } };
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await session.waitFor('workspace/diagnostic/refresh', refreshes + 2);
    const [again] = await pull(session, uri);
    assert.equal(again.severity, 1);
  });

  it('reports the analysis status of each file to the client', async () => {
    const statuses = (await session.waitFor('factorguard/status')) as { uri: string; counts: Record<string, number> }[];
    assert.ok(statuses.some((s) => s.uri.endsWith('app/worker.py') && typeof s.counts.warning === 'number'));
  });

  it('honours cancellation of a diagnostic pull', async () => {
    const uri = await open(session, 'src/cancelled.ts', 'typescript', 'const apiUrl = "https://api.acme.io";\n');
    const source = new (await import('vscode-languageserver-protocol')).CancellationTokenSource();
    const pending = session.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }, source.token);
    source.cancel();
    await assert.rejects(pending, (error: { code?: number }) => error.code === -32800);
  });
});
