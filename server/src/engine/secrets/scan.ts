import type { LineIndex } from '../text';
import type { Severity } from '../types';
import { DETECTORS } from './detectors';
import { GENERIC_PREFILTER, genericHits, GENERIC_RULE_ID } from './generic/detector';
import { shannonEntropy } from './entropy';
import type { ScanInput, SecretHit } from './hits';
import { isLowDiversity, isPlaceholder } from './placeholders';
import { PROVIDERS } from './providers';
import type { ProviderSpec, TokenPattern } from './spec';

export const ruleIdOf = (spec: ProviderSpec): string => `secrets/${spec.id}`;

const LOWER: Record<Severity, Severity> = { error: 'warning', warning: 'info', info: 'hint', hint: 'hint' };

/**
 * Every provider keyword, indexed by its first three characters, so one pass
 * over the text finds which keywords occur (instead of one search per keyword).
 */
class KeywordIndex {
  private readonly byPrefix = new Map<number, string[]>();
  /** Keywords shorter than three characters are searched for directly. */
  private readonly short: string[] = [];

  constructor(keywords: Iterable<string>) {
    for (const k of new Set(keywords)) {
      if (k.length < 3) {
        this.short.push(k);
        continue;
      }
      const key = (k.charCodeAt(0) << 16) | (k.charCodeAt(1) << 8) | k.charCodeAt(2);
      const list = this.byPrefix.get(key);
      if (list) list.push(k);
      else this.byPrefix.set(key, [k]);
    }
  }

  present(lower: string): Set<string> {
    const found = new Set<string>();
    for (const k of this.short) if (lower.includes(k)) found.add(k);
    const n = lower.length - 2;
    let key = n > 0 ? (lower.charCodeAt(0) << 8) | lower.charCodeAt(1) : 0;
    for (let i = 0; i < n; i++) {
      key = ((key << 8) | lower.charCodeAt(i + 2)) & 0xffffff;
      if (lower.charCodeAt(i) > 0xff || lower.charCodeAt(i + 1) > 0xff || lower.charCodeAt(i + 2) > 0xff) continue;
      const candidates = this.byPrefix.get(key);
      if (!candidates) continue;
      for (const k of candidates) if (!found.has(k) && lower.startsWith(k, i)) found.add(k);
    }
    return found;
  }
}

let keywordIndex: KeywordIndex | undefined;

function presentKeywords(lower: string): Set<string> {
  keywordIndex ??= new KeywordIndex(PROVIDERS.flatMap((p) => [...p.keywords, ...p.patterns.flatMap((t) => t.keywords ?? [])]));
  return keywordIndex.present(lower);
}

function keywordsPresent(found: ReadonlySet<string>, keywords: readonly string[]): boolean {
  for (const k of keywords) if (found.has(k)) return true;
  return false;
}

/** The part of a token after its fixed prefix, for diversity checks. */
function tokenBody(secret: string): string {
  const m = /^(?:[A-Za-z]{2,12}[_-](?:[A-Za-z0-9]{1,8}[_-])?|[A-Z]{4})/.exec(secret);
  return m ? secret.slice(m[0].length) : secret;
}

function matchPattern(spec: ProviderSpec, pattern: TokenPattern, input: ScanInput, out: SecretHit[]): void {
  const regex = new RegExp(pattern.regex.source, pattern.regex.flags.includes('g') ? pattern.regex.flags : pattern.regex.flags + 'g');
  for (let m = regex.exec(input.text); m; m = regex.exec(input.text)) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    const secret = m.groups?.secret ?? m[0];
    if (!secret) continue;
    const offset = m.groups?.secret !== undefined ? m.index + m[0].lastIndexOf(secret) : m.index;
    if (isPlaceholder(secret)) continue;
    if (pattern.minEntropy !== undefined && shannonEntropy(secret) < pattern.minEntropy) continue;
    const validation = pattern.validate ? pattern.validate(secret) : true;
    if (validation === false) continue;
    if (validation !== 'unverified' && isLowDiversity(tokenBody(secret))) continue;
    const severity = pattern.severity ?? 'error';
    const hit: SecretHit = {
      ruleId: ruleIdOf(spec),
      name: pattern.name,
      start: offset,
      end: offset + secret.length,
      value: secret,
      severity: validation === 'unverified' ? LOWER[severity] : severity,
      priority: validation === 'verified' ? 0 : severity === 'error' ? 1 : 3,
    };
    if (validation === 'verified') hit.qualifier = 'verified format';
    if (validation === 'unverified') hit.qualifier = 'probably a fake or test token: its checksum or structure does not verify';
    out.push(hit);
  }
}

function providerHits(input: ScanInput): SecretHit[] {
  const out: SecretHit[] = [];
  const found = presentKeywords(input.lower);
  if (found.size === 0) return out;
  for (const spec of PROVIDERS) {
    if (!keywordsPresent(found, spec.keywords)) continue;
    for (const pattern of spec.patterns) {
      if (pattern.keywords && !keywordsPresent(found, pattern.keywords)) continue;
      matchPattern(spec, pattern, input, out);
    }
  }
  return out;
}

/** Keeps the best of overlapping hits: lowest priority number, then the longest. */
export function resolveOverlaps(hits: SecretHit[]): SecretHit[] {
  const ranked = [...hits].sort((a, b) => a.priority - b.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: SecretHit[] = [];
  for (const hit of ranked) {
    if (kept.some((k) => hit.start < k.end && k.start < hit.end)) continue;
    kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Every secret in a file: provider formats, structural detectors, then the
 * generic name-and-entropy detector, overlaps resolved. In test code known
 * formats drop one severity level and generic findings are dropped.
 */
export function scanSecrets(input: Omit<ScanInput, 'lower'>): SecretHit[] {
  const full: ScanInput = { ...input, lower: input.text.toLowerCase() };
  const hits = providerHits(full);
  for (const detector of DETECTORS) {
    if (detector.applies(full)) hits.push(...detector.detect(full));
  }
  if (GENERIC_PREFILTER.test(input.text)) hits.push(...genericHits(full));
  let kept = resolveOverlaps(hits);
  if (input.isTest) {
    kept = kept.filter((h) => h.ruleId !== GENERIC_RULE_ID).map((h) => ({ ...h, severity: LOWER[h.severity] }));
  }
  return kept;
}

/** One scan per analysis and per kind of input: text only (the quick pass), or with syntax facts. */
const cache = new WeakMap<LineIndex, { text?: SecretHit[]; facts?: SecretHit[] }>();

/**
 * `scanSecrets` once per analysis: every secrets rule of one file shares the
 * result. A code file is first scanned as text; only when that finds
 * something is it parsed and scanned again with its syntax facts.
 */
export function secretsOf(input: Omit<ScanInput, 'lower'>): SecretHit[] {
  let entry = cache.get(input.index);
  if (!entry) {
    entry = {};
    cache.set(input.index, entry);
  }
  const slot = input.facts ? 'facts' : 'text';
  return (entry[slot] ??= scanSecrets(input));
}
