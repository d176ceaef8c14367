/**
 * "This literal is a backing-service locator": the one decision shared by
 * `backing/hardcoded-resource-handle` (which reports it) and the endpoint, IP
 * address and clear-text rules (which then stay silent on the same literal).
 */
import { toEnvName } from '../../fixes/envName';
import { isConfigPosition, isInMemoryLocator, isLocalLocator, locatorOf, type Locator } from '../../guards/locators';
import type { Call, StringLiteral, SyntaxFacts } from '../../languages/facts';
import type { CodeLanguage } from '../../types';
import type { AppConfigKind, ConfigValue } from './appConfig';
import { LOCATOR_KEY, SCHEME_SERVICE, SERVICE_WORDS, SERVICES, SINKS, SPRING_KEYS, type Service, type Sink } from './sinks';

export interface BackingHit {
  service: Service;
  locator: Locator;
  /** Conventional (or already environment-shaped) variable name for the fix. */
  envName: string;
  /** The API or key that receives the locator, for the message. */
  via?: string;
}

/** Name tokens that say "this is where the service is". */
const LOCATOR_WORDS = new Set(['URL', 'URI', 'URLS', 'URIS', 'HOST', 'HOSTS', 'HOSTNAME', 'ADDR', 'ADDRS', 'ADDRESS', 'ADDRESSES',
  'DSN', 'SERVER', 'SERVERS', 'ENDPOINT', 'BROKERS', 'NODES', 'NODE', 'LOCATION', 'CONNECTION', 'SEEDS']);
/** Mail settings say "email"/"mail", which also name addresses of people: only a host-like key counts. */
const MAIL_WORDS = new Set(['EMAIL', 'MAIL', 'MAILER']);
/** Services reached over HTTP: an `http(s)://` value under their name is their locator. */
const HTTP_SERVICES = new Set<Service>(['elasticsearch', 's3', 'sentry']);

function tokensOf(name: string | undefined): string[] {
  return name ? toEnvName(name).split('_') : [];
}

function serviceFromWords(words: string[], keyTokens: string[]): Service | undefined {
  for (const w of words) {
    const s = SERVICE_WORDS.get(w);
    if (s) return s;
  }
  if (words.some((w) => MAIL_WORDS.has(w)) && keyTokens.some((t) => t === 'HOST' || t === 'SERVER')) return 'smtp';
  return undefined;
}

/** A locator that is not local, not in memory and not a plain web URL for a non-HTTP service. */
function usable(value: string, service: Service | undefined): Locator | undefined {
  if (!service || isInMemoryLocator(value)) return undefined;
  const locator = locatorOf(value);
  if (!locator || isLocalLocator(locator)) return undefined;
  // Mailer DSNs that reach no server: `smtp://null` delivers nowhere, `smtp://sendmail` is the local binary.
  if (/^(smtps?|null|sendmail|native)$/i.test(locator.scheme ?? '') && /^(null|sendmail|native|default)$/i.test(locator.host)) return undefined;
  if ((locator.scheme === 'http' || locator.scheme === 'https') && !HTTP_SERVICES.has(service)) return undefined;
  return locator;
}

function envNameFor(service: Service, locator: Locator, identifier: string | undefined): string {
  const own = identifier ? toEnvName(identifier) : '';
  // Settings already shaped like variables (`CELERY_BROKER_URL`, `EMAIL_HOST`) keep their name.
  if (identifier && /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(identifier) && serviceFromWords(own.split('_'), own.split('_'))) return own;
  const info = SERVICES[service];
  return locator.url ? info.urlEnv : info.hostEnv;
}

/** Calls around a literal, innermost first: its own call, then calls whose arguments contain it. */
function callsAround(literal: StringLiteral, facts: SyntaxFacts): Call[] {
  const around = facts.calls.filter((c) => c.argsSpan.start <= literal.start && literal.end <= c.argsSpan.end && c !== literal.call);
  around.sort((a, b) => (a.argsSpan.end - a.argsSpan.start) - (b.argsSpan.end - b.argsSpan.start));
  return literal.call ? [literal.call, ...around] : around;
}

function argumentIndexIn(call: Call, literal: StringLiteral): number {
  return call.args.findIndex((a) => a.start <= literal.start && literal.end <= a.end);
}

