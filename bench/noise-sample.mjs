// Deterministic samples of each rule's findings, and the stable keys the
// judgments are filed under.
//
// A key hashes the rule id, the package-relative path and the trimmed text of
// the finding's line, never the line number, so a judgment survives a package
// update that only moves code. Two findings of one rule on identical lines of
// one file share a key and a verdict (they are the same decision).
//
// Sampling ranks by hashes, not a shuffled PRNG stream: a package added to or
// removed from node_modules leaves every other package's picks unchanged, so
// existing judgments stay in the sample.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

export const SAMPLE_SIZE = 20;
const SEED = 'factorguard-noise-1';
const CONTEXT = 2;
const WIDTH = 200;

const hash = (...parts) => createHash('sha256').update(parts.join('\0')).digest('hex');

export function findingKey(ruleId, pkgPath, lineText) {
  return hash(ruleId, pkgPath, lineText.trim()).slice(0, 16);
}

export const isSecretRule = (rule) => rule.category === 'secrets';

/** Long lines (bundled code) are cut to a window around the finding's column. */
function clip(text, column) {
  if (text.length <= WIDTH) return text;
  const start = Math.max(0, Math.min(column - 1 - WIDTH / 2, text.length - WIDTH));
  return `${start > 0 ? '…' : ''}${text.slice(start, start + WIDTH)}${start + WIDTH < text.length ? '…' : ''}`;
}

/**
 * ±2 lines around the finding, with likely secrets masked as a last line of
 * defence (this text is checked in). Secrets rules get no context at all: their
 * line is the secret, and only the CLI's masked message is shown.
 */
function contextOf(lines, finding, rule, redact) {
  if (isSecretRule(rule)) return null;
  const from = Math.max(0, finding.line - 1 - CONTEXT);
  const to = Math.min(lines.length, finding.line + CONTEXT);
  const out = [];
  for (let i = from; i < to; i++) out.push({ line: i + 1, text: redact(clip(lines[i], i === finding.line - 1 ? finding.column : 1)) });
  return out;
}

/** One entry per distinct key, in report order, with the context read from the corpus copy. */
export function keyedFindings(report, corpus, rules, redact) {
  const cache = new Map();
  const linesOf = (p) => {
    if (!cache.has(p)) cache.set(p, readFileSync(path.join(corpus.dir, p), 'utf8').split(/\r?\n/));
    return cache.get(p);
  };
  const byKey = new Map();
  for (const f of report.findings) {
    const file = corpus.files.get(f.path);
    const rule = rules.get(f.ruleId);
    if (!file || !rule) throw new Error(`noise: finding outside the corpus or of an unknown rule: ${f.ruleId} ${f.path}`);
    const lines = linesOf(f.path);
    const key = findingKey(f.ruleId, file.pkgPath, lines[f.line - 1] ?? '');
    const seen = byKey.get(key);
    if (seen) { seen.count++; continue; }
    byKey.set(key, {
      key, rule: f.ruleId, severity: f.severity, pkg: file.pkg, path: file.pkgPath, corpusPath: f.path, line: f.line, column: f.column,
      message: f.message, count: 1, context: contextOf(lines, f, rule, redact),
    });
  }
  return [...byKey.values()];
}

/** Up to `size` entries of one rule, round-robin over its packages in a seeded order. */
export function sampleRule(ruleId, entries, size = SAMPLE_SIZE) {
  const byPkg = new Map();
  for (const e of entries) {
    if (!byPkg.has(e.pkg)) byPkg.set(e.pkg, []);
    byPkg.get(e.pkg).push(e);
  }
  const rank = (...parts) => hash(SEED, ruleId, ...parts);
  const queues = [...byPkg.entries()]
    .sort((a, b) => rank(a[0]).localeCompare(rank(b[0])))
    .map(([, list]) => list.sort((a, b) => rank(a.key).localeCompare(rank(b.key))));
  const sample = [];
  for (let round = 0; sample.length < size && queues.some((q) => q.length > round); round++) {
    for (const q of queues) if (q.length > round && sample.length < size) sample.push(q[round]);
  }
  return sample;
}
