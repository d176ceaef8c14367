import type { Span, SyntaxFacts } from '../../languages/facts';
import { branchBody, type Region } from '../config/env-name-branching.body';
import { envBranchesOf } from '../config/env-name-branching.detect';
import { codeSkeleton } from '../shared/code';
import { EMBEDDED_FAMILIES, ENGINE_KEYS, engineOfCall, engineOfRubyCacheStore, engineOfValue, type Engine } from './engines';

/** One place in the code that picks a backing-service engine. */
export interface EngineSite extends Engine {
  span: Span;
}

/** A branch whose arms construct different engines of one kind. */
export interface Divergence {
  /** The development-side engine (the embedded one when there is one). */
  site: EngineSite;
  others: EngineSite[];
  /** What the branch tests: `NODE_ENV`, `Rails.env.production?`, `DEBUG`. */
  source: string;
}

function sitesOf(facts: SyntaxFacts): EngineSite[] {
  const sites: EngineSite[] = [];
  for (const call of facts.calls) {
    const engine = engineOfCall(facts, call);
    if (engine) sites.push({ ...engine, span: call.calleeSpan });
  }
  for (const s of facts.strings) {
    if (s.compared || s.interpolated || s.binding === 'comparison') continue;
    const keyed = s.name !== undefined && ENGINE_KEYS.test(s.name);
    const goDriver = s.call?.callee !== undefined && /^sql[x]?\.(Open|Connect)$/.test(s.call.callee) && s.argumentIndex === 0;
    const engine = keyed || goDriver ? engineOfValue(s.value) : undefined;
    if (engine) sites.push({ ...engine, span: s });
  }
  for (const a of facts.assignments) {
    const engine = /(^|\.)cache_store$/.test(a.target) ? engineOfRubyCacheStore(a.value.text) : undefined;
    if (engine) sites.push({ ...engine, span: a.value });
  }
  return sites;
}

/** Python `if DEBUG:` / `… if settings.DEBUG else …`: Django's usual stand-in for "this is development". */
function debugBranches(facts: SyntaxFacts, skeleton: string): { body?: Region; source: string }[] {
  if (facts.language !== 'python') return [];
  const found: { body?: Region; source: string }[] = [];
  for (const m of skeleton.matchAll(/\bif\s+(not\s+)?((?:settings\.)?DEBUG)\b/g)) {
    const start = m.index + m[0].length - m[2].length;
    found.push({ body: branchBody(facts, skeleton, { start, end: start + m[2].length }), source: m[2] });
  }
  return found;
}

/** `cond\n  ? a\n  : b;` — a ternary whose `?` starts the next line, which the shared body finder stops before. */
function ternaryAfter(skeleton: string, at: Region): Region | undefined {
  const m = /^\s*\)?\s*\?(?![?.])/.exec(skeleton.slice(at.end, at.end + 200));
  if (!m) return undefined;
  const start = at.end + m[0].length;
  let depth = 0;
  for (let i = start; i < skeleton.length; i++) {
    const c = skeleton[i];
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c) && --depth < 0) return { start, end: i };
    else if (depth === 0 && (c === ';' || skeleton.startsWith('\n\n', i))) return { start, end: i };
  }
  return { start, end: skeleton.length };
}

/** An arm that returns: the statement after it is the other arm (`if prod: return pg()` / `return sqlite()`). */
function withFallThrough(skeleton: string, body: Region): Region {
  if (!/\breturn\b/.test(skeleton.slice(body.start, body.end))) return body;
  const rest = /^[\s}]*\n([^\n]*\S[^\n]*)/.exec(skeleton.slice(body.end));
  return rest && /^\s*return\b/.test(rest[1]) ? { start: body.start, end: body.end + rest[0].length } : body;
}

function divergenceIn(sites: EngineSite[], body: Region, source: string): Divergence | undefined {
  const inside = sites.filter((s) => s.span.start >= body.start && s.span.end <= body.end);
  for (const kind of ['database', 'cache'] as const) {
    const ofKind = inside.filter((s) => s.kind === kind);
    if (new Set(ofKind.map((s) => s.family)).size < 2) continue;
    const site = ofKind.find((s) => EMBEDDED_FAMILIES.has(s.family)) ?? ofKind[0];
    return { site, others: ofKind.filter((s) => s.family !== site.family), source };
  }
  return undefined;
}

/** Branches on the environment name (or Django's DEBUG) whose arms construct different engines. */
export function codeDivergences(facts: SyntaxFacts, text: string): Divergence[] {
  const sites = sitesOf(facts);
  if (new Set(sites.map((s) => s.family)).size < 2) return [];
  const skeleton = codeSkeleton(facts, text);
  const branches = [
    ...envBranchesOf(facts, text).map((b) => ({ body: b.body ?? ternaryAfter(skeleton, b.at), source: b.source })),
    ...debugBranches(facts, skeleton),
  ];
  const found = new Map<number, Divergence>();
  for (const branch of branches) {
    const divergence = branch.body && divergenceIn(sites, withFallThrough(skeleton, branch.body), branch.source);
    if (divergence && !found.has(divergence.site.span.start)) found.set(divergence.site.span.start, divergence);
  }
  return [...found.values()];
}
