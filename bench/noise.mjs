// `npm run bench:noise`: how noisy each rule is on real code nobody on the
// project wrote, in every language the engine reads (bench/noise-corpus.mjs):
//   javascript  the JavaScript and TypeScript in our own node_modules
//   config      Dockerfiles, compose files, workflows, Kubernetes YAML and .env
//               files that npm packages ship in node_modules
//   python, go, java, ruby, php   framework and standard-library source from
//               Debian packages; csharp: npm packages that ship C# (Debian has
//               none). Fetched by bench/install-corpora.sh; a corpus that is not
//               there is listed with the command that fetches it, never skipped
//               silently.
// For each corpus it
//   1. copies the files with their package-relative paths (bench/noise-corpus.mjs)
//   2. runs dist/cli.js scan over them, as a user would
//   3. prints findings per rule and per 1,000 lines, and the sampled precision:
//      up to 20 findings per rule from node_modules JavaScript and up to 10 from
//      each other corpus (bench/noise-sample.mjs), judged tp or fp by a person in
//      bench/noise-judgments.json (bench/noise-judgments.mjs)
// then prints the overall per-rule table over every corpus that ran.
// Exits 1 when a default-on rule (error, warning or info by default) has sampled
// findings below 90% precision over all its samples, or not yet judged. A
// benchmark, not a test: not part of `npm test`.
//   --write-unjudged  add unjudged sampled keys to the judgments file (verdict null)
//   --rule <id>       print that rule's sample
//   --corpus <name>   run only these corpora (repeatable)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildNoiseCorpus, CORPORA, corpusStatus } from './noise-corpus.mjs';
import { loadEngineParts } from './noise-engine.mjs';
import { failure, isDefaultOn, loadJudgments, PRECISION_BAR, sampleMarkdown, scoreSample, writeUnjudged } from './noise-judgments.mjs';
import { printCorpusTable, printRuleSample, printTables, printTotals } from './noise-report.mjs';
import { keyedFindings, sampleRule } from './noise-sample.mjs';
import { timed } from './throughput.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const JUDGMENTS = path.join(root, 'bench/noise-judgments.json');
const RESULTS = path.join(root, 'bench/results');
const SAMPLE = { javascript: 20 };
const OTHER_SAMPLE = 10;
const { values: args } = parseArgs({
  options: { 'write-unjudged': { type: 'boolean' }, rule: { type: 'string' }, corpus: { type: 'string', multiple: true } },
});

/** The CLI as users run it. The settings file lives outside the corpus, so it is not scanned itself. */
function runCli(corpus) {
  const settings = path.join(os.tmpdir(), 'factorguard-noise-settings.json');
  // No user excludes; the built-in vendored ones cannot be turned off (hence the renames).
  writeFileSync(settings, JSON.stringify({ exclude: [] }));
  const cli = path.join(root, 'dist/cli.js');
  const run = timed(process.execPath, [cli, 'scan', '--format', 'json', '--fail-on', 'never', '-c', settings, corpus.dir], corpus.dir);
  if (run.status !== 0) throw new Error(`factorguard exited ${run.status}: ${run.stderr}`);
  return { report: JSON.parse(run.stdout), seconds: run.seconds };
}

/** Files, lines and bytes of what the CLI analysed: every copied file it did not skip. */
function scanTotals(corpus, report, seconds) {
  const skipped = new Set(report.summary.skipped.map((s) => s.path));
  const kinds = {};
  for (const s of report.summary.skipped) kinds[s.kind] = (kinds[s.kind] ?? 0) + 1;
  let files = 0;
  let lines = 0;
  let bytes = 0;
  for (const [p, file] of corpus.files) {
    if (skipped.has(p)) continue;
    const text = readFileSync(path.join(corpus.dir, p), 'utf8');
    files++;
    bytes += file.bytes;
    lines += text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  }
  if (files !== report.summary.filesScanned) throw new Error(`noise: counted ${files} scanned files, the CLI says ${report.summary.filesScanned}`);
  return {
    files, lines, bytes, seconds, skipped: report.summary.filesSkipped, kinds,
    findings: report.findings.length, suppressed: report.summary.suppressed,
  };
}

