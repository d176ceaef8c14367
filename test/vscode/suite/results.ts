// The one channel from the extension host back to the runner. In code-server
// the suite runs in a remote extension host whose exit code and console no
// runner can see, so the suite writes a JSON file the runner waits for. The
// host inherits code-server's environment, which is how the path arrives.
import * as fs from 'node:fs';

/** Names the results file; set on code-server (or passed via extensionTestsEnv). */
export const RESULTS_ENV = 'FACTORGUARD_VSCODE_RESULTS';

export interface TestFailure {
  title: string;
  message: string;
  stack?: string;
}

export interface SuiteResults {
  passes: string[];
  failures: TestFailure[];
  durationMs: number;
  /** `vscode.version` of the host the suite ran in. */
  vscodeVersion: string;
}

/** Writes the results atomically, so a reader never sees half a file. */
export function writeResults(file: string, results: SuiteResults): void {
  const partial = `${file}.partial`;
  fs.writeFileSync(partial, JSON.stringify(results, null, 2));
  fs.renameSync(partial, file);
}

/** Reads the results, or undefined while the file does not exist yet. */
export function readResults(file: string): SuiteResults | undefined {
  if (!fs.existsSync(file)) return undefined;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as SuiteResults;
}
