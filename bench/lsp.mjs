// A bare LSP client over stdio for the benchmarks.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

export async function startServer(script, rootDir) {
  const child = spawn(process.execPath, [script, '--stdio'], { stdio: ['pipe', 'pipe', process.env.FG_BENCH_DEBUG ? 'inherit' : 'ignore'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})));
  connection.onRequest(() => null);
  connection.onNotification(() => undefined);
  let stopping = false;
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`bench: ${script} exited unexpectedly (${signal ?? code}); run with FG_BENCH_DEBUG=1 to see its stderr`);
    process.exit(1);
  });
  connection.listen();
  const rootUri = pathToFileURL(rootDir).toString();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'bench' }],
    capabilities: { workspace: { configuration: true }, window: { workDoneProgress: false } },
  });
  await connection.sendNotification('initialized', {});
  const stop = async () => {
    stopping = true;
    await connection.sendRequest('shutdown', null).catch(() => undefined);
    await connection.sendNotification('exit', null).catch(() => undefined);
    connection.dispose();
    child.kill();
  };
  return { connection, pid: child.pid, stop };
}

/** Peak resident set size of a live process, from /proc (Linux). */
export function peakRssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}
