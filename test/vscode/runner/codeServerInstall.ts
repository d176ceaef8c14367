// Installs code-server on demand into .vscode-test/, the way
// @vscode/test-electron caches VS Code there: not a dependency of the
// project, installed once per machine, skipped when already complete.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { killGroup, onCleanup, spawnGroup } from './processes';
import { waitFor } from '../suite/waitFor';
import { tail } from './logs';

/** The newest code-server whose engines accept Node 20 (VS Code 1.100.3). */
export const CODE_SERVER_VERSION = '4.100.3';
// @vscode/ripgrep's postinstall downloads rg from GitHub, which CI cannot
// reach. It first looks in this cache under TMPDIR, so we seed it with
// Debian's rg. The names are pinned by code-server's own lockfile.
const RIPGREP_CACHE = path.join('vscode-ripgrep-cache-1.15.11', 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
const INSTALL_TIMEOUT_MS = 10 * 60_000;
const COMPLETE_MARKER = 'is-complete';

function which(command: string): string | undefined {
  try {
    return execFileSync('which', [command], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Fails with the Debian package to install when a build prerequisite is missing. */
function checkPrerequisites(): string {
  const rg = which('rg');
  if (!rg) throw new Error('code-server install needs ripgrep: apt-get install ripgrep');
  // kerberos, a native dependency of code-server, builds against these headers.
  if (!fs.existsSync('/usr/include/gssapi/gssapi.h') || !which('krb5-config')) {
    throw new Error('code-server install needs the Kerberos headers: apt-get install libkrb5-dev');
  }
  return fs.realpathSync(rg);
}

/** Packs the system rg as the tarball @vscode/ripgrep would have downloaded. */
function seedRipgrepCache(rg: string, tmpDir: string): void {
  const tarball = path.join(tmpDir, RIPGREP_CACHE);
  fs.mkdirSync(path.dirname(tarball), { recursive: true });
  const staging = fs.mkdtempSync(path.join(tmpDir, 'rg-'));
  fs.copyFileSync(rg, path.join(staging, 'rg'));
  execFileSync('tar', ['-czf', tarball, '-C', staging, 'rg']);
  fs.rmSync(staging, { recursive: true, force: true });
}

function installedVersion(dir: string): string | undefined {
  if (!fs.existsSync(path.join(dir, COMPLETE_MARKER))) return undefined;
  const manifest = path.join(dir, 'node_modules', 'code-server', 'package.json');
  return fs.existsSync(manifest) ? (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version : undefined;
}

async function npmInstall(dir: string, tmpDir: string, logFile: string): Promise<void> {
  const args = ['install', '--prefix', dir, '--no-save', '--no-package-lock', `code-server@${CODE_SERVER_VERSION}`];
  // Settings that an enclosing `npm run` exports (npm_config_local_prefix,
  // ...) must not leak into this unrelated install.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
  const env = { ...inherited, TMPDIR: tmpDir, npm_config_unsafe_perm: 'true', npm_config_yes: 'true' };
  const child = spawnGroup('npm', args, logFile, { env });
  onCleanup(() => killGroup(child));
  let exitCode: number | null | undefined;
  child.on('exit', (code) => (exitCode = code));
  await waitFor(() => exitCode !== undefined, `npm install code-server@${CODE_SERVER_VERSION}`, INSTALL_TIMEOUT_MS);
  if (exitCode !== 0) {
    throw new Error(`npm install code-server@${CODE_SERVER_VERSION} exited with ${exitCode}:\n${tail(logFile, 40)}`);
  }
}

/** Returns the code-server binary under `cacheDir`, installing it first when needed. */
export async function ensureCodeServer(cacheDir: string): Promise<string> {
  const dir = path.join(cacheDir, `code-server-${CODE_SERVER_VERSION}`);
  const bin = path.join(dir, 'node_modules', '.bin', 'code-server');
  if (installedVersion(dir) === CODE_SERVER_VERSION && fs.existsSync(bin)) return bin;

  const rg = checkPrerequisites();
  // An interrupted install leaves a tree that looks complete; start afresh.
  fs.rmSync(dir, { recursive: true, force: true });
  const tmpDir = path.join(dir, 'tmp');
  fs.mkdirSync(tmpDir, { recursive: true });
  seedRipgrepCache(rg, tmpDir);
  const logFile = path.join(dir, 'install.log');
  console.log(`vscode: installing code-server ${CODE_SERVER_VERSION} into ${dir} (about 2 minutes, once)`);
  const started = Date.now();
  await npmInstall(dir, tmpDir, logFile);
  if (!fs.existsSync(bin)) throw new Error(`npm installed code-server but ${bin} is missing:\n${tail(logFile, 40)}`);
  fs.rmSync(tmpDir, { recursive: true, force: true });
  fs.writeFileSync(path.join(dir, COMPLETE_MARKER), `${CODE_SERVER_VERSION}\n`);
  console.log(`vscode: code-server installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return bin;
}
