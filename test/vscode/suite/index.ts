// Entry point VS Code calls in the extension host (extensionTestsPath): runs
// every *.test.js beside it with mocha and reports through the results file.
import Mocha from 'mocha';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { RESULTS_ENV, SuiteResults, TestFailure, writeResults } from './results';

// Each test bounds its own waits with waitFor; this only catches a test that
// hangs outside of one.
const TEST_TIMEOUT_MS = 120_000;

function describeError(error: unknown): Pick<TestFailure, 'message' | 'stack'> {
  if (error instanceof Error) return { message: error.message, stack: error.stack };
  return { message: String(error) };
}

function runMocha(mocha: Mocha): Promise<Omit<SuiteResults, 'vscodeVersion' | 'durationMs'>> {
  const passes: string[] = [];
  const failures: TestFailure[] = [];
  return new Promise((resolve) => {
    const runner = mocha.run(() => resolve({ passes, failures }));
    runner.on('pass', (test) => passes.push(test.fullTitle()));
    runner.on('fail', (test, error) => failures.push({ title: test.fullTitle(), ...describeError(error) }));
  });
}

function loadSuite(): Mocha {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: TEST_TIMEOUT_MS, reporter: 'spec' });
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  if (files.length === 0) throw new Error(`no *.test.js files in ${__dirname}`);
  for (const file of files) mocha.addFile(path.join(__dirname, file));
  return mocha;
}

/** Runs the suite; rejects when any test failed, which makes VS Code exit non-zero. */
export async function run(): Promise<void> {
  const started = Date.now();
  let outcome: Omit<SuiteResults, 'vscodeVersion' | 'durationMs'>;
  try {
    outcome = await runMocha(loadSuite());
  } catch (error) {
    // A suite that cannot even load must still report, or the runner would
    // only see a timeout.
    outcome = { passes: [], failures: [{ title: 'loading the suite', ...describeError(error) }] };
  }
  const results: SuiteResults = { ...outcome, durationMs: Date.now() - started, vscodeVersion: vscode.version };
  const file = process.env[RESULTS_ENV];
  if (file) writeResults(file, results);
  if (results.failures.length > 0) {
    throw new Error(`${results.failures.length} test(s) failed: ${results.failures.map((f) => f.title).join('; ')}`);
  }
}
