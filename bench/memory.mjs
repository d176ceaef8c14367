// Peak RSS of the language server after real work, against an empty server.
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { peakRssMb, startServer } from './lsp.mjs';
import { typescriptSource } from './source.mjs';

const EMPTY_SERVER = `
const { createConnection, ProposedFeatures } = require(${JSON.stringify('vscode-languageserver/node')});
const connection = createConnection(ProposedFeatures.all);
connection.onInitialize(() => ({ capabilities: {} }));
connection.listen();
`;

export async function measureMemory(root, corpus) {
  const server = await startServer(path.join(root, 'dist/server.js'), corpus.dir);
  const text = typescriptSource(5000);
  const uri = pathToFileURL(path.join(corpus.dir, 'orders.ts')).toString();
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'typescript', version: 1, text } });
  for (let version = 2; version < 22; version++) {
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: `${text}\n// ${version}` }] });
    await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  }
  await server.connection.sendRequest('workspace/executeCommand', { command: 'factorguard.server.scanWorkspace', arguments: [] });
  const factorguardMb = peakRssMb(server.pid);
  await server.stop();

  const dir = mkdtempSync(path.join(os.tmpdir(), 'fg-bench-empty-'));
  const script = path.join(dir, 'empty-server.cjs');
  writeFileSync(script, EMPTY_SERVER.replace(JSON.stringify('vscode-languageserver/node'), JSON.stringify(path.join(root, 'node_modules/vscode-languageserver/lib/node/main.js'))));
  const empty = await startServer(script, dir);
  const baselineMb = peakRssMb(empty.pid);
  await empty.stop();
  return { factorguardMb, baselineMb };
}
