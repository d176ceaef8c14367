// The throughput corpus: JavaScript shipped in node_modules, copied into a
// flat folder so no path looks vendored (the scanners would skip it).
// Options (for bench/secrets.mjs): `folder`, the folder's name under the temp dir and
// `pattern`, the file names to copy (default: .js/.cjs/.mjs).
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const MAX_FILE = 1024 * 1024;

function* jsFiles(dir, pattern) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* jsFiles(full, pattern);
    else if (entry.isFile() && pattern.test(entry.name) && !/\.min\.js$/.test(entry.name)) yield full;
  }
}

export function buildCorpus(root, { folder = 'factorguard-bench-corpus', pattern = /\.(c|m)?js$/ } = {}) {
  const dir = path.join(os.tmpdir(), folder);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let files = 0;
  let bytes = 0;
  const sources = path.join(root, 'node_modules');
  if (!existsSync(sources)) throw new Error('node_modules is missing: run npm ci first');
  for (const file of jsFiles(sources, pattern)) {
    const size = statSync(file).size;
    if (size === 0 || size > MAX_FILE) continue;
    const name = `${String(files).padStart(5, '0')}-${path.basename(file)}`;
    copyFileSync(file, path.join(dir, name));
    files++;
    bytes += size;
  }
  return { dir, files, bytes };
}
