// Test tier 3 in code-server: installs the packaged .vsix into a private
// code-server, checks the Problems panel through headless Chromium, then runs
// the extension-host suite against the installed package and collects its
// results. Exits non-zero, with logs, on any failure.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { readResults, RESULTS_ENV, SuiteResults } from '../suite/results';
import { waitFor } from '../suite/waitFor';
import { checkChecklistPanel, DORA_SCREENSHOT, PANEL_SCREENSHOT } from './checklistPanel';
import { CODE_SERVER_VERSION, CodeServer, ensureCodeServer, installVsix, startCodeServer } from './codeServer';
import { makeReleaseHistory } from './gitHistory';
import { printLogs, relevantLogs, tail } from './logs';
import { CACHE_DIR, checkSuiteCompiled, copyFixture, locateVsix, makeRunDir, Manifest, readManifest, SCREENSHOT_DIR, SUITE_MODULE } from './paths';
import { cleanUpOnSignals, onCleanup, runCleanups, wasInterrupted } from './processes';
import { expectProblem, launchBrowser, recordConsole, screenshot, workbenchUrl } from './workbench';

// Startup, the Problems panel check, the checklist panel check and the suite;
// the one-off code-server install has its own bound.
const RUN_DEADLINE_MS = 8 * 60_000;
const UI_CHECK_MS = 90_000;
const CHECKLIST_CHECK_MS = 180_000;
const UI_RULE = 'config/hardcoded-endpoint';

interface Run {
  dir: string;
  workspace: string;
  userDataDir: string;
  extensionsDir: string;
  resultsFile: string;
  consoleLog: string;
  serverLog: string;
  deadline: number;
}

interface Outcome {
  passes: string[];
  failures: string[];
}

const left = (run: Run) => Math.max(1, run.deadline - Date.now());
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

function newRun(): Run {
  const dir = makeRunDir();
  const workspace = copyFixture(dir);
  // Before code-server starts: the checklist reads the history once, at its first report.
  makeReleaseHistory(workspace);
  return {
    dir, workspace,
    userDataDir: path.join(dir, 'user-data'), extensionsDir: path.join(dir, 'extensions'),
    resultsFile: path.join(dir, 'results.json'),
    consoleLog: path.join(dir, 'browser-console.log'), serverLog: path.join(dir, 'code-server.log'),
    deadline: Date.now() + RUN_DEADLINE_MS,
  };
}

async function checkProblemsPanel(run: Run, page: Page, server: CodeServer): Promise<string | undefined> {
  const started = Date.now();
  try {
    await expectProblem(page, workbenchUrl(server.origin, run.workspace), 'payments.ts', UI_RULE, Math.min(UI_CHECK_MS, left(run)));
    console.log(`vscode: Problems panel check took ${seconds(started)}`);
    return undefined;
  } catch (error) {
    const shot = await screenshot(page, SCREENSHOT_DIR, 'problems-panel').catch((e: Error) => `(no screenshot: ${e.message})`);
    return `Problems panel shows no ${UI_RULE} row: ${(error as Error).message.split('\n')[0]} (screenshot ${shot})`;
  }
}

async function checkChecklist(run: Run, page: Page, server: CodeServer, outcome: Outcome): Promise<void> {
  const started = Date.now();
  try {
    outcome.passes.push(...(await checkChecklistPanel(page, workbenchUrl(server.origin, run.workspace), run.workspace, Math.min(CHECKLIST_CHECK_MS, left(run)))));
    console.log(`vscode: checklist panel check took ${seconds(started)}`);
  } catch (error) {
    const shot = await screenshot(page, SCREENSHOT_DIR, 'checklist-panel-failure').catch((e: Error) => `(no screenshot: ${e.message})`);
    outcome.failures.push(`checklist panel: ${(error as Error).message.split('\n')[0]} (screenshot ${shot})`);
  }
}

async function runSuite(run: Run, page: Page, server: CodeServer, extension: string): Promise<SuiteResults> {
  const started = Date.now();
  await page.goto(workbenchUrl(server.origin, run.workspace, { extension, module: SUITE_MODULE }));
  const outcome = await waitFor(
    () => readResults(run.resultsFile) ?? (server.exitCode() !== undefined && 'exited'),
    `the extension-host suite to write ${run.resultsFile}`,
    left(run),
  );
  if (outcome === 'exited') throw new Error(`code-server exited (${server.exitCode()}) before the suite reported`);
  console.log(`vscode: suite finished in ${seconds(started)} (VS Code ${outcome.vscodeVersion})`);
  return outcome;
}

