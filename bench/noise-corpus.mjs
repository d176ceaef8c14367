// The noise corpora: real code nobody on the project wrote, one corpus per
// language, each copied to <tmp>/factorguard-noise-corpus/<corpus> with
// package-relative paths, so the rules see the folder layout users have
// (src/, lib/, test/, __tests__/), and samples can be spread across packages.
//
//   javascript  the JavaScript and TypeScript in our own node_modules
//               (`node_modules/yaml/dist/x.js` → `yaml/dist_/x.js`)
//   config      the Dockerfiles, compose files, GitHub workflows, Kubernetes
//               manifests and .env files that npm packages ship in node_modules
//   python, go, java, ruby, php
//               Debian packages (frameworks and the parts of the Go and Java
//               standard libraries that open sockets, log and read config),
//               unpacked by bench/install-corpora.sh: `<package>/<path in its
//               install root>` (`python3-django/django/conf/global_settings.py`)
//   csharp      npm packages that ship C# sources (no Debian package does)
//
// Nested node_modules are joined with `+` (`a/node_modules/b/x.js` → `a+b/x.js`).
// The CLI never analyses vendored or generated paths and no setting turns that
// off, so each path segment the engine's own vendoredPattern matches is renamed
// (`dist` → `dist_`, `x.bundle.js` → `x_bundle.js`); test folders keep their
// names, so test code is still lowered to hints as users see it.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const MAX_FILE = 1024 * 1024;
const JS_SOURCE = /\.([cm]?[jt]s|tsx)$/;
// Declarations hold no code that runs; minified files are skipped by the engine anyway.
const EXCLUDED = /\.d\.[cm]?ts$|\.min\.[cm]?js$/;
/** Deployment and config files the infrastructure rules read, by name (Kubernetes YAML is found by content). */
const INFRA_NAME = /^((Docker|Container)file([.-][\w.-]+)?|[\w.-]+\.(docker|container)file|(docker-)?compose([.-][\w.-]+)?\.ya?ml|\.env(\.[\w-]+)?|[\w.-]+\.properties)$/i;
const WORKFLOW = /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;
const KUBERNETES = /^apiVersion\s*:/m;

/** Where bench/install-corpora.sh unpacks the Debian and C# corpora. */
export const CORPORA_DIR = process.env.FACTORGUARD_NOISE_CORPORA ?? path.join(os.homedir(), '.cache/factorguard-noise-corpora');

/** Install roots stripped from a Debian package's paths, most specific first. */
const DEBIAN_ROOTS = [
  'usr/lib/python3/dist-packages/',
  'usr/share/gocode/src/',
  'usr/share/go-1.19/',
  'usr/share/rubygems-integration/all/gems/',
  'usr/lib/ruby/vendor_ruby/',
  'usr/share/php/',
];

/** Every file of an installed package is a candidate; these never hold the language's code. */
const NOT_CODE = /^usr\/(share\/(doc|man|lintian|nodejs|bash-completion)|bin)\//;

const isInfra = (rel) => INFRA_NAME.test(path.posix.basename(rel)) || WORKFLOW.test(rel);
const isYaml = (rel) => /\.ya?ml$/i.test(rel);
/** Kubernetes manifests are YAML with an apiVersion and a kind (the engine's own test); read only for YAML. */
const isKubernetes = (abs) => {
  const text = readFileSync(abs, 'utf8');
  return KUBERNETES.test(text) && /^kind\s*:/m.test(text);
};

/** Code of one language plus any deployment/config files shipped with it. */
function languageFilter(extensions) {
  return (rel, abs) => extensions.test(rel) || isInfra(rel) || (isYaml(rel) && isKubernetes(abs));
}

export const CORPORA = [
  {
    name: 'javascript', title: 'JavaScript/TypeScript in node_modules', kind: 'node_modules',
    accept: (rel) => JS_SOURCE.test(rel) && !EXCLUDED.test(rel),
  },
  {
    name: 'config', title: 'Dockerfiles, compose files, workflows, Kubernetes YAML and .env files in node_modules', kind: 'node_modules',
    accept: (rel, abs) => isInfra(rel) || (isYaml(rel) && isKubernetes(abs)),
  },
  {
    name: 'python', title: 'Python: Django, Flask, Werkzeug, Requests, Gunicorn, Celery (Debian)', kind: 'debian',
    accept: languageFilter(/\.pyw?$/),
  },
  {
    name: 'go', title: 'Go: net, log, database, expvar, crypto/tls, os of Go 1.19; gin, echo, chi, gorilla, viper, cobra, logrus (Debian)', kind: 'debian',
    // Go's own src/ is 2M lines; the corpus keeps the packages that serve, dial, log and read config.
    accept: (rel, abs) => {
      if (!rel.startsWith('golang-1.19-src/')) return languageFilter(/\.go$/)(rel, abs);
      if (isInfra(rel)) return true;
      return /^golang-1\.19-src\/src\/(net|log|database|expvar|crypto\/tls|os)\/.*\.go$/.test(rel);
    },
    // Spread samples over Go's own packages, not just "golang-1.19-src".
    pkgDepth: { 'golang-1.19-src': 3 },
  },
  {
    name: 'java', title: 'Java: OpenJDK 17 java.net, javax.net, sun.net, java.logging, jdk.httpserver, java.net.http, java.sql, java.naming, java.rmi (Debian)', kind: 'debian',
    accept: languageFilter(/\.java$/),
    pkgDepth: { 'openjdk-17-source': 2 },
  },
  {
    name: 'ruby', title: 'Ruby: Rails 6.1 (railties, actionpack, activerecord…), Sinatra, Rack, Sidekiq, Faraday, Grape, Devise (Debian)', kind: 'debian',
    accept: languageFilter(/(\.(rb|rake|gemspec)|\/(Gemfile|Rakefile|config\.ru))$/),
  },
  {
    name: 'php', title: 'PHP: Laravel 8 (illuminate/*), Symfony HttpFoundation/HttpKernel/Mailer/FrameworkBundle, Monolog, Guzzle (Debian)', kind: 'debian',
    accept: languageFilter(/\.php$/),
  },
  {
    name: 'csharp', title: 'C#: Edge.js, UniRx, Crowdin Unity plugin, ONNX Runtime for Unity (npm packages shipping C#)', kind: 'npm-pack',
    accept: languageFilter(/\.cs$/),
  },
];

