import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, DocumentDiagnosticReport, Hover, WorkspaceDiagnosticReport } from 'vscode-languageserver-protocol';
import { assertNoSecret, secretSamples } from '../unit/secretSamples';
import { open, start, type Session } from './harness';

/**
 * Every way a finding leaves the server: diagnostics (message, data, related
 * information), hovers, code action titles and data, the workspace scan,
 * progress, notifications and log lines. None may hold a secret in full.
 */
describe('LSP: secrets are masked on every output path', () => {
  let session: Session;
  const samples = secretSamples().filter((s) => s.values.length > 0);
  const values = samples.flatMap((s) => s.values);
  const uris: string[] = [];
  const outputs: string[] = [];

  before(async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'fg-lsp-mask-'));
    samples.forEach(({ example }, i) => {
      const file = path.join(root, `${i}-${example.file.replace(/^\./, 'dot')}`);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, example.code);
    });
    session = await start(root);
    for (const [i, { example }] of samples.entries()) uris.push(await open(session, `${i}-${example.file.replace(/^\./, 'dot')}`, 'plaintext'));
  });
  after(() => session.close());

  it('diagnostics, hovers and code actions', async () => {
    let findings = 0;
    for (const uri of uris) {
      const report = (await session.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as DocumentDiagnosticReport;
      const items: Diagnostic[] = report.kind === 'full' ? report.items : [];
      outputs.push(JSON.stringify(report));
      for (const diagnostic of items.filter((d) => String(d.code).startsWith('secrets/'))) {
        findings++;
        const hover = (await session.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: diagnostic.range.start })) as Hover | null;
        outputs.push(JSON.stringify(hover));
        const actions = (await session.connection.sendRequest('textDocument/codeAction', {
          textDocument: { uri },
          range: diagnostic.range,
          context: { diagnostics: [diagnostic] },
        })) as CodeAction[];
        // The edits of "Move to environment variable" write the value into .env, which is the point; titles and data may not hold it.
        outputs.push(JSON.stringify(actions.map((a) => ({ title: a.title, data: a.data, diagnostics: a.diagnostics, command: a.command }))));
      }
    }
    assert.ok(findings >= samples.length * 0.8, `only ${findings} secret findings for ${samples.length} samples`);
    assertNoSecret(outputs.join('\n'), values, 'an LSP response');
  });

  it('the workspace scan, notifications and log lines', async () => {
    const summary = (await session.connection.sendRequest('workspace/executeCommand', { command: 'factorguard.server.scanWorkspace', arguments: [] })) as { findings: number };
    assert.ok(summary.findings > 0);
    const report = (await session.connection.sendRequest('workspace/diagnostic', { previousResultIds: [] })) as WorkspaceDiagnosticReport;
    assert.ok(JSON.stringify(report).includes('secrets/'), 'the scan reports secrets');
    outputs.push(JSON.stringify(report));
    const received = [...session.received.entries()].map(([method, messages]) => `${method} ${JSON.stringify(messages)}`);
    assertNoSecret(JSON.stringify(report), values, 'the workspace diagnostic report');
    assertNoSecret(received.join('\n'), values, 'a server-to-client message (log, progress, notification)');
    assertNoSecret(session.stderr.join(''), values, 'server stderr');
  });
});
