// Time from an edit (didChange) to the diagnostics of the new version (pull), through the real server.
import { createRequire } from 'node:module';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer } from './lsp.mjs';
import { typescriptSource } from './source.mjs';

const SAMPLES = 60;
const WARMUP = 5;

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export async function measureLatency(root) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fg-bench-latency-'));
  const file = path.join(dir, 'orders.ts');
  let text = typescriptSource(5000);
  writeFileSync(file, text);
  const uri = pathToFileURL(file).toString();
  const server = await startServer(path.join(root, 'dist/server.js'), dir);
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'typescript', version: 1, text } });
  await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  const samples = [];
  for (let version = 2; version < 2 + WARMUP + SAMPLES; version++) {
    const line = 10 + ((version * 37) % 4900);
    const start = process.hrtime.bigint();
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: ' ' }],
    });
    const report = await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (report.items.length === 0) throw new Error('the benchmark file should have findings');
    if (version >= 2 + WARMUP) samples.push(ms);
  }
  await server.stop();

  const ts = createRequire(path.join(root, 'package.json'))('typescript');
  const peer = [];
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    text = text.replace(/\n/, '\n ');
    const start = process.hrtime.bigint();
    ts.createSourceFile('orders.ts', text, ts.ScriptTarget.Latest, true);
    if (i >= WARMUP) peer.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return {
    lines: 5000,
    samples: SAMPLES,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    peerP50: percentile(peer, 50),
    peerP95: percentile(peer, 95),
  };
}
