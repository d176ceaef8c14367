// Finds and prints the logs that explain a failed run: code-server's own
// output, the remote extension host, FactorGuard's output channel and the
// browser console.
import * as fs from 'node:fs';
import * as path from 'node:path';

// Lines that are always there and explain nothing: the extension host's
// list of extension paths (once per `require('vscode')` from the suite),
// slow tokenizing on a loaded machine, missing proprietary assets.
const NOISE = [
  /^\tfile:\/\/\//,
  /Time limit reached when tokenizing/,
  /Failed to load resource: the server responded with a status of 404/,
  /Creation of workbench contribution .* took/,
  /File not found: .*vsda/,
  /^\s*$/,
];

/** The last `lines` meaningful lines of a text file, or a note that it is missing. */
export function tail(file: string, lines: number): string {
  if (!fs.existsSync(file)) return `(no ${file})`;
  const text = fs.readFileSync(file, 'utf8').split(/\r?\n/);
  // Browser console lines carry CSS for `%c` placeholders; drop it.
  const readable = text.filter((l) => !NOISE.some((n) => n.test(l))).map((l) => l.replace(/%c|color: ?[#a-z0-9]*/g, '').replace(/ {2,}/g, ' '));
  return readable.slice(-lines).join('\n');
}

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

// remoteexthost.log holds extension activation errors; the FactorGuard
// output channel holds the language server's own messages.
const RELEVANT = /(remoteexthost|exthost|remoteagent|factorguard|extensionHost)[^/]*\.log$/i;

/** Log files under a code-server user-data-dir that can explain a failure. */
export function relevantLogs(userDataDir: string): string[] {
  return walk(path.join(userDataDir, 'logs')).filter((file) => RELEVANT.test(file) && fs.statSync(file).size > 0);
}

/** Prints the tail of each file, each under its own heading. */
export function printLogs(files: string[], lines = 40): void {
  for (const file of files) {
    console.error(`\n----- ${file} (last ${lines} lines) -----\n${tail(file, lines)}`);
  }
}
