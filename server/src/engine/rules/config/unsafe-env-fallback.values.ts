import { toEnvName } from '../../fixes/envName';
import { isLocalOrReservedHost, isPublicApiHost } from '../../guards/hosts';
import { displayOrigin, isDocumentationUrl, isIdentifierUrl, parseHostLiteral, parseNetworkUrl } from '../../guards/urls';

/** What a fallback value is, when it is unsafe. */
export type UnsafeValue =
  | { kind: 'credential'; what: string }
  | { kind: 'endpoint'; shown: string; host: string };

/** Final name tokens that make a variable a secret. */
const SECRET_LAST = new Set(['PASSWORD', 'PASSWD', 'PASS', 'PWD', 'SECRET', 'TOKEN', 'CREDENTIALS', 'PASSPHRASE', 'SALT']);
/** `…_KEY` is a secret only after one of these (`API_KEY`, not `CACHE_KEY`). */
const SECRET_KEY_PREFIX = new Set(['API', 'SECRET', 'PRIVATE', 'ACCESS', 'AUTH', 'SIGNING', 'ENCRYPTION', 'MASTER', 'CLIENT', 'APP', 'JWT', 'SESSION', 'HMAC', 'ENCRYPT', 'WEBHOOK']);
const SECRET_EXACT = new Set(['SECRET_KEY_BASE', 'APIKEY', 'API_KEY']);
/** Tokens naming where a value lives. */
const HOST_TOKENS = new Set(['URL', 'URI', 'HOST', 'HOSTNAME', 'SERVER', 'ADDR', 'ADDRESS', 'ENDPOINT', 'BROKER', 'BROKERS', 'DOMAIN', 'GATEWAY', 'PROXY', 'UPSTREAM', 'DSN', 'ORIGIN', 'BASE']);

/** The kind of secret a variable name holds (`password`, `secret`, `token`, `key`), if it holds one. */
export function secretKindOf(name: string): string | undefined {
  const env = toEnvName(name);
  const tokens = env.split('_');
  const last = tokens[tokens.length - 1];
  if (SECRET_EXACT.has(env)) return env === 'SECRET_KEY_BASE' ? 'secret' : 'API key';
  if (SECRET_LAST.has(last)) return last === 'PASSWD' || last === 'PASS' || last === 'PWD' ? 'password' : last.toLowerCase();
  const prefix = tokens[tokens.length - 2];
  if (last === 'KEY' && prefix !== undefined && SECRET_KEY_PREFIX.has(prefix)) return prefix === 'API' ? 'API key' : `${prefix.toLowerCase()} key`;
  return undefined;
}

/** Values that are no credential at all: booleans, numbers, env-var names, interpolations. */
function notACredential(value: string): boolean {
  return /^(true|false|null|nil|none|undefined|0|1|-?\d+)$/i.test(value) || /^\$\{?|^%\w+%$|\{\{/.test(value) || value.trim() === '';
}

/**
 * Why a default is unsafe: a credential under a secret-like name, a URL with
 * a password, or an address of a non-local, non-public host. Loopback,
 * reserved and public-API hosts, numbers, booleans and empty strings are fine.
 */
export function unsafeFallback(name: string, value: string): UnsafeValue | undefined {
  const secret = secretKindOf(name);
  if (secret && !notACredential(value)) return { kind: 'credential', what: secret };
  const url = parseNetworkUrl(value);
  if (url) {
    if (url.password) return { kind: 'credential', what: 'password in a URL' };
    if (isIdentifierUrl(url) || isDocumentationUrl(url) || isLocalOrReservedHost(url.host) || isPublicApiHost(url.host)) return undefined;
    return { kind: 'endpoint', shown: displayOrigin(url), host: url.host };
  }
  if (!toEnvName(name).split('_').some((t) => HOST_TOKENS.has(t))) return undefined;
  const host = parseHostLiteral(value);
  if (!host || isLocalOrReservedHost(host.host) || isPublicApiHost(host.host)) return undefined;
  return { kind: 'endpoint', shown: value.trim(), host: host.host };
}

/** How a message names the unsafe value, never showing a credential. */
export function describeFallback(unsafe: UnsafeValue): string {
  if (unsafe.kind === 'endpoint') return `the hardcoded address ${unsafe.shown}`;
  return unsafe.what === 'password in a URL' ? 'a URL with a hardcoded password' : `a hardcoded fallback ${unsafe.what}`;
}
