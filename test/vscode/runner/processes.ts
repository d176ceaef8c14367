// Child processes that must not outlive the run. code-server forks a server,
// extension hosts, a language server and watchers; starting it in its own
// process group lets one signal reach all of them, on success, on failure
// and on Ctrl+C alike.
import { ChildProcess, spawn, SpawnOptions } from 'node:child_process';
import * as fs from 'node:fs';
import { waitFor } from '../suite/waitFor';

type Cleanup = () => Promise<void> | void;
const cleanups: Cleanup[] = [];
let running: Promise<void> | undefined;
let interrupted = false;

/** Registers work to undo when the run ends, in reverse order of registration. */
export function onCleanup(cleanup: Cleanup): void {
  cleanups.push(cleanup);
}

async function drain(): Promise<void> {
  while (cleanups.length > 0) {
    const cleanup = cleanups.pop()!;
    try {
      await cleanup();
    } catch (error) {
      console.error(`cleanup failed: ${(error as Error).message}`);
    }
  }
}

/**
 * Runs every registered cleanup once; errors are reported, not thrown.
 * Concurrent callers (the main flow and a signal handler) share one pass,
 * so neither exits while the other is still stopping processes.
 */
export function runCleanups(): Promise<void> {
  running ??= drain().finally(() => (running = undefined));
  return running;
}

/** True once Ctrl+C or SIGTERM arrived: the run's own failures are then moot. */
export function wasInterrupted(): boolean {
  return interrupted;
}

/** Makes Ctrl+C and SIGTERM clean up before exiting, instead of orphaning code-server. */
export function cleanUpOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      interrupted = true;
      console.error(`vscode: ${signal}, stopping code-server and Chromium`);
      void runCleanups().finally(() => process.exit(130));
    });
  }
}

/** Starts a command as the leader of a new process group, its output appended to `logFile`. */
export function spawnGroup(command: string, args: string[], logFile: string, options: SpawnOptions = {}): ChildProcess {
  const out = fs.openSync(logFile, 'a');
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  return child;
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // The group is already gone.
  }
}

/** Stops a whole process group: SIGTERM, then SIGKILL for whatever ignores it. */
export async function killGroup(child: ChildProcess, graceMs = 10_000): Promise<void> {
  const pgid = child.pid;
  if (pgid === undefined || !groupAlive(pgid)) return;
  signalGroup(pgid, 'SIGTERM');
  try {
    await waitFor(() => !groupAlive(pgid), `process group ${pgid} to exit`, graceMs);
  } catch {
    signalGroup(pgid, 'SIGKILL');
    await waitFor(() => !groupAlive(pgid), `process group ${pgid} to die after SIGKILL`, graceMs);
  }
}

/** Runs a command to completion with a deadline; resolves with its exit code and output. */
export function runToEnd(command: string, args: string[], options: SpawnOptions & { timeoutMs: number }): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    // A bound on a hung command, not a synchronisation delay.
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    child.on('error', (error) => { clearTimeout(timer); reject(error); });
    child.on('close', (code) => { clearTimeout(timer); resolve({ code, output }); });
  });
}
