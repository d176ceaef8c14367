// Test tier 3 in desktop VS Code through @vscode/test-electron: the same
// extension-host suite, run from the repository (extensionDevelopmentPath)
// in the oldest VS Code the manifest accepts. Where VS Code cannot be
// downloaded it stops at once with one line, instead of retrying for minutes.
import { downloadAndUnzipVSCode, runTests, SilentReporter } from '@vscode/test-electron';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readResults, RESULTS_ENV } from '../suite/results';
import { CACHE_DIR, checkSuiteCompiled, copyFixture, makeRunDir, Manifest, readManifest, REPO, SUITE_MODULE } from './paths';

// Per request, without data; a closed network fails before this anyway.
const DOWNLOAD_IDLE_MS = 10_000;

/** `^1.91.0` → `1.91.0`: test against the oldest VS Code we claim to support. */
function minimumVersion(manifest: Manifest): string {
  const match = /\d+\.\d+\.\d+/.exec(manifest.engines.vscode);
  if (!match) throw new Error(`cannot read a version from engines.vscode "${manifest.engines.vscode}"`);
  return match[0];
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

async function download(version: string): Promise<string | undefined> {
  try {
    return await downloadAndUnzipVSCode({ version, cachePath: CACHE_DIR, timeout: DOWNLOAD_IDLE_MS, reporter: new SilentReporter() });
  } catch (error) {
    console.error(`vscode: cannot download VS Code ${version} (${firstLine(error)}); run npm run test:electron where VS Code can be downloaded, or npm run test:vscode for code-server`);
    return undefined;
  }
}

async function runSuite(executable: string, runDir: string, resultsFile: string): Promise<string | undefined> {
  try {
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: REPO,
      extensionTestsPath: SUITE_MODULE,
      extensionTestsEnv: { [RESULTS_ENV]: resultsFile },
      launchArgs: [
        copyFixture(runDir),
        '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
        '--user-data-dir', path.join(runDir, 'user-data'), '--extensions-dir', path.join(runDir, 'extensions'),
      ],
    });
    return undefined;
  } catch (error) {
    return `VS Code exited abnormally: ${firstLine(error)}`;
  }
}

async function main(): Promise<number> {
  const manifest = readManifest();
  checkSuiteCompiled();
  if (!fs.existsSync(path.join(REPO, manifest.main))) throw new Error(`${manifest.main} is missing: run npm run build first`);
  const version = process.env.FACTORGUARD_VSCODE_VERSION ?? minimumVersion(manifest);
  const executable = await download(version);
  if (!executable) return 1;
  if (process.platform === 'linux' && !process.env.DISPLAY) {
    throw new Error('desktop VS Code needs an X display: run under xvfb-run -a (Debian package xvfb)');
  }
  const runDir = makeRunDir();
  const resultsFile = path.join(runDir, 'results.json');
  const crash = await runSuite(executable, runDir, resultsFile);
  const results = readResults(resultsFile);
  const failures = [...(results?.failures.map((f) => `${f.title}: ${f.message}`) ?? []), ...(results ? [] : [crash ?? 'the suite wrote no results'])];
  for (const title of results?.passes ?? []) console.log(`vscode: ok ${title}`);
  for (const failure of failures) console.error(`vscode: FAILED ${failure}`);
  if (failures.length === 0) fs.rmSync(runDir, { recursive: true, force: true });
  else console.error(`vscode: run folder kept for inspection: ${runDir}`);
  console.log(`vscode: ${results?.passes.length ?? 0} passed, ${failures.length} failed`);
  return failures.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`vscode: ${error.message}`);
    process.exit(1);
  },
);
