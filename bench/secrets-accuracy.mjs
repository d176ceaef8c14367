// Recall and false positives on ../shared/corpus/gitleaks-cases.jsonl, for
// FactorGuard's engine and for secretlint's recommended preset, both in process
// and on the same samples under the same file names.
//   FactorGuard: the engine bundled from server/src/engine with esbuild (as
//     scripts/secrets-corpus.mjs does); a sample is reported when it gets at
//     least one `secrets/*` finding.
//   secretlint: @secretlint/node's createEngine with the preset as its only
//     rule; a sample is reported when secretlint returns any message.
// A cross-check then runs dist/cli.js over the same samples written to disk,
// since the speed section times the CLI, not the engine.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SECRETLINT_COVERS } from './secrets-coverage.mjs';
import { timed } from './throughput.mjs';

/** The few gitleaks rules that only fire on a file name (see the corpus README). */
export const FILE_NAMES = {
  'pkcs12-file': 'cert.p12',
  'nuget-config-password': 'nuget.config',
  'kubernetes-secret-yaml': 'secret.yaml',
  'hashicorp-tf-password': 'main.tf',
  'freemius-secret-key': 'config.php',
};

export function loadCorpus(root) {
  const file = path.resolve(root, '../shared/corpus/gitleaks-cases.jsonl');
  const lines = readFileSync(file, 'utf8').trim().split('\n');
  return {
    file,
    samples: lines.map((line, i) => {
      const c = JSON.parse(line);
      return { ...c, index: i, fileName: FILE_NAMES[c.rule] ?? `case-${String(i).padStart(4, '0')}.txt` };
    }),
  };
}

