// Where things are: the repository, its package, the compiled suite, and a
// fresh copy of the fixture workspace for each run (the tests modify it).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The repository root, from out/test/vscode/runner/. */
export const REPO = path.resolve(__dirname, '..', '..', '..', '..');
/** Cache of downloaded VS Code builds and code-server, git-ignored. */
export const CACHE_DIR = path.join(REPO, '.vscode-test');
export const SCREENSHOT_DIR = path.join(CACHE_DIR, 'screenshots');
/** The compiled extension-host suite (extensionTestsPath). */
export const SUITE_MODULE = path.join(REPO, 'out', 'test', 'vscode', 'suite', 'index');
const FIXTURE = path.join(REPO, 'test', 'vscode', 'fixtures', 'workspace');

export interface Manifest {
  name: string;
  publisher: string;
  version: string;
  main: string;
  engines: { vscode: string };
}

export function readManifest(): Manifest {
  return JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as Manifest;
}

/** The .vsix `npm run package` wrote, or FACTORGUARD_VSIX when set. */
export function locateVsix(manifest: Manifest): string {
  const vsix = process.env.FACTORGUARD_VSIX ?? path.join(REPO, `${manifest.name}-${manifest.version}.vsix`);
  if (!fs.existsSync(vsix)) throw new Error(`${vsix} does not exist: run npm run package first`);
  return vsix;
}

/** Fails early, with the fix, when the suite was not compiled. */
export function checkSuiteCompiled(): void {
  if (!fs.existsSync(`${SUITE_MODULE}.js`)) throw new Error(`${SUITE_MODULE}.js is missing: run npx tsc -p tsconfig.test.json`);
}

/** A new scratch folder for one run; its name avoids "test", which the extension treats as test code. */
export function makeRunDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'fg-tier3-'));
}

/** Copies the fixture workspace into `runDir` and returns the copy's path. */
export function copyFixture(runDir: string, name = 'workspace'): string {
  const target = path.join(runDir, name);
  fs.cpSync(FIXTURE, target, { recursive: true });
  return target;
}