function* walk(dir, rel = '', skipTopDots = false) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    // `.bin`, `.cache`, `.package-lock.json`... are npm and tool state, not packages.
    if (skipTopDots && rel === '' && entry.name.startsWith('.')) continue;
    const childRel = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) yield* walk(path.join(dir, entry.name), childRel);
    else if (entry.isFile()) yield childRel;
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

/** node_modules corpora: { abs, pkgPath, pkg } per accepted file. */
function* nodeModulesFiles(root, def) {
  const real = realpathSync(path.join(root, 'node_modules'));
  for (const rel of walk(real, '', true)) {
    const abs = path.join(real, rel);
    if (def.accept(rel, abs)) yield { abs, pkgPath: rel.split('/node_modules/').join('+'), pkg: packageOf(rel) };
  }
}

/** Unpacked package corpora: `<package>/<path without its install root>`. */
function* unpackedFiles(dir, def) {
  for (const pkgName of readdirSync(dir).sort()) {
    if (pkgName.endsWith('.partial') || !statSync(path.join(dir, pkgName)).isDirectory()) continue;
    for (const inPkg of walk(path.join(dir, pkgName))) {
      if (NOT_CODE.test(inPkg)) continue;
      const installRoot = DEBIAN_ROOTS.find((r) => inPkg.startsWith(r));
      const pkgPath = `${pkgName}/${installRoot ? inPkg.slice(installRoot.length) : inPkg}`;
      const abs = path.join(dir, pkgName, inPkg);
      if (!def.accept(pkgPath, abs)) continue;
      const depth = def.pkgDepth?.[pkgName] ?? 1;
      yield { abs, pkgPath, pkg: pkgPath.split('/').slice(0, depth).join('/') };
    }
  }
}

/** Whether a corpus can be built here, and if not why and how to fix it. */
export function corpusStatus(root, def) {
  if (def.kind === 'node_modules') {
    return existsSync(path.join(root, 'node_modules')) ? { ok: true } : { ok: false, why: 'node_modules is missing', install: 'npm ci' };
  }
  const dir = path.join(CORPORA_DIR, def.name);
  const installed = existsSync(dir) && readdirSync(dir).some((d) => !d.endsWith('.partial'));
  return installed ? { ok: true, dir } : { ok: false, why: `not installed in ${dir}`, install: `bench/install-corpora.sh ${def.name}` };
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
 * Copies one corpus into <tmp>/factorguard-noise-corpus/<name>. Returns { name, dir, files, bytes, renames, collisions }
 * with files: Map corpus path → { pkgPath, pkg, bytes }; pkgPath is the path before renames.
 */
export function buildNoiseCorpus(root, vendoredPattern, def) {
  const status = corpusStatus(root, def);
  if (!status.ok) throw new Error(`noise corpus ${def.name}: ${status.why}`);
  const dir = path.join(os.tmpdir(), 'factorguard-noise-corpus', def.name);
  rmSync(dir, { recursive: true, force: true });
  const files = new Map();
  const renames = {};
  let bytes = 0;
  let collisions = 0;
  const sources = def.kind === 'node_modules' ? nodeModulesFiles(root, def) : unpackedFiles(status.dir, def);
  for (const { abs, pkgPath, pkg } of sources) {
    const size = statSync(abs).size;
    if (size === 0 || size > MAX_FILE) continue;
    const corpusPath = unvendor(pkgPath, vendoredPattern, renames);
    // `dist/` renamed next to a real `dist_/` would overwrite a file: keep the first.
    if (files.has(corpusPath)) { collisions++; continue; }
    mkdirSync(path.dirname(path.join(dir, corpusPath)), { recursive: true });
    copyFileSync(abs, path.join(dir, corpusPath));
    files.set(corpusPath, { pkgPath, pkg, bytes: size });
    bytes += size;
  }
  return { name: def.name, dir, files, bytes, renames, collisions };
}
