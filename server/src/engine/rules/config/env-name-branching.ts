import { toEnvName } from '../../fixes/envName';
import { isMessageSink } from '../../guards/sinks';
import { displayOrigin, isDocumentationUrl, isIdentifierUrl, parseHostLiteral, parseNetworkUrl } from '../../guards/urls';
import type { SyntaxFacts } from '../../languages/facts';
import type { Rule, RuleContext } from '../rule';
import type { Region } from './env-name-branching.body';
import { DEPLOY_NAMES, envBranchesOf, type EnvBranch } from './env-name-branching.detect';
import { examples } from './env-name-branching.examples';
import { secretKindOf } from './unsafe-env-fallback.values';

/** Build-tool configs, where NODE_ENV is the standard optimisation switch. */
const BUILD_CONFIG = /(^|\/)(webpack|vite|rollup|babel|next|jest|vitest|postcss|tailwind|esbuild|tsup|metro|craco|nuxt|astro|svelte|karma|gulpfile|gruntfile)([.-][\w.-]+)?\.(c|m)?[jt]s$|(^|\/)gulpfile\.[jt]s$/i;
/** Developer tooling a dev guard may register (B.2, G9): debug pages, docs UIs, hot reload, dotenv, log verbosity. */
const TOOLING = /DeveloperExceptionPage|UseMigrationsEndPoint|Swagger|OpenApi|UseExceptionHandler|UseHsts|WebAssemblyDebugging|BrowserLink|debug_toolbar|DebugToolbar|Telescope|Debugbar|Clockwork|dotenv|load_dotenv|Dotenv|hot|Hot|devtool|sourceMap|sourcemap|morgan|errorhandler|pretty|setLevel|loglevel|logLevel|verbose|console\.|logger|logging|web_console|better_errors|register|require/;
/** Name tokens of numeric settings. */
const NUMERIC_TOKENS = new Set(['PORT', 'TIMEOUT', 'LIMIT', 'MAX', 'MIN', 'POOL', 'RETRIES', 'RETRY', 'TTL', 'WORKERS', 'CONCURRENCY', 'CONNECTIONS', 'THREADS', 'INTERVAL']);
const HOST_TOKENS = new Set(['HOST', 'HOSTNAME', 'SERVER', 'ADDR', 'ADDRESS', 'ENDPOINT', 'BROKER', 'DOMAIN', 'GATEWAY', 'PROXY']);

function within(span: { start: number; end: number }, region: Region): boolean {
  return span.start >= region.start && span.end <= region.end;
}

function tokens(name: string | undefined): string[] {
  return name ? toEnvName(name).split('_') : [];
}

/** The first configuration value the branch body sets, described safely (never a credential). */
function configEvidence(facts: SyntaxFacts, text: string, body: Region): string | undefined {
  for (const s of facts.strings) {
    if (!within(s, body) || s.compared || s.docstring || (s.call && isMessageSink(s.call))) continue;
    const url = parseNetworkUrl(s.value);
    if (url && !isIdentifierUrl(url) && !isDocumentationUrl(url)) return url.password ? 'a URL with credentials' : displayOrigin(url);
    if (parseHostLiteral(s.value) && tokens(s.name).some((t) => HOST_TOKENS.has(t))) return s.value;
    if (s.name && s.value !== '' && secretKindOf(s.name)) return `a hardcoded ${secretKindOf(s.name)}`;
  }
  for (const a of facts.assignments) {
    const numericName = tokens(a.target.split('.').pop()).some((t) => NUMERIC_TOKENS.has(t));
    if (within(a, body) && a.value.kind === 'number' && numericName) return `${a.target} = ${a.value.text}`;
    // `const TIMEOUT_MS = env === "production" ? 2000 : 10000`: the branch is the value of a numeric setting.
    const arms = text.slice(body.start, body.end);
    if (numericName && within(body, a.value) && /^\s*[:?]?\s*\d[\d_.]*\s*(?::\s*\d[\d_.]*\s*)?;?\s*$/.test(arms)) {
      return `${a.target} = ${arms.replace(/^\s*[:?]?\s*/, '').replace(/;?\s*$/, '').replace(/\s*:\s*/, ' or ')}`;
    }
  }
  for (const call of facts.calls) {
    if (!within(call, body)) continue;
    for (const arg of call.args) {
      const named = arg.keyword !== undefined && arg.kind === 'number' && tokens(arg.keyword).some((t) => NUMERIC_TOKENS.has(t));
      if (named) return `${arg.keyword}=${arg.text}`;
      const property = arg.properties?.find((p) => p.value.kind === 'number' && tokens(p.key).some((t) => NUMERIC_TOKENS.has(t)));
      if (property) return `${property.key}: ${property.value.text}`;
    }
  }
  return undefined;
}

