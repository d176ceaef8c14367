// `npm run bench:noise`: how noisy each rule is on real code nobody on the
// project wrote, the JavaScript and TypeScript in our own node_modules.
//   1. copies the sources with their package-relative paths (bench/noise-corpus.mjs)
//   2. runs dist/cli.js scan over them, as a user would
//   3. prints findings per rule and per 1,000 lines, and the sampled precision:
//      up to 20 findings per rule (bench/noise-sample.mjs) judged tp or fp by a
//      person in bench/noise-judgments.json (bench/noise-judgments.mjs)
// Exits 1 when a default-on rule (error, warning or info by default) has sampled
// findings below 90% precision or not yet judged. A benchmark, not a test: not
// part of `npm test`.
//   --write-unjudged  add unjudged sampled keys to the judgments file (verdict null)
//   --rule <id>       print that rule's sample
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildNoiseCorpus } from './noise-corpus.mjs';
import { loadEngineParts } from './noise-engine.mjs';
import { failure, isDefaultOn, loadJudgments, PRECISION_BAR, sampleMarkdown, scoreSample, writeUnjudged } from './noise-judgments.mjs';
import { printRuleSample, printTables, printTotals } from './noise-report.mjs';
import { keyedFindings, sampleRule } from './noise-sample.mjs';
import { timed } from './throughput.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const JUDGMENTS = path.join(root, 'bench/noise-judgments.json');
const RESULTS = path.join(root, 'bench/results');
const { values: args } = parseArgs({ options: { 'write-unjudged': { type: 'boolean' }, rule: { type: 'string' } } });

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
  const skippedKinds = Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(', ') || 'none';
  return { files, lines, bytes, seconds, skipped: report.summary.filesSkipped, skippedKinds, findings: report.findings.length, suppressed: report.summary.suppressed };
}

/** One row per rule: counts, severities as shown, sample, score and result. */
function ruleRows(rules, report, entries, judgments, lines) {
  return [...rules.values()].map((rule) => {
    const own = report.findings.filter((f) => f.ruleId === rule.id);
    const bySeverity = {};
    for (const f of own) bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1;
    // Precision is judged on what the Problems panel shows: hints (test code, nudges) are subtle editor marks only.
    const sample = sampleRule(rule.id, entries.filter((e) => e.rule === rule.id && e.severity !== 'hint'));
    const score = scoreSample(sample, judgments);
    const why = failure(rule, sample, score);
    const result = own.length === 0 ? '-' : why ? `FAIL: ${why}` : isDefaultOn(rule) ? 'ok' : 'hint rule';
    return { rule, findings: own.length, per1k: (1000 * own.length) / lines, bySeverity, sample, score, why, result };
  });
}

const engine = await loadEngineParts(root);
const corpus = buildNoiseCorpus(root, engine.vendoredPattern);
const renames = Object.entries(corpus.renames).map(([r, n]) => `${r} (${n} files)`).join(', ');
console.log(`corpus: ${corpus.files.size.toLocaleString('en-US')} JavaScript/TypeScript files from node_modules, copied to ${corpus.dir} with package-relative paths`);
console.log(`        vendored segments renamed so the CLI analyses them: ${renames || 'none'}${corpus.collisions ? `; ${corpus.collisions} files dropped on a name collision` : ''}\n`);

const { report, seconds } = runCli(corpus);
const scan = scanTotals(corpus, report, seconds);
const judgments = loadJudgments(JUDGMENTS);
const entries = keyedFindings(report, corpus, engine.rules, engine.redactLikelySecrets);
const rows = ruleRows(engine.rules, report, entries, judgments, scan.lines);

printTables(rows);
printTotals(scan);
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
const ruleResults = rows.filter((r) => r.findings > 0).map((r) => ({
  id: r.rule.id, category: r.rule.category, defaultSeverity: r.rule.defaultSeverity, findings: r.findings, per1kLines: r.per1k,
  bySeverity: r.bySeverity, sampled: r.sample.map((e) => e.key), tp: r.score.tp, fp: r.score.fp, unjudged: r.score.unjudged,
  precision: r.score.precision, failure: r.why ?? null,
}));
const corpusInfo = { dir: corpus.dir, files: corpus.files.size, bytes: corpus.bytes, renames: corpus.renames, collisions: corpus.collisions };
writeFileSync(path.join(RESULTS, 'noise.json'), JSON.stringify({ date: new Date().toISOString(), node: process.version, corpus: corpusInfo, scan, rules: ruleResults }, null, 2));
console.log('\nresults: bench/results/noise.json, sample: bench/results/noise-sample.md');

const failing = rows.filter((r) => r.why);
if (failing.length) {
  console.log(`\nFAIL: default-on rules below the ${100 * PRECISION_BAR}% sampled precision bar or not fully judged:`);
  for (const r of failing) console.log(`  ${r.rule.id}: ${r.why}`);
  process.exitCode = 1;
} else console.log(`\nOK: every default-on rule with findings is judged at ${100 * PRECISION_BAR}% sampled precision or more`);
