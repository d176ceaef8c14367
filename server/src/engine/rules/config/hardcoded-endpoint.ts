import { toEnvName, deriveEnvName } from '../../fixes/envName';
import { moveToEnvFix } from '../../fixes/builders';
import { environmentWord, isLocalOrReservedHost, isPublicApiHost } from '../../guards/hosts';
import { isMessageSink } from '../../guards/sinks';
import { displayOrigin, isDocumentationUrl, isIdentifierUrl, parseHostLiteral, parseNetworkUrl } from '../../guards/urls';
import type { StringLiteral } from '../../languages/facts';
import type { FixData, Severity } from '../../types';
import type { Rule, RuleContext } from '../rule';
import { examples } from './hardcoded-endpoint.examples';

/** Name tokens that mark a value as a service location. */
const ENDPOINT_TOKENS = new Set([
  'URL', 'URLS', 'URI', 'URIS', 'ENDPOINT', 'ENDPOINTS', 'HOST', 'HOSTS', 'HOSTNAME', 'SERVER', 'SERVERS', 'API', 'DSN',
  'ADDR', 'ADDRESS', 'DOMAIN', 'ORIGIN', 'WEBHOOK', 'CALLBACK', 'REDIRECT', 'ISSUER', 'AUTHORITY', 'BROKER',
  'BROKERS', 'GATEWAY', 'PROXY', 'UPSTREAM', 'REGISTRY', 'REMOTE', 'BACKEND', 'SERVICE', 'BASEURL', 'BASEURI',
]);
/** Tokens that mark a bare `host[:port]` literal as a host. */
const HOST_TOKENS = new Set(['HOST', 'HOSTS', 'HOSTNAME', 'SERVER', 'SERVERS', 'ADDR', 'ADDRESS', 'ENDPOINT', 'BROKER', 'BROKERS', 'DOMAIN', 'GATEWAY', 'PROXY', 'UPSTREAM']);
/** Names whose URL is documentation or identity, not configuration (also as enclosing keys). */
const NOT_CONFIG = /^(\$schema|\$id|schema|xmlns(:\w+)?|namespace|ns|homepage|repository|bugs|license|licen[cs]e_?url|docs?|documentation|help|links?|href|src|image|icon|logo|avatar|website|meta|author|funding|see|references?)$/i;
/** Calls whose first argument is the address they talk to. */
const CLIENT_CALL = /(^|\.)(fetch|get|post|put|patch|delete|head|options|request|urlopen|Request|connect|create_connection|createConnection|createClient|createPool|from_url|fromURL|URL|WebSocket|EventSource|io|got|ky|axios|superagent|needle|ClientSession|AsyncClient|Client|Session)$/;
const ENV_READ = /process\.env|import\.meta\.env|Deno\.env|os\.environ|getenv|environ\.get|config\(/;
const ENV_DEFAULT_CALL = /(^|\.)(environ\.get|getenv|environ\.setdefault|env\.get|env)$/;

function tokens(name: string | undefined): string[] {
  return name ? toEnvName(name).split('_') : [];
}

function isEnvFallback(literal: StringLiteral): boolean {
  if (literal.fallbackOf !== undefined && ENV_READ.test(literal.fallbackOf)) return true;
  return literal.call !== undefined && ENV_DEFAULT_CALL.test(literal.call.callee) && (literal.argumentIndex ?? 0) >= 1;
}

function isConfigPosition(literal: StringLiteral): boolean {
  if (literal.docstring || literal.compared || literal.binding === 'markup' || literal.binding === 'comparison') return false;
  if (literal.call && isMessageSink(literal.call)) return false;
  if (literal.name !== undefined && NOT_CONFIG.test(literal.name)) return false;
  if (literal.outerKeys?.some((key) => NOT_CONFIG.test(key))) return false;
  return !isEnvFallback(literal);
}

interface Target {
  host: string;
  shown: string;
  suffix: 'URL' | 'HOST';
  /** Host-only literals count only under a host-like name. */
  needsHostName: boolean;
}

/** What the value alone says: an endpoint candidate, before its context is looked at (cheap). */
function candidateOf(literal: StringLiteral): Target | undefined {
  const value = literal.value;
  if (value.length < 4 || value.length > 2048) return undefined;
  const url = parseNetworkUrl(value);
  if (url) {
    if (isIdentifierUrl(url) || isDocumentationUrl(url)) return undefined;
    return { host: url.host, shown: displayOrigin(url), suffix: 'URL', needsHostName: false };
  }
  if (literal.interpolated) return undefined;
  const hostPort = parseHostLiteral(value);
  return hostPort ? { host: hostPort.host, shown: value.trim(), suffix: 'HOST', needsHostName: true } : undefined;
}

/** The literal sits where configuration goes: bound to an endpoint-like name, or the address of a client call. */
function usedAsEndpoint(literal: StringLiteral, target: Target): boolean {
  const nameTokens = tokens(literal.name);
  if (target.needsHostName) return nameTokens.some((t) => HOST_TOKENS.has(t));
  if (nameTokens.some((t) => ENDPOINT_TOKENS.has(t))) return true;
  return literal.binding === 'argument' && literal.argumentIndex === 0 && literal.call !== undefined && CLIENT_CALL.test(literal.call.callee);
}

/** Test code: hint. Stable public APIs and rows of host tables (lists of known endpoints): information. */
function severityFor(context: RuleContext, literal: StringLiteral, host: string): Severity {
  if (context.isTest) return 'hint';
  return isPublicApiHost(host) || literal.tableRow ? 'info' : 'warning';
}

function fixesFor(context: RuleContext, literal: StringLiteral, target: Target): FixData[] {
  const identifier = literal.binding === 'argument' || literal.binding === 'element' ? undefined : literal.name;
  const name = deriveEnvName({ identifier, host: target.host, suffix: target.suffix, callee: literal.call?.callee });
  if (!literal.interpolated) return [moveToEnvFix(context, literal.range, literal.value, name, false)];
  // A template literal keeps its dynamic path; only its constant origin moves.
  const raw = context.text.slice(literal.start, literal.end);
  if (!raw.startsWith('`' + target.shown) || context.facts?.language === 'python') return [];
  const start = literal.start + 1;
  const range = context.index.range(start, start + target.shown.length);
  const fix = moveToEnvFix(context, range, target.shown, name, false);
  return [{ ...fix, templateSubstitution: true }];
}

function check(context: RuleContext): void {
  for (const literal of context.facts?.strings ?? []) {
    const target = candidateOf(literal);
    if (!target || isLocalOrReservedHost(target.host)) continue;
    if (!isConfigPosition(literal) || !usedAsEndpoint(literal, target)) continue;
    const subject = literal.name && literal.binding !== 'argument' ? `"${literal.name}" is set to the hardcoded endpoint` : 'Hardcoded endpoint';
    const env = environmentWord(target.host);
    const envNote = env ? ` The host names the "${env}" environment, so the value must differ per deploy.` : '';
    context.report({
      range: literal.range,
      message: `${subject} ${target.shown}; read it from the environment instead (Twelve-Factor III: Config).${envNote}`,
      severity: severityFor(context, literal, target.host),
      fixes: fixesFor(context, literal, target),
    });
  }
}

export const hardcodedEndpoint: Rule = {
  meta: {
    id: 'config/hardcoded-endpoint',
    title: 'Hardcoded service endpoint',
    category: 'config',
    reference: 'Twelve-Factor III: Config; CWE-547',
    rationale:
      'Where a service lives changes between deploys (development, staging, production) while the code does not. An address written into the code ties every build to one environment; an environment variable lets each deploy point the same build elsewhere.',
    defaultSeverity: 'warning',
    languages: ['javascript', 'typescript', 'tsx', 'python'],
    docs: 'docs/rules/config/hardcoded-endpoint.md',
    prefilter: /:\/\/|host|server|addr|endpoint|broker|domain|gateway|proxy|upstream/i,
    examples,
  },
  check,
};
