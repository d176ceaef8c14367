// Judgments of sampled findings, checked in at bench/noise-judgments.json:
//   { "<key>": { "rule": "...", "verdict": "tp" | "fp" | null, "note": "why", path, line, message, context } }
// Only rule, verdict and note are read; path, line, message and context are
// there for the person judging (and reviewing) and may go stale. A null
// verdict is unjudged. Judgments of keys no longer sampled are kept: a package
// downgrade can bring them back.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isSecretRule } from './noise-sample.mjs';

export const PRECISION_BAR = 0.9;
const DEFAULT_ON = new Set(['error', 'warning', 'info']);

/** Hint rules are nudges; every other default severity is shown as a problem. */
export const isDefaultOn = (rule) => DEFAULT_ON.has(rule.defaultSeverity);

export function loadJudgments(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
}

/** tp, fp, unjudged keys and precision (null when nothing is judged) over one rule's sample. */
export function scoreSample(sample, judgments) {
  let tp = 0;
  let fp = 0;
  const unjudged = [];
  for (const e of sample) {
    const verdict = judgments[e.key]?.verdict;
    if (verdict === 'tp') tp++;
    else if (verdict === 'fp') fp++;
    else unjudged.push(e.key);
  }
  return { tp, fp, unjudged, precision: tp + fp > 0 ? tp / (tp + fp) : null };
}

/**
 * Why a rule fails the bar, or undefined. Hint rules are nudges and never
 * fail; a default-on rule with sampled findings needs every one judged and a
 * sampled precision of at least 90%.
 */
export function failure(rule, sample, score) {
  if (!isDefaultOn(rule) || sample.length === 0) return undefined;
  if (score.unjudged.length > 0) return `${score.unjudged.length} unjudged`;
  if (score.precision < PRECISION_BAR) return `precision ${(100 * score.precision).toFixed(0)}% < ${100 * PRECISION_BAR}%`;
  return undefined;
}

/** Adds a null-verdict entry for each unjudged sampled key and rewrites the file sorted by rule, path, line. */
export function writeUnjudged(file, judgments, samples) {
  let added = 0;
  for (const e of samples) {
    if (judgments[e.key]?.verdict === 'tp' || judgments[e.key]?.verdict === 'fp') continue;
    const context = e.context?.map((c) => `${c.line}: ${c.text}`);
    judgments[e.key] = { rule: e.rule, verdict: null, note: judgments[e.key]?.note ?? '', path: e.path, line: e.line, message: e.message, ...(context ? { context } : {}) };
    added++;
  }
  const order = (k) => [judgments[k].rule, judgments[k].path ?? '', String(judgments[k].line ?? 0).padStart(7, '0')].join('\0');
  const sorted = Object.fromEntries(Object.keys(judgments).sort((a, b) => order(a).localeCompare(order(b))).map((k) => [k, judgments[k]]));
  writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
  return added;
}

/** One sampled finding as Markdown: key, place, message, verdict and (non-secret rules only) its context. */
export function entryMarkdown(e, judgment, rule) {
  const verdict = judgment?.verdict ? `**${judgment.verdict}**: ${judgment.note}` : '_unjudged_';
  const head = [`#### \`${e.key}\` ${e.path}:${e.line} (${e.severity}${e.count > 1 ? `, ${e.count} findings on identical lines` : ''})`, '', `> ${e.message}`, '', verdict, ''];
  if (isSecretRule(rule)) return [...head, '_context not shown for secrets rules_', ''].join('\n');
  const width = String(e.context.at(-1).line).length;
  const body = e.context.map((c) => `${c.line === e.line ? '>' : ' '} ${String(c.line).padStart(width)} | ${c.text}`);
  return [...head, '````', ...body, '````', ''].join('\n');
}

/** The whole sample file: one section per rule with findings. */
export function sampleMarkdown(rows, judgments) {
  const out = ['# FactorGuard noise sample', '', 'Written by `npm run bench:noise`; verdicts live in `bench/noise-judgments.json`.', ''];
  for (const row of rows) {
    if (row.sample.length === 0) continue;
    out.push(`## ${row.rule.id} (${row.findings} findings, ${row.sample.length} sampled, default ${row.rule.defaultSeverity}; docs: ${row.rule.docs})`, '');
    for (const e of row.sample) out.push(entryMarkdown(e, judgments[e.key], row.rule));
  }
  return out.join('\n');
}
