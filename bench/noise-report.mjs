// Terminal output of the noise bench: each corpus's rules with findings, the
// overall per-rule tables, and one rule's sample.
import { entryMarkdown } from './noise-judgments.mjs';

const int = (n) => n.toLocaleString('en-US');
const fixed = (n, digits) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

const precision = (r) => (r.score.precision === null ? '-' : `${fixed(100 * r.score.precision, 0)}%`);

const CORPUS_COLUMNS = [
  ['rule', (r) => r.rule.id, 'left'],
  ['findings', (r) => int(r.findings)],
  ['/1k lines', (r) => fixed(r.per1k, 3)],
  ['default', (r) => r.rule.defaultSeverity, 'left'],
  // What users see: test code lowers findings, and some rules report
  // well-known hosts at info. error/warning/info/hint.
  ['shown e/w/i/h', (r) => ['error', 'warning', 'info', 'hint'].map((s) => r.bySeverity[s] ?? 0).join('/')],
  ['in tests', (r) => int(r.inTests)],
  ['sampled', (r) => String(r.sample.length)],
  ['tp', (r) => String(r.score.tp)],
  ['fp', (r) => String(r.score.fp)],
  ['unjudged', (r) => String(r.score.unjudged.length)],
  ['precision', precision],
];

const COLUMNS = [
  ...CORPUS_COLUMNS,
  ['result', (r) => r.result, 'left'],
  ['corpora', (r) => r.corpora.join(' '), 'left'],
];

function printTable(title, rows, columns = COLUMNS) {
  console.log(title);
  const cells = rows.map((r) => columns.map(([, get]) => get(r)));
  const widths = columns.map(([name], i) => Math.max(name.length, ...cells.map((c) => c[i].length)));
  const line = (values) => `  ${values.map((v, i) => (columns[i][2] === 'left' ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ')}`.trimEnd();
  console.log(line(columns.map(([name]) => name)));
  for (const c of cells) console.log(line(c));
  console.log('');
}

/** One corpus: the rules with findings in it, and that corpus's sample of each. */
export function printCorpusTable(rows) {
  const hit = rows.filter((r) => r.findings > 0);
  if (hit.length === 0) console.log('  no findings\n');
  else printTable('', hit, CORPUS_COLUMNS);
}

/** The overall tables: non-secret rules (all of them), then secrets rules with findings. */
export function printTables(rows) {
  printTable('Twelve-factor rules, all corpora', rows.filter((r) => r.rule.category !== 'secrets'));
  const secrets = rows.filter((r) => r.rule.category === 'secrets');
  const hit = secrets.filter((r) => r.findings > 0);
  printTable(`Secrets rules (${secrets.length - hit.length} more with no findings)`, hit);
}

export function printTotals(scan) {
  const mb = fixed(scan.bytes / 1048576, 1);
  const kinds = Object.entries(scan.kinds).map(([k, n]) => `${n} ${k}`).join(', ') || 'none';
  console.log(`  ${int(scan.files)} files scanned (${int(scan.skipped)} skipped by the CLI: ${kinds}), ${int(scan.lines)} lines, ${mb} MB, ${fixed(scan.seconds, 1)} s (CLI wall clock)`);
  console.log(`  ${int(scan.findings)} findings, ${int(scan.suppressed)} suppressed by comments in the packages`);
}

/** --rule <id>: the sample of one rule, as in the Markdown file. */
export function printRuleSample(row, judgments) {
  console.log(`sample of ${row.rule.id}: ${row.sample.length} of ${int(row.findings)} findings (docs: ${row.rule.docs})\n`);
  for (const e of row.sample) console.log(entryMarkdown(e, judgments[e.key], row.rule));
}