/**
 * Everything that needs code-server and Chromium. The UI checks run in a
 * window of their own first: the suite's quick fix removes the very finding
 * the Problems panel must show, so the two cannot share a window. The
 * checklist panel check reloads that window to prove a tick persists.
 */
async function exercise(run: Run, bin: string, vsix: string, manifest: Manifest, outcome: Outcome): Promise<void> {
  const started = Date.now();
  const id = `${manifest.publisher}.${manifest.name}-${manifest.version}`;
  const extension = await installVsix(bin, vsix, run.extensionsDir, run.userDataDir, id);
  const server = await startCodeServer(
    { bin, workspace: run.workspace, userDataDir: run.userDataDir, extensionsDir: run.extensionsDir, logFile: run.serverLog, env: { [RESULTS_ENV]: run.resultsFile } },
    left(run),
  );
  const browser = await launchBrowser(path.join(run.dir, 'chromium'));
  onCleanup(() => browser.close());
  const page = browser.pages()[0] ?? (await browser.newPage());
  recordConsole(page, run.consoleLog);
  console.log(`vscode: installed ${path.basename(vsix)}, started code-server and Chromium in ${seconds(started)}`);

  const uiFailure = await checkProblemsPanel(run, page, server);
  if (uiFailure) outcome.failures.push(uiFailure);
  else outcome.passes.push(`Problems panel lists ${UI_RULE}`);
  await checkChecklist(run, page, server, outcome);
  const results = await runSuite(run, page, server, extension);
  outcome.passes.push(...results.passes);
  outcome.failures.push(...results.failures.map((f) => `${f.title}: ${f.message}`));
}

function printFailureLogs(run: Run): void {
  console.error(`\n----- code-server output (last 30 lines) -----\n${tail(run.serverLog, 30)}`);
  printLogs(relevantLogs(run.userDataDir));
  console.error(`\n----- browser console, with the suite's mocha output (last 60 lines) -----\n${tail(run.consoleLog, 60)}`);
  console.error(`\nvscode: run folder kept for inspection: ${run.dir}`);
}

function finish(run: Run, outcome: Outcome): number {
  for (const title of outcome.passes) console.log(`vscode: ok ${title}`);
  for (const failure of outcome.failures) console.error(`vscode: FAILED ${failure}`);
  if (outcome.failures.length > 0) printFailureLogs(run);
  else if (process.env.FACTORGUARD_KEEP_RUN) console.log(`vscode: run folder kept: ${run.dir}`);
  else fs.rmSync(run.dir, { recursive: true, force: true });
  for (const shot of [PANEL_SCREENSHOT, DORA_SCREENSHOT]) if (fs.existsSync(shot)) console.log(`vscode: checklist panel screenshot: ${shot}`);
  console.log(`vscode: ${outcome.passes.length} passed, ${outcome.failures.length} failed`);
  return outcome.failures.length > 0 ? 1 : 0;
}

async function main(): Promise<number> {
  cleanUpOnSignals();
  const manifest = readManifest();
  const vsix = locateVsix(manifest);
  checkSuiteCompiled();
  const installStarted = Date.now();
  const bin = await ensureCodeServer(CACHE_DIR);
  console.log(`vscode: code-server ${CODE_SERVER_VERSION} ready after ${seconds(installStarted)}`);
  // A screenshot left by an earlier run must not pass for this run's.
  for (const shot of [PANEL_SCREENSHOT, DORA_SCREENSHOT]) fs.rmSync(shot, { force: true });
  const run = newRun();
  const outcome: Outcome = { passes: [], failures: [] };
  try {
    await exercise(run, bin, vsix, manifest, outcome);
  } catch (error) {
    outcome.failures.push((error as Error).message);
  } finally {
    await runCleanups();
  }
  return wasInterrupted() ? 130 : finish(run, outcome);
}

main().then(
  (code) => process.exit(code),
  async (error: Error) => {
    await runCleanups();
    if (wasInterrupted()) process.exit(130);
    console.error(`vscode: ${error.message}`);
    console.log('vscode: 0 passed, 1 failed');
    process.exit(1);
  },
);