/** One row per rule and corpus: counts, severities as shown, and that corpus's sample. */
function corpusRows(rules, corpus, report, entries, judgments, lines) {
  const size = SAMPLE[corpus.name] ?? OTHER_SAMPLE;
  return [...rules.values()].map((rule) => {
    const own = report.findings.filter((f) => f.ruleId === rule.id);
    const bySeverity = {};
    for (const f of own) bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1;
    // Precision is judged on what the Problems panel shows outside test code: hints (nudges, test code for most
    // rules) are subtle editor marks only, and security and secrets rules lower test findings by design
    // (fixtures, self-signed test servers) without hiding them; neither is sampled.
    const sample = sampleRule(rule.id, entries.filter((e) => e.rule === rule.id && e.severity !== 'hint' && !e.test), size);
    const inTests = own.filter((f) => engine.isTestPath(f.path)).length;
    return { rule, corpus: corpus.name, findings: own.length, inTests, per1k: (1000 * own.length) / lines, bySeverity, sample, score: scoreSample(sample, judgments) };
  });
}

/** The overall row of each rule: every corpus's findings and samples together, and the bar's result. */
function overallRows(rules, perCorpus, judgments, lines) {
  return [...rules.values()].map((rule) => {
    const parts = perCorpus.map((rows) => rows.find((r) => r.rule.id === rule.id)).filter((r) => r.findings > 0);
    const findings = parts.reduce((n, r) => n + r.findings, 0);
    const inTests = parts.reduce((n, r) => n + r.inTests, 0);
    const bySeverity = {};
    for (const r of parts) for (const [s, n] of Object.entries(r.bySeverity)) bySeverity[s] = (bySeverity[s] ?? 0) + n;
    const sample = parts.flatMap((r) => r.sample);
    const score = scoreSample(sample, judgments);
    const why = failure(rule, sample, score);
    const result = findings === 0 ? '-' : why ? `FAIL: ${why}` : isDefaultOn(rule) ? 'ok' : 'hint rule';
    return { rule, corpora: parts.map((r) => r.corpus), findings, inTests, per1k: lines > 0 ? (1000 * findings) / lines : 0, bySeverity, sample, score, why, result };
  });
}

const engine = await loadEngineParts(root);
const judgments = loadJudgments(JUDGMENTS);
const wanted = args.corpus ?? CORPORA.map((c) => c.name);
for (const name of wanted) if (!CORPORA.some((c) => c.name === name)) throw new Error(`unknown corpus ${name} (${CORPORA.map((c) => c.name).join(', ')})`);

const ran = [];
const missing = [];
for (const def of CORPORA.filter((c) => wanted.includes(c.name))) {
  const status = corpusStatus(root, def);
  if (!status.ok) {
    missing.push({ def, status });
    console.log(`corpus ${def.name}: MISSING, not measured (${status.why}); fetch it with: ${status.install}\n`);
    continue;
  }
  const corpus = buildNoiseCorpus(root, engine.vendoredPattern, def);
  const { report, seconds } = runCli(corpus);
  const scan = scanTotals(corpus, report, seconds);
  const entries = keyedFindings(report, corpus, engine.rules, engine.redactLikelySecrets).map((e) => ({ ...e, test: engine.isTestPath(e.corpusPath) }));
  const rows = corpusRows(engine.rules, corpus, report, entries, judgments, scan.lines);
  ran.push({ def, corpus, scan, rows });
  const renames = Object.entries(corpus.renames).map(([r, n]) => `${r} (${n} files)`).join(', ');
  console.log(`corpus ${def.name}: ${def.title}`);
  console.log(`  ${corpus.files.size.toLocaleString('en-US')} files copied to ${corpus.dir} with package-relative paths`);
  if (renames || corpus.collisions) {
    console.log(`  vendored segments renamed so the CLI analyses them: ${renames || 'none'}${corpus.collisions ? `; ${corpus.collisions} files dropped on a name collision` : ''}`);
  }
  printTotals(scan);
  printCorpusTable(rows);
}

