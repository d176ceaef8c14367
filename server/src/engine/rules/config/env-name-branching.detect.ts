import type { SyntaxFacts } from '../../languages/facts';
import { codeSkeleton } from '../shared/code';
import { envReadsOf } from '../shared/envReads';
import { blockAt, branchBody, type Region } from './env-name-branching.body';

/** Variables that hold the name of the deploy environment. */
const ENV_SOURCES = new Set([
  'NODE_ENV', 'APP_ENV', 'ENV', 'ENVIRONMENT', 'STAGE', 'DEPLOY_ENV', 'RAILS_ENV', 'RACK_ENV', 'FLASK_ENV',
  'ASPNETCORE_ENVIRONMENT', 'DOTNET_ENVIRONMENT', 'SPRING_PROFILES_ACTIVE', 'GO_ENV', 'VERCEL_ENV', 'APP_STAGE',
  'DJANGO_ENV', 'ENVIRONMENT_NAME', 'RUNTIME_ENV',
]);
/** Environment names; the first group names deploys, the second local work. */
export const DEPLOY_NAMES = new Set(['production', 'prod', 'staging', 'stage', 'stg', 'qa', 'uat', 'preprod', 'sandbox', 'demo']);
const LOCAL_NAMES = new Set(['development', 'dev', 'local', 'test', 'testing']);
/** Framework expressions that are the environment name (compared with `==`). */
const FRAMEWORK = String.raw`(?:Rails\.env|App::environment\(\)|app\(\)->environment\(\)|app\.env|app\.config\[\s*["']ENV["']\s*\]|(?:\w+\.)?Environment\.EnvironmentName)`;
const FRAMEWORK_BEFORE = new RegExp(String.raw`(?<![\w.])${FRAMEWORK}$`);
const FRAMEWORK_AFTER = new RegExp(String.raw`^${FRAMEWORK}(?![\w.(\[])`);
/** Framework predicates: `Rails.env.production?`, `app.Environment.IsProduction()`, `app()->environment('production')`. */
const PREDICATES: { callee: RegExp; fromArgument: boolean }[] = [
  { callee: /^Rails\.env\.(\w+)\?$/, fromArgument: false },
  { callee: /(?:^|\.)(?:Environment|Env|env|HostingEnvironment|environment|hostEnvironment|HostEnvironment)\.Is(Production|Staging|Development)$/, fromArgument: false },
  { callee: /(?:^|\.)Is(Production|Staging|Development)$/, fromArgument: false },
  { callee: /(?:^|\.)IsEnvironment$/, fromArgument: true },
  { callee: /^(?:app\(\)\.|App(?:::|\.))environment$/, fromArgument: true },
];

/** One place where code takes a path by the name of the environment it runs in. */
export interface EnvBranch {
  /** The comparison literal, the predicate call, or the switch subject. */
  at: Region;
  envName: string;
  /** `NODE_ENV`, `Rails.env`, `IsProduction()`… */
  source: string;
  body?: Region;
}

export function isEnvName(value: string): boolean {
  const v = value.toLowerCase();
  return DEPLOY_NAMES.has(v) || LOCAL_NAMES.has(v);
}

/** Local names that hold an environment name: `const env = process.env.NODE_ENV || "development"`. */
function aliasesOf(facts: SyntaxFacts, text: string): Map<string, string> {
  const sources = envReadsOf(facts, text).filter((r) => ENV_SOURCES.has(r.name));
  const aliases = new Map<string, string>();
  // No read of an environment-name variable, no alias: skip computing every assignment's value.
  if (sources.length === 0) return aliases;
  for (const a of facts.assignments) {
    const read = sources.find((r) => r.span.start >= a.value.start && r.span.end <= a.value.end);
    if (read && /^[\w$]+$/.test(a.target.replace(/^\$/, '')) && !/[=!]=|\?/.test(a.value.text.replace(/\?\?/g, ''))) {
      aliases.set(a.target, read.name);
    }
  }
  return aliases;
}