/** The body does nothing but enable developer tooling (or nothing at all). */
function toolingOnly(facts: SyntaxFacts, text: string, body: Region): boolean {
  const calls = facts.calls.filter((c) => within(c, body));
  const assigns = facts.assignments.filter((a) => within(a, body));
  if (calls.length === 0 && assigns.length === 0) return !/\w+\s*=[^=]/.test(text.slice(body.start, body.end));
  return assigns.length === 0 && calls.every((c) => TOOLING.test(c.callee) || TOOLING.test(text.slice(c.start, c.end)));
}

/** Calls that stop the program: a body made of them refuses to run in that environment, it configures nothing. */
const REFUSE = /^(abort|raise|fail|exit!?|sys\.exit|process\.exit|os\.Exit|panic|log\.Fatal\w*|die)$/;

/**
 * The body only refuses to run (`abort("not in production") if Rails.env.production?`) or is a lone
 * string, a label shown to people (`"[STAGING] " unless env == "production"`).
 */
function guardOrLabel(facts: SyntaxFacts, text: string, whole: Region): boolean {
  // `x if cond` / `x unless cond`: the body region is the whole line; what runs is the part before the modifier.
  const modifier = /\s(?:if|unless)\s/.exec(text.slice(whole.start, whole.end));
  const body = modifier ? { start: whole.start, end: whole.start + modifier.index } : whole;
  const code = text.slice(body.start, body.end).trim();
  if (/^raise\b|^throw\b/.test(code)) return true;
  if (facts.assignments.some((a) => within(a, body))) return false;
  const calls = facts.calls.filter((c) => within(c, body));
  if (calls.length > 0 && calls.every((c) => REFUSE.test(c.callee) || calls.some((o) => o !== c && REFUSE.test(o.callee) && within(c, o)))) return true;
  return /^(["'])(?:(?!\1)[^\\]|\\.)*\1$/s.test(code) && /[\s[\]():]/.test(code);
}

function sourceLabel(branch: EnvBranch): string {
  return /^[A-Z_]+$/.test(branch.source) ? branch.source : `${branch.source.replace(/\($/, '')}`;
}

function report(context: RuleContext, branch: EnvBranch, evidence: string | undefined): void {
  const where = `"${branch.envName}" (${sourceLabel(branch)})`;
  const message = evidence
    ? `Code branches on the environment name ${where} and sets configuration there (${evidence}); read each value from its own environment variable so every deploy runs the same code (Twelve-Factor III: Config).`
    : `Code branches on the environment name ${where}: every new environment needs a code change. Use one environment variable per setting or feature instead (Twelve-Factor III: Config).`;
  const severity = context.isTest ? 'hint' : evidence ? 'warning' : 'info';
  context.report({ range: context.index.range(branch.at.start, branch.at.end), message, severity });
}

function check(context: RuleContext): void {
  const facts = context.facts;
  if (!facts || BUILD_CONFIG.test(context.path)) return;
  const seen = new Set<number>();
  for (const branch of envBranchesOf(facts, context.text)) {
    if (branch.envName === 'test' || branch.envName === 'testing' || !branch.body || seen.has(branch.body.start)) continue;
    const evidence = configEvidence(facts, context.text, branch.body);
    // NODE_ENV checks are everywhere in libraries (dev-only warnings): only config values make them a finding.
    const informational =
      !evidence && branch.source !== 'NODE_ENV' && DEPLOY_NAMES.has(branch.envName) &&
      !toolingOnly(facts, context.text, branch.body) && !guardOrLabel(facts, context.text, branch.body);
    if (!evidence && !informational) continue;
    if (context.isTest && !evidence) continue;
    seen.add(branch.body.start);
    report(context, branch, evidence);
  }
}

export const envNameBranching: Rule = {
  meta: {
    id: 'config/env-name-branching',
    title: 'Code branches on the environment name',
    category: 'config',
    reference: 'Twelve-Factor III: Config',
    rationale:
      'Grouping settings under environment names ("production", "staging") puts deploy configuration in code: each new environment needs a code change, and values for one deploy ship to all. Separate environment variables keep one build valid everywhere.',
    defaultSeverity: 'info',
    languages: ['javascript', 'typescript', 'tsx', 'python', 'go', 'java', 'csharp', 'ruby', 'php'],
    docs: 'docs/rules/config/env-name-branching.md',
    prefilter: /prod|stag|stg|qa|uat|sandbox|demo|dev|local|Is(Production|Staging|Development|Environment)|environment\(/i,
    examples,
  },
  check,
};