const totals = ran.reduce(
  (t, r) => ({ files: t.files + r.scan.files, lines: t.lines + r.scan.lines, bytes: t.bytes + r.scan.bytes, seconds: t.seconds + r.scan.seconds }),
  { files: 0, lines: 0, bytes: 0, seconds: 0 },
);
const rows = overallRows(engine.rules, ran.map((r) => r.rows), judgments, totals.lines);
console.log(`all corpora (${ran.map((r) => r.def.name).join(', ') || 'none'}): ${totals.files.toLocaleString('en-US')} files, ${totals.lines.toLocaleString('en-US')} lines, ${totals.seconds.toFixed(1)} s of CLI time\n`);
printTables(rows);
const silent = rows.filter((r) => r.findings === 0).map((r) => r.rule.id);
console.log(`rules with no findings in any corpus that ran (${silent.length}): ${silent.join(' ')}`);

const sampled = rows.flatMap((r) => r.sample);
const unjudged = rows.flatMap((r) => r.score.unjudged);
if (unjudged.length) console.log(`\nunjudged sampled keys (${unjudged.length}): ${unjudged.join(' ')}`);
if (args.rule) {
  const row = rows.find((r) => r.rule.id === args.rule);
  if (!row) throw new Error(`unknown rule ${args.rule}`);
  console.log('');
  printRuleSample(row, judgments);
}
if (args['write-unjudged']) console.log(`\n${writeUnjudged(JUDGMENTS, judgments, sampled)} unjudged keys written to ${path.relative(root, JUDGMENTS)}`);

mkdirSync(RESULTS, { recursive: true });
writeFileSync(path.join(RESULTS, 'noise-sample.md'), sampleMarkdown(rows, judgments));
const ruleResult = (r) => ({
  id: r.rule.id, category: r.rule.category, defaultSeverity: r.rule.defaultSeverity, findings: r.findings, per1kLines: r.per1k,
  bySeverity: r.bySeverity, sampled: r.sample.map((e) => e.key), tp: r.score.tp, fp: r.score.fp, unjudged: r.score.unjudged,
  precision: r.score.precision,
});
const corpora = ran.map(({ def, corpus, scan, rows: cr }) => ({
  name: def.name, title: def.title, dir: corpus.dir, files: corpus.files.size, bytes: corpus.bytes, renames: corpus.renames,
  collisions: corpus.collisions, scan, rules: cr.filter((r) => r.findings > 0).map(ruleResult),
}));
writeFileSync(path.join(RESULTS, 'noise.json'), JSON.stringify({
  date: new Date().toISOString(), node: process.version, corpora, missing: missing.map((m) => ({ name: m.def.name, why: m.status.why, install: m.status.install })),
  totals, rules: rows.filter((r) => r.findings > 0).map((r) => ({ ...ruleResult(r), corpora: r.corpora, failure: r.why ?? null })),
}, null, 2));
console.log('\nresults: bench/results/noise.json, sample: bench/results/noise-sample.md');

if (missing.length) {
  console.log(`\nMISSING corpora, not measured (${missing.length}):`);
  for (const { def, status } of missing) console.log(`  ${def.name} (${def.title}): ${status.why}; fetch it with: ${status.install}`);
}
const failing = rows.filter((r) => r.why);
if (ran.length === 0) {
  console.log('\nFAIL: no corpus was measured');
  process.exitCode = 1;
} else if (failing.length) {
  console.log(`\nFAIL: default-on rules below the ${100 * PRECISION_BAR}% sampled precision bar or not fully judged:`);
  for (const r of failing) console.log(`  ${r.rule.id}: ${r.why}`);
  process.exitCode = 1;
} else console.log(`\nOK: every default-on rule with findings is judged at ${100 * PRECISION_BAR}% sampled precision or more`);
