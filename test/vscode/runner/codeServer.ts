// Starts and stops a private code-server: its own port, user-data-dir and
// extensions dir, so a run never touches a developer's VS Code setup.
import { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as path from 'node:path';
import { waitFor } from '../suite/waitFor';
import { tail } from './logs';
import { killGroup, onCleanup, runToEnd, spawnGroup } from './processes';

export { ensureCodeServer, CODE_SERVER_VERSION } from './codeServerInstall';

export interface CodeServerOptions {
  bin: string;
  /** The folder the workbench opens. */
  workspace: string;
  userDataDir: string;
  extensionsDir: string;
  logFile: string;
  /** Extra environment; the remote extension host inherits it. */
  env: Record<string, string>;
}

export interface CodeServer {
  origin: string;
  port: number;
  /** Exit code once the server has exited, `undefined` while it runs. */
  exitCode(): number | null | undefined;
  stop(): Promise<void>;
}

// Quiet, deterministic workbench: nothing opens or asks on its own.
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
  'git.enabled': false,
};

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function answers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get(url, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false));
  });
}

/** Installs a .vsix into `extensionsDir`; returns the folder code-server unpacked it into. */
export async function installVsix(bin: string, vsix: string, extensionsDir: string, userDataDir: string, id: string): Promise<string> {
  const args = ['--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--install-extension', vsix];
  const { code, output } = await runToEnd(bin, args, { timeoutMs: 120_000 });
  const installed = path.join(extensionsDir, id);
  if (code !== 0 || !fs.existsSync(path.join(installed, 'package.json'))) {
    throw new Error(`installing ${vsix} failed (exit ${code}, expected ${installed}):\n${output}`);
  }
  return installed;
}

function writeUserSettings(userDataDir: string): void {
  const dir = path.join(userDataDir, 'User');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
}

function writeConfig(userDataDir: string): string {
  const file = path.join(userDataDir, 'code-server.yaml');
  fs.writeFileSync(file, 'auth: none\n');
  return file;
}

function launch(options: CodeServerOptions, port: number): ChildProcess {
  const args = [
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--user-data-dir', options.userDataDir, '--extensions-dir', options.extensionsDir,
    // Our own config file, so the developer's ~/.config/code-server is neither read nor created.
    '--config', writeConfig(options.userDataDir),
    options.workspace,
  ];
  return spawnGroup(options.bin, args, options.logFile, { env: { ...process.env, ...options.env } });
}

/** Starts code-server and resolves once it answers HTTP; stops it on any failure. */
export async function startCodeServer(options: CodeServerOptions, timeoutMs: number): Promise<CodeServer> {
  writeUserSettings(options.userDataDir);
  const port = await freePort();
  const child = launch(options, port);
  let exitCode: number | null | undefined;
  child.on('exit', (code, signal) => (exitCode = code ?? (signal ? 128 : null)));
  const stop = () => killGroup(child);
  onCleanup(stop);
  const origin = `http://127.0.0.1:${port}`;
  try {
    // Ends early, with the server's log, when it exits instead of answering.
    const state = await waitFor(
      async () => (exitCode !== undefined ? 'exited' : (await answers(`${origin}/healthz`)) && 'ready'),
      `code-server to answer on ${origin}/healthz`,
      timeoutMs,
    );
    if (state === 'exited') throw new Error(`code-server exited with ${exitCode}:\n${tail(options.logFile, 30)}`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, port, exitCode: () => exitCode, stop };
}
