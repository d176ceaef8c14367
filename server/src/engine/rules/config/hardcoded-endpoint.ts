import { toEnvName, deriveEnvName } from '../../fixes/envName';
import { moveToEnvFix } from '../../fixes/builders';
import { cleartextNote } from '../../guards/cleartext';
import { commentedAsStandIn } from '../../guards/standIn';
import { environmentWord, isLocalOrReservedHost, isPublicApiHost, looksLikeRealHostname } from '../../guards/hosts';
import { isConfigPosition, isPlaceholderValue, NOT_CONFIG_NAME } from '../../guards/locators';
import { displayOrigin, isDocumentationUrl, isIdentifierUrl, parseHostLiteral, parseNetworkUrl } from '../../guards/urls';
import type { Call, StringLiteral, SyntaxFacts } from '../../languages/facts';
import type { CodeLanguage, FixData, Severity } from '../../types';
import { appConfigKind, appConfigValues, envReferenceFor, type ConfigValue } from '../backing/appConfig';
import { backingConfigOf, backingLiteralOf } from '../backing/locator';
import type { Rule, RuleContext } from '../rule';
import { CLIENTS, COMMON_CLIENTS, WRAPPERS, type ClientCall } from './hardcoded-endpoint.clients';
import { examples } from './hardcoded-endpoint.examples';

/** Name tokens that mark a value as a service location. */
const ENDPOINT_TOKENS = new Set([
  'URL', 'URLS', 'URI', 'URIS', 'ENDPOINT', 'ENDPOINTS', 'HOST', 'HOSTS', 'HOSTNAME', 'SERVER', 'SERVERS', 'API', 'DSN',
  'ADDR', 'ADDRESS', 'DOMAIN', 'ORIGIN', 'WEBHOOK', 'CALLBACK', 'REDIRECT', 'ISSUER', 'AUTHORITY', 'BROKER',
  'BROKERS', 'GATEWAY', 'PROXY', 'UPSTREAM', 'REGISTRY', 'REMOTE', 'BACKEND', 'SERVICE', 'BASEURL', 'BASEURI',
]);
/** Tokens that mark a bare `host[:port]` literal as a host. */
// `domain` is left out: a bare domain is an identity (a cookie domain, a known git host), not where a service is reached.
const HOST_TOKENS = new Set(['HOST', 'HOSTS', 'HOSTNAME', 'SERVER', 'SERVERS', 'ADDR', 'ADDRESS', 'ENDPOINT', 'BROKER', 'BROKERS', 'GATEWAY', 'PROXY', 'UPSTREAM']);
/** Name tokens of links meant for a person to open (install pages, help, support), not for the code to call. */
const HUMAN_LINK_TOKENS = new Set(['INSTALL', 'HELP', 'DOCS', 'DOC', 'DOCUMENTATION', 'WIKI', 'MAILING', 'BUG', 'TRACKER', 'FUNDING', 'SUPPORT', 'FEEDBACK', 'LEARN', 'CONTACT', 'PRIVACY', 'TERMS', 'CHANGELOG', 'HOMEPAGE', 'STORE']);

function tokens(name: string | undefined): string[] {
  return name ? toEnvName(name).split('_') : [];
}

/** What an endpoint rule reports about a literal or config value. */
export interface EndpointHit {
  host: string;
  shown: string;
  suffix: 'URL' | 'HOST';
}

interface Target extends EndpointHit {
  /** Host-only literals count only under a host-like name or in a call that takes a host. */
  needsHostName: boolean;
  /** A site's home page (`https://www.lua.org/`, `https://wren.io`): a link when the name is just `url`. */
  siteRoot?: boolean;
}

/** No path, on `www.` or a bare registered domain: the address of a web site, not of an API. */
function isSiteRoot(host: string, port: number | undefined, rest: string): boolean {
  // A port or a private suffix (`search.internal:9200`) is a service, not a public site.
  if ((rest !== '' && rest !== '/') || port !== undefined || /\.(internal|local|lan|corp|svc|consul|intranet|private)$/.test(host)) return false;
  return host.startsWith('www.') || host.split('.').length === 2;
}

/** What the value alone says: an endpoint candidate, before its context is looked at (cheap). */
/** A static asset (a CDN script or stylesheet, an image): content to load, not a service that moves per deploy. */
const ASSET_PATH = /\.(m?js|css|png|jpe?g|gif|svg|ico|webp|woff2?|ttf)$/i;

