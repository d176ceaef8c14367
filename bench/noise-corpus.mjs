// The noise corpus: JavaScript and TypeScript shipped in node_modules, copied
// with each file's package-relative path (`node_modules/yaml/dist/x.js` →
// `yaml/dist_/x.js`), so the rules see the folder layout users have
// (src/, lib/, test/, __tests__/), and samples can be spread across packages.
//
// Nested node_modules are joined with `+` (`a/node_modules/b/x.js` → `a+b/x.js`).
// The CLI never analyses vendored or generated paths and no setting turns that
// off, so each path segment the engine's own vendoredPattern matches is renamed
// (`dist` → `dist_`, `x.bundle.js` → `x_bundle.js`); test folders keep their
// names, so test code is still lowered to hints as users see it.
import { copyFileSync, existsSync, mkdirSync, readdirSync, realpathSync, rmSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const MAX_FILE = 1024 * 1024;
const SOURCE = /\.([cm]?[jt]s|tsx)$/;
// Declarations hold no code that runs; minified files are skipped by the engine anyway.
const EXCLUDED = /\.d\.[cm]?ts$|\.min\.[cm]?js$/;

function* sourceFiles(dir, rel = '') {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    // `.bin`, `.cache`, `.package-lock.json`... are npm and tool state, not packages.
    if (rel === '' && entry.name.startsWith('.')) continue;
    const childRel = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) yield* sourceFiles(path.join(dir, entry.name), childRel);
    else if (entry.isFile() && SOURCE.test(entry.name) && !EXCLUDED.test(entry.name)) yield childRel;
  }
}

/**
 * `@s/a/node_modules/b/lib/x.js` → `b`, the package that owns the file wherever
 * it is installed: samples are spread over packages, and three nested copies
 * of one package are still one package.
 */
function packageOf(rel) {
  const owner = rel.split('/node_modules/').at(-1);
  return owner.split('/').slice(0, owner.startsWith('@') ? 2 : 1).join('/');
}

/** `x.bundle.js` → `x_bundle.js` for the file glob `**\/*.bundle.js` (and *.min.mjs, *.generated.*...). */
function renameFile(base, glob) {
  const word = /^\*\*\/\*\.([^.*]+)\./.exec(glob)?.[1];
  const at = word === undefined ? -1 : base.lastIndexOf(`.${word}.`);
  if (at < 0) throw new Error(`noise corpus: cannot rename ${base}, vendored by ${glob}`);
  return `${base.slice(0, at)}_${base.slice(at + 1)}`;
}

/** Renames the segments that make a path vendored; `renames` counts files per rename. */
function unvendor(pkgPath, vendoredPattern, renames) {
  const segments = pkgPath.split('/');
  for (let i = 0; i < segments.length; i++) {
    const last = i === segments.length - 1;
    // A directory segment is vendored when `<segment>/x` is; a file name when it is on its own.
    const glob = vendoredPattern(last ? segments[i] : `${segments[i]}/x`);
    if (!glob) continue;
    const renamed = last ? renameFile(segments[i], glob) : `${segments[i]}_`;
    const name = glob.replace('**/', '');
    const label = last ? `${name} → ${renameFile(name, glob)}` : `${segments[i]}/ → ${renamed}/`;
    renames[label] = (renames[label] ?? 0) + 1;
    segments[i] = renamed;
  }
  const out = segments.join('/');
  const still = vendoredPattern(out);
  if (still) throw new Error(`noise corpus: ${out} is still vendored by ${still}`);
  return out;
}

/**
 * Copies the corpus into <tmp>/factorguard-noise-corpus. Returns { dir, files, bytes, renames, collisions }
 * with files: Map corpus path → { pkgPath, pkg, bytes }; pkgPath is the path before renames.
 */
export function buildNoiseCorpus(root, vendoredPattern) {
  const sources = path.join(root, 'node_modules');
  if (!existsSync(sources)) throw new Error('node_modules is missing: run npm ci first');
  const real = realpathSync(sources);
  const dir = path.join(os.tmpdir(), 'factorguard-noise-corpus');
  rmSync(dir, { recursive: true, force: true });
  const files = new Map();
  const renames = {};
  let bytes = 0;
  let collisions = 0;
  for (const rel of sourceFiles(real)) {
    const src = path.join(real, rel);
    const size = statSync(src).size;
    if (size === 0 || size > MAX_FILE) continue;
    const pkgPath = rel.split('/node_modules/').join('+');
    const corpusPath = unvendor(pkgPath, vendoredPattern, renames);
    // `dist/` renamed next to a real `dist_/` would overwrite a file: keep the first.
    if (files.has(corpusPath)) { collisions++; continue; }
    mkdirSync(path.dirname(path.join(dir, corpusPath)), { recursive: true });
    copyFileSync(src, path.join(dir, corpusPath));
    files.set(corpusPath, { pkgPath, pkg: packageOf(rel), bytes: size });
    bytes += size;
  }
  return { dir, files, bytes, renames, collisions };
}