/** The environment-name source that ends at (`left`) or starts at (`right`) an offset, if any. */
function sourceAt(facts: SyntaxFacts, text: string, skeleton: string, offset: number, left: boolean, aliases: Map<string, string>): string | undefined {
  const read = envReadsOf(facts, text).find((r) => ENV_SOURCES.has(r.name) && (left ? r.expression.end === offset || r.span.end === offset : r.span.start === offset));
  if (read) return read.name;
  const raw = left ? text.slice(Math.max(0, offset - 60), offset) : text.slice(offset, offset + 60);
  const framework = (left ? FRAMEWORK_BEFORE : FRAMEWORK_AFTER).exec(raw);
  if (framework) return framework[0];
  const window = left ? skeleton.slice(Math.max(0, offset - 60), offset) : skeleton.slice(offset, offset + 60);
  const name = left ? /(?<![\w$.])(\$?[A-Za-z_][\w$]*)$/.exec(window) : /^(\$?[A-Za-z_][\w$]*)(?![\w$.(])/.exec(window);
  return name ? aliases.get(name[1]) : undefined;
}

const LEFT_OPERATOR = /(===|!==|==|!=|<=>|\beq|\.equals\(|\.Equals\(|\.equalsIgnoreCase\()\s*$/;
const RIGHT_OPERATOR = /^\s*(===|!==|==|!=|\.equals\(|\.Equals\(|\.equalsIgnoreCase\()\s*/;

function comparisons(facts: SyntaxFacts, text: string, skeleton: string): EnvBranch[] {
  const aliases = aliasesOf(facts, text);
  const found: EnvBranch[] = [];
  for (const literal of facts.strings) {
    if (!isEnvName(literal.value) || literal.interpolated) continue;
    const before = LEFT_OPERATOR.exec(skeleton.slice(Math.max(0, literal.start - 20), literal.start));
    const after = RIGHT_OPERATOR.exec(skeleton.slice(literal.end, literal.end + 24));
    let source: string | undefined;
    if (before) source = sourceAt(facts, text, skeleton, trimEnd(skeleton, literal.start - before[0].length), true, aliases);
    if (!source && after) source = sourceAt(facts, text, skeleton, literal.end + after[0].length, false, aliases);
    if (!source) continue;
    const at = { start: literal.start, end: literal.end };
    found.push({ at, envName: literal.value.toLowerCase(), source, body: branchBody(facts, skeleton, at) });
  }
  return found;
}

function trimEnd(text: string, offset: number): number {
  while (offset > 0 && /\s/.test(text[offset - 1])) offset--;
  return offset;
}

function predicates(facts: SyntaxFacts, skeleton: string): EnvBranch[] {
  const found: EnvBranch[] = [];
  for (const call of facts.calls) {
    const predicate = PREDICATES.map((p) => ({ p, m: p.callee.exec(call.callee) })).find((x) => x.m);
    if (!predicate?.m) continue;
    const envName = predicate.p.fromArgument ? call.args[0]?.value : predicate.m[1];
    if (!envName || !isEnvName(envName)) continue;
    const at = { start: call.start, end: call.end };
    found.push({ at, envName: envName.toLowerCase(), source: call.callee, body: branchBody(facts, skeleton, at) });
  }
  return found;
}

/** `switch (process.env.APP_ENV) { case "staging": … }` in the brace languages. */
function switches(facts: SyntaxFacts, text: string, skeleton: string): EnvBranch[] {
  const aliases = aliasesOf(facts, text);
  const found: EnvBranch[] = [];
  for (const m of skeleton.matchAll(/\bswitch\s*\(?\s*/g)) {
    const subject = m.index + m[0].length;
    const source = sourceAt(facts, text, skeleton, subject, false, aliases);
    if (!source) continue;
    const open = skeleton.indexOf('{', subject);
    const body = open >= 0 ? blockAt(skeleton, open) : undefined;
    const names = facts.strings.filter((s) => body && s.start > body.start && s.end < body.end && isEnvName(s.value));
    if (names.length === 0) continue;
    found.push({ at: { start: subject, end: subject + source.length }, envName: names[0].value.toLowerCase(), source, body });
  }
  return found;
}

/** Every branch on an environment name in a code file. */
export function envBranchesOf(facts: SyntaxFacts, text: string): EnvBranch[] {
  // Two rules ask per analysis (env-name branching and parity); facts live for one analysis, so this never goes stale.
  let branches = branchCache.get(facts);
  if (branches === undefined) {
    const skeleton = codeSkeleton(facts, text);
    branches = [...comparisons(facts, text, skeleton), ...predicates(facts, skeleton), ...switches(facts, text, skeleton)];
    branchCache.set(facts, branches);
  }
  return branches;
}

const branchCache = new WeakMap<SyntaxFacts, EnvBranch[]>();