function candidateOf(value: string, interpolated: boolean): Target | undefined {
  if (value.length < 4 || value.length > 2048) return undefined;
  const url = parseNetworkUrl(value);
  if (url) {
    if (isIdentifierUrl(url) || isDocumentationUrl(url) || ASSET_PATH.test(url.rest.replace(/[?#].*$/, ''))) return undefined;
    // Never show credentials: scheme, host and port only.
    const shown = displayOrigin({ ...url, user: undefined, password: undefined });
    return { host: url.host, shown, suffix: 'URL', needsHostName: false, siteRoot: isSiteRoot(url.host, url.port, url.rest) };
  }
  if (interpolated) return undefined;
  const hostPort = parseHostLiteral(value);
  return hostPort ? { host: hostPort.host, shown: value.trim(), suffix: 'HOST', needsHostName: true } : undefined;
}

/** The argument index of `literal` (or of the wrapper call holding it) in `call`. */
function indexIn(call: Call, start: number, end: number): number {
  return call.args.findIndex((a) => a.start <= start && end <= a.end);
}

function clientAccepts(client: ClientCall, call: Call, index: number, target: Target): boolean {
  if (index !== client.arg || !client.callee.test(call.callee)) return false;
  if (client.after && !client.after.test(call.args[index - 1]?.text ?? '')) return false;
  return !target.needsHostName || client.hostOk === true;
}

/** The literal (or the `new Uri(…)` wrapping it) is the address argument of a network client. */
function passedToClient(literal: StringLiteral, facts: SyntaxFacts, target: Target): boolean {
  const clients = [...COMMON_CLIENTS, ...(CLIENTS[facts.language as CodeLanguage] ?? [])];
  const call = literal.call;
  if (!call || literal.binding !== 'argument') return false;
  if (clients.some((c) => clientAccepts(c, call, literal.argumentIndex ?? -1, target))) return true;
  if (!WRAPPERS.test(call.callee) || literal.argumentIndex !== 0) return false;
  return wrapperReceiver(call, facts, clients, target);
}

/** `client.BaseAddress = new Uri(…)`, `new HttpClient { BaseAddress = new Uri(…) }`, `Net::HTTP.get(URI(…))`. */
function wrapperReceiver(wrapper: Call, facts: SyntaxFacts, clients: ClientCall[], target: Target): boolean {
  const outer = facts.calls.find((c) => c !== wrapper && c.argsSpan.start <= wrapper.start && wrapper.end <= c.argsSpan.end);
  if (outer) {
    const index = indexIn(outer, wrapper.start, wrapper.end);
    const keyword = outer.args[index]?.keyword;
    if (keyword !== undefined) return tokens(keyword).some((t) => ENDPOINT_TOKENS.has(t));
    if (clients.some((c) => clientAccepts(c, outer, index, target))) return true;
  }
  const assigned = facts.assignments.find((a) => a.value.start === wrapper.start);
  return assigned !== undefined && tokens(assigned.target.slice(assigned.target.lastIndexOf('.') + 1)).some((t) => ENDPOINT_TOKENS.has(t));
}

/** The literal sits where configuration goes: bound to an endpoint-like name, or the address of a client call. */
function usedAsEndpoint(literal: StringLiteral, facts: SyntaxFacts, target: Target): boolean {
  const nameTokens = tokens(literal.name);
  if (literal.binding !== 'argument') {
    // `url = 'https://www.lua.org/'` (project metadata): a home page under a bare `url` name is a link.
    if (target.siteRoot && nameTokens.join('_') === 'URL') return false;
    if (nameTokens.some((t) => (target.needsHostName ? HOST_TOKENS : ENDPOINT_TOKENS).has(t))) return true;
  }
  return passedToClient(literal, facts, target);
}

/** The literal is an address in a configuration use (endpoint-like name or client argument), wherever its host points. */
export function usedAsEndpointLiteral(literal: StringLiteral, facts: SyntaxFacts): boolean {
  const target = candidateOf(literal.value, literal.interpolated);
  return target !== undefined && usedAsEndpoint(literal, facts, target);
}

/**
 * The endpoint `config/hardcoded-endpoint` reports for this literal, or
 * undefined. Backing-service locators belong to `backing/hardcoded-resource-handle`.
 */
export function endpointLiteralOf(literal: StringLiteral, facts: SyntaxFacts): EndpointHit | undefined {
  const target = candidateOf(literal.value, literal.interpolated);
  if (!target || isLocalOrReservedHost(target.host)) return undefined;
  if (!isConfigPosition(literal) || !usedAsEndpoint(literal, facts, target)) return undefined;
  return backingLiteralOf(literal, facts) ? undefined : target;
}

/** The endpoint reported for an application config value (URL or host under a URL/host-like key), or undefined. */
export function endpointConfigOf(value: ConfigValue, context: Pick<RuleContext, 'path' | 'language' | 'text'>): EndpointHit | undefined {
  if (isPlaceholderValue(value.value) || NOT_CONFIG_NAME.test(value.key)) return undefined;
  const target = candidateOf(value.value, false);
  if (!target || isLocalOrReservedHost(target.host)) return undefined;
  const keyTokens = tokens(value.key);
  if (!keyTokens.some((t) => (target.needsHostName ? HOST_TOKENS : ENDPOINT_TOKENS).has(t))) return undefined;
  const kind = appConfigKind(context);
  return kind && backingConfigOf(value, kind, context.path) ? undefined : target;
}

const PRIVATE_SUFFIX = /\.(internal|local|lan|corp|svc|consul|intranet|private|localdomain|cluster\.local)$/i;

/** `api.mandrillapp.com` → `mandrill`: the vendor's name in a host, without a trailing app/hq/api word. */
function vendorLabel(host: string): string | undefined {
  const labels = host.toLowerCase().split('.');
  // A public name only: `search.internal` is the app's own service, whatever the file is called.
  if (labels.length < 2 || !looksLikeRealHostname(host) || PRIVATE_SUFFIX.test(host)) return undefined;
  const label = labels[labels.length - 2]!.replace(/(app|hq|api|hook|hooks)$/, '');
  return label.length >= 4 ? label : undefined;
}

/**
 * A vendor's own client (`MandrillHandler.php` calling mandrillapp.com, `FleepHookHandler` on fleep.io): the
 * host is that service's public API, the same in every deploy. A host naming an environment is still config.
 */
function isVendorClient(path: string, host: string): boolean {
  const vendor = vendorLabel(host);
  const file = path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '').toLowerCase().replace(/[^a-z0-9]/g, '');
  return vendor !== undefined && file.includes(vendor) && environmentWord(host) === undefined;
}

/**
 * Test code: hint. Not reported at all: stable public APIs (the same address in
 * every deploy), a vendor's own client and rows of host tables (a library's list of known services is data).
 */
function severityFor(context: RuleContext, host: string, tableRow?: boolean): Severity | undefined {
  if (isPublicApiHost(host) || tableRow || isVendorClient(context.path, host)) return undefined;
  return context.isTest ? 'hint' : 'warning';
}

/** Name tokens of identifiers that look like URLs (`PROTOCOL_URI`, `NAMESPACE_URL`): sent or compared, never dialled. */
const IDENTIFIER_TOKENS = new Set(['PROTOCOL', 'NAMESPACE', 'NS', 'SCHEMA', 'XMLNS']);

function isHumanLink(name: string | undefined): boolean {
  return tokens(name).some((t) => HUMAN_LINK_TOKENS.has(t) || IDENTIFIER_TOKENS.has(t));
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

function message(subject: string, value: string, target: EndpointHit): string {
  const env = environmentWord(target.host);
  const envNote = env ? ` The host names the "${env}" environment, so the value must differ per deploy.` : '';
  const clear = cleartextNote(value, target);
  return `${subject} ${target.shown}; read it from the environment instead (Twelve-Factor III: Config).${envNote}${clear}`;
}

function checkCode(context: RuleContext, facts: SyntaxFacts): void {
  for (const literal of facts.strings) {
    const target = endpointLiteralOf(literal, facts);
    const severity = target && !isHumanLink(literal.name) && !commentedAsStandIn(facts, literal) ? severityFor(context, target.host, literal.tableRow) : undefined;
    if (!target || !severity) continue;
    const subject = literal.name && literal.binding !== 'argument' ? `"${literal.name}" is set to the hardcoded endpoint` : 'Hardcoded endpoint';
    context.report({
      range: literal.range,
      message: message(subject, literal.value, target),
      severity,
      fixes: fixesFor(context, literal, target as Target),
    });
  }
}

function checkConfig(context: RuleContext): void {
  const kind = appConfigKind(context);
  if (!kind) return;
  for (const value of appConfigValues(context)) {
    const target = endpointConfigOf(value, context);
    const severity = target && severityFor(context, target.host);
    if (!target || !severity) continue;
    const replacement = envReferenceFor(kind, context.language);
    const name = deriveEnvName({ identifier: value.path.replace(/\[\d+\]/g, ''), host: target.host, suffix: target.suffix });
    context.report({
      range: context.index.range(value.start, value.end),
      message: message(`"${value.path}" is set to the hardcoded endpoint`, value.value, target),
      severity,
      fixes: replacement ? [{ ...moveToEnvFix(context, value.range, value.value, name, false), replacement }] : [],
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
    languages: ['javascript', 'typescript', 'tsx', 'python', 'go', 'java', 'csharp', 'ruby', 'php', 'properties', 'yaml', 'json'],
    docs: 'docs/rules/config/hardcoded-endpoint.md',
    prefilter: /:\/\/|host|server|addr|endpoint|broker|domain|gateway|proxy|upstream/i,
    examples,
  },
  check(context) {
    if (context.facts) checkCode(context, context.facts);
    else checkConfig(context);
  },
};