function sinkAccepts(sink: Sink, call: Call, literal: StringLiteral, facts: SyntaxFacts): boolean {
  if (!sink.callee.test(call.callee)) return false;
  if (sink.module && ![...facts.imports.modules].some((m) => sink.module!.test(m))) return false;
  if (sink.firstArg && !(call.args[0]?.kind === 'string' && sink.firstArg.test(call.args[0].value ?? ''))) return false;
  const index = argumentIndexIn(call, literal);
  const direct = call.args[index]?.start === literal.start && call.args[index]?.keyword === undefined;
  if (direct && sink.args?.includes(index)) return true;
  const key = call.args[index]?.keyword ?? literal.name;
  return key !== undefined && (sink.keys ?? LOCATOR_KEY).test(key) && literal.binding !== 'argument';
}

function fromSinks(literal: StringLiteral, facts: SyntaxFacts, scheme: Service | undefined): { service: Service; via: string } | undefined {
  const sinks = (SINKS[facts.language as CodeLanguage] ?? []).filter((s) => !s.schemeOnly || scheme === s.service);
  for (const call of callsAround(literal, facts).slice(0, 3)) {
    const sink = sinks.find((s) => sinkAccepts(s, call, literal, facts));
    if (sink) return { service: sink.service, via: call.callee };
  }
  return undefined;
}

/** The service a code literal locates, from its client call, its scheme or its name. */
function serviceOfLiteral(literal: StringLiteral, facts: SyntaxFacts, scheme: Service | undefined): { service: Service; via?: string; schemeOnly?: boolean } | undefined {
  const sink = fromSinks(literal, facts, scheme);
  if (sink) return { service: scheme ?? sink.service, via: sink.via };
  const nameTokens = tokensOf(literal.name);
  const keyed = nameTokens.some((t) => LOCATOR_WORDS.has(t)) || (literal.name !== undefined && LOCATOR_KEY.test(literal.name));
  if (keyed && literal.binding !== 'argument') {
    const words = [...nameTokens, ...(literal.outerKeys ?? []).slice(0, 2).flatMap(tokensOf)];
    const byName = serviceFromWords(words, nameTokens);
    if (byName) return { service: scheme ?? byName };
  }
  return scheme ? { service: scheme, schemeOnly: true } : undefined;
}

/** The backing-service locator a code literal holds, or undefined. */
export function backingLiteralOf(literal: StringLiteral, facts: SyntaxFacts): BackingHit | undefined {
  if (literal.interpolated || literal.value.length < 3 || !/[.:@=]/.test(literal.value)) return undefined;
  const early = locatorOf(literal.value);
  if (!early || !isConfigPosition(literal)) return undefined;
  const scheme = early.url && early.scheme ? SCHEME_SERVICE.get(early.scheme) : undefined;
  const found = serviceOfLiteral(literal, facts, scheme);
  // A bare scheme match needs a configuration binding or a call to hand it to, not a lone element of a list.
  if (!found || (found.schemeOnly && literal.binding === 'element' && !literal.name)) return undefined;
  const locator = usable(literal.value, found.service);
  if (!locator) return undefined;
  const identifier = literal.binding === 'variable' || literal.binding === 'property' || literal.binding === 'keyword' ? literal.name : undefined;
  return { service: found.service, locator, envName: envNameFor(found.service, locator, identifier), via: found.via };
}

/** The service a key of an application config file locates. */
function serviceOfConfig(value: ConfigValue, kind: AppConfigKind, path: string): Service | undefined {
  const keyTokens = tokensOf(value.key);
  const words = value.path.split('.').flatMap(tokensOf);
  if (kind === 'spring') {
    const spring = SPRING_KEYS.find(([re]) => re.test(value.path));
    if (spring) return spring[1];
  }
  if (kind === 'dotnet' && /^ConnectionStrings\./i.test(value.path)) return serviceFromWords(keyTokens, keyTokens) ?? 'database';
  if (kind === 'rails' && /(^|\/)config\/database\.ya?ml$/.test(path) && /^(host|url)$/.test(value.key)) return 'database';
  if (kind === 'rails' && /(^|\/)config\/cable\.ya?ml$/.test(path) && value.key === 'url') return 'redis';
  const keyed = keyTokens.some((t) => LOCATOR_WORDS.has(t)) || LOCATOR_KEY.test(value.key);
  return keyed ? serviceFromWords(words, keyTokens) : undefined;
}

/** The backing-service locator a config value holds, or undefined. */
export function backingConfigOf(value: ConfigValue, kind: AppConfigKind, path: string): BackingHit | undefined {
  const early = locatorOf(value.value);
  if (!early) return undefined;
  const scheme = early.url && early.scheme ? SCHEME_SERVICE.get(early.scheme) : undefined;
  const service = serviceOfConfig(value, kind, path) ?? scheme;
  const locator = usable(value.value, service);
  if (!service || !locator) return undefined;
  return { service, locator, envName: envNameFor(service, locator, undefined), via: value.path };
}