async function loadEngine(root) {
  const out = path.join(os.tmpdir(), `fg-bench-engine-${process.pid}.cjs`);
  await build({ entryPoints: [path.join(root, 'server/src/engine/index.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'error' });
  try {
    const engineModule = await import(pathToFileURL(out).href);
    return engineModule.default ?? engineModule;
  } finally {
    rmSync(out, { force: true });
  }
}

/** FactorGuard's engine: the set of sample indices with a secrets/* finding. */
async function runFactorGuard(root, samples) {
  const { Engine, DEFAULT_SETTINGS } = await loadEngine(root);
  const ruleErrors = [];
  const wasmDir = path.dirname(fileURLToPath(import.meta.resolve('@vscode/tree-sitter-wasm')));
  const engine = new Engine({ wasmDir, onRuleError: (ruleId, file, error) => ruleErrors.push({ ruleId, file, error: String(error) }) });
  const hits = new Map();
  const crashes = [];
  const start = process.hrtime.bigint();
  for (const s of samples) {
    try {
      const result = await engine.analyze({ path: s.fileName, text: s.text, settings: DEFAULT_SETTINGS });
      const ids = result.findings.filter((f) => f.ruleId.startsWith('secrets/')).map((f) => f.ruleId);
      if (ids.length > 0) hits.set(s.index, [...new Set(ids)]);
    } catch (error) {
      crashes.push({ index: s.index, error: String(error) });
    }
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { hits, seconds, ruleErrors, crashes };
}

/** secretlint with the recommended preset: the set of sample indices with a message. */
async function runSecretlint(root, samples) {
  const { secretLintProfiler } = await import('@secretlint/profiler');
  // The profiler is on by default in the library (the CLI turns it off unless
  // --profile) and costs a performance.mark per rule per file.
  secretLintProfiler.setEnabled(false);
  const { createEngine } = await import('@secretlint/node');
  const preset = '@secretlint/secretlint-rule-preset-recommend';
  const engine = await createEngine({ cwd: root, formatter: 'json', color: false, configFileJSON: { rules: [{ id: preset }] } });
  const hits = new Map();
  const start = process.hrtime.bigint();
  for (const s of samples) {
    const { output } = await engine.executeOnContent({ content: s.text, filePath: s.fileName });
    const ids = JSON.parse(output).flatMap((r) => r.messages.map((m) => m.ruleId.replace('@secretlint/secretlint-rule-', '')));
    if (ids.length > 0) hits.set(s.index, [...new Set(ids)]);
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const version = JSON.parse(readFileSync(path.join(root, 'node_modules/@secretlint/node/package.json'), 'utf8')).version;
  return { hits, seconds, version };
}

/** dist/cli.js over the samples on disk, one folder per sample: which samples get a secrets/* finding. */
function runCli(root, samples) {
  const dir = path.join(os.tmpdir(), 'factorguard-bench-secrets-cases');
  rmSync(dir, { recursive: true, force: true });
  for (const s of samples) {
    const folder = path.join(dir, String(s.index).padStart(4, '0'));
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, s.fileName), s.text);
  }
  const run = timed(process.execPath, [path.join(root, 'dist/cli.js'), 'scan', '.', '--format', 'json', '--fail-on', 'never'], dir);
  if (run.status !== 0) throw new Error(`factorguard exited ${run.status} on the corpus: ${run.stderr}`);
  const report = JSON.parse(run.stdout);
  const hits = new Set();
  for (const f of report.findings) if (f.ruleId.startsWith('secrets/')) hits.add(Number(f.path.split('/')[0]));
  rmSync(dir, { recursive: true, force: true });
  return { hits, filesScanned: report.summary.filesScanned, filesSkipped: report.summary.filesSkipped };
}

/**
 * fp samples whose text is, word for word, also a tp sample: gitleaks labels
 * per rule, so a Cloudflare global API key is an fp of cloudflare-api-key and
 * a tp of cloudflare-global-api-key; and a path-dependent fp (nuget, pkcs12...)
 * differs from its tp only by a path this harness does not use.
 */
function alsoTp(samples) {
  const tpTexts = new Set(samples.filter((s) => s.kind === 'tp').map((s) => s.text.trim()));
  return new Set(samples.filter((s) => s.kind === 'fp' && tpTexts.has(s.text.trim())).map((s) => s.index));
}

function score(samples, hits, ambiguous = new Set()) {
  const tp = samples.filter((s) => s.kind === 'tp');
  const fp = samples.filter((s) => s.kind === 'fp');
  const found = tp.filter((s) => hits.has(s.index)).length;
  const flaggedFp = fp.filter((s) => hits.has(s.index));
  const flagged = flaggedFp.length;
  const flaggedAlsoTp = flaggedFp.filter((s) => ambiguous.has(s.index)).length;
  return { tp: tp.length, found, recall: tp.length ? found / tp.length : 0, fp: fp.length, flagged, fpRate: fp.length ? flagged / fp.length : 0, flaggedAlsoTp };
}

function table(samples, key, fg, sl) {
  const groups = new Map();
  for (const s of samples) {
    const k = s[key];
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(s);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([name, group]) => {
    const row = { [key]: name, tp: 0, fp: 0, factorguard: { misses: [], fps: [] }, secretlint: { misses: [], fps: [] } };
    if (key === 'rule') row.family = group[0].family;
    if (key === 'rule') row.secretlintCovers = SECRETLINT_COVERS[name] ?? null;
    for (const s of group) {
      row[s.kind]++;
      for (const [tool, hits] of [['factorguard', fg], ['secretlint', sl]]) {
        if (s.kind === 'tp' && !hits.has(s.index)) row[tool].misses.push(s.index);
        if (s.kind === 'fp' && hits.has(s.index)) row[tool].fps.push(s.index);
      }
    }
    return row;
  });
}

export async function measureAccuracy(root) {
  const corpus = loadCorpus(root);
  const { samples } = corpus;
  const fg = await runFactorGuard(root, samples);
  const sl = await runSecretlint(root, samples);
  const covered = samples.filter((s) => s.rule in SECRETLINT_COVERS);
  const ambiguous = alsoTp(samples);
  const cli = runCli(root, samples);
  const disagreements = samples.filter((s) => fg.hits.has(s.index) !== cli.hits.has(s.index)).map((s) => s.index);
  return {
    corpus: {
      file: corpus.file,
      samples: samples.length,
      tp: samples.filter((s) => s.kind === 'tp').length,
      fp: samples.filter((s) => s.kind === 'fp').length,
      fpAlsoTp: [...ambiguous],
      fileNames: FILE_NAMES,
    },
    factorguard: {
      ...score(samples, fg.hits, ambiguous),
      covered: score(covered, fg.hits),
      seconds: fg.seconds,
      ruleErrors: fg.ruleErrors,
      crashes: fg.crashes,
      cliCheck: { agree: samples.length - disagreements.length, disagreements, filesScanned: cli.filesScanned, filesSkipped: cli.filesSkipped },
      reportedBy: Object.fromEntries([...fg.hits].map(([i, ids]) => [i, ids])),
    },
    secretlint: {
      version: sl.version,
      ...score(samples, sl.hits, ambiguous),
      covered: score(covered, sl.hits),
      coveredRules: Object.keys(SECRETLINT_COVERS).filter((r) => covered.some((s) => s.rule === r)).length,
      seconds: sl.seconds,
      reportedBy: Object.fromEntries([...sl.hits].map(([i, ids]) => [i, ids])),
    },
    families: table(samples, 'family', fg.hits, sl.hits),
    rules: table(samples, 'rule', fg.hits, sl.hits),
  };
}
