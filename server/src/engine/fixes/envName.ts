import { parseIPv4 } from '../guards/hosts';

/** `paymentsApiUrl` → `PAYMENTS_API_URL`, `db.password` → `DB_PASSWORD`, `x-api-key` → `X_API_KEY`. */
export function toEnvName(identifier: string): string {
  const snake = identifier
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
  if (snake === '') return '';
  return /^[0-9]/.test(snake) ? `_${snake}` : snake;
}

/** Names too generic to stand alone as an environment variable. */
const GENERIC = new Set([
  'URL', 'URI', 'HOST', 'HOSTNAME', 'ENDPOINT', 'ADDRESS', 'ADDR', 'SERVER', 'BASE_URL', 'BASE_URI', 'BASE',
  'API', 'API_URL', 'API_BASE_URL', 'API_BASE', 'DOMAIN', 'ORIGIN', 'URL_BASE', 'LINK', 'HREF', 'SRC', 'TARGET',
  'VALUE', 'DEFAULT', 'CONFIG', 'OPTIONS', 'OPTS', 'DATA', 'RESULT', 'RES', 'RESPONSE', 'REQ', 'REQUEST', 'DSN',
]);

const NOISE_LABELS = new Set([
  'www', 'api', 'apis', 'app', 'web', 'com', 'net', 'org', 'io', 'co', 'dev', 'prod', 'production', 'staging',
  'stage', 'stg', 'qa', 'uat', 'preprod', 'sandbox', 'test', 'internal', 'local', 'lan', 'corp', 'svc', 'cluster',
  'consul', 'cloud', 'v1', 'v2', 'v3',
]);

/** A service label from a host: `payments.staging.acme.io` → `PAYMENTS`, `api.acme.io` → `ACME`. */
export function serviceFromHost(host: string): string | undefined {
  if (parseIPv4(host) || host.includes(':')) return undefined;
  const labels = host.toLowerCase().split('.');
  const candidates = labels.slice(0, Math.max(1, labels.length - 1)).filter((l) => !NOISE_LABELS.has(l) && !/^\d+$/.test(l));
  const label = candidates[0]?.replace(/-?\d+$/, '');
  return label ? toEnvName(label) : undefined;
}

export interface NameHint {
  /** Nearest identifier or key of the literal. */
  identifier?: string;
  /** Host of the value, for endpoints. */
  host?: string;
  /** Suffix when only the host names the variable. */
  suffix: string;
  /** The call the value is passed to (`redis.Redis`), the last resort for a prefix. */
  callee?: string;
}

function serviceFromCallee(callee: string | undefined): string | undefined {
  const receiver = callee?.includes('.') ? callee.slice(0, callee.indexOf('.')) : undefined;
  if (!receiver || /^(this|self|new|app|client|api|http|https)$/i.test(receiver)) return undefined;
  return toEnvName(receiver) || undefined;
}

/** Derives an environment variable name from the nearest identifier, falling back on the host. */
export function deriveEnvName(hint: NameHint): string {
  const fromIdentifier = hint.identifier ? toEnvName(hint.identifier) : '';
  const service = (hint.host ? serviceFromHost(hint.host) : undefined) ?? serviceFromCallee(hint.callee);
  if (fromIdentifier && !GENERIC.has(fromIdentifier)) return fromIdentifier;
  if (service) return `${service}_${fromIdentifier && fromIdentifier !== 'DSN' ? fromIdentifier : hint.suffix}`;
  return fromIdentifier || `APP_${hint.suffix}`;
}

/**
 * Picks a name that does not clash with an existing variable of another
 * value: `NAME`, then `NAME_2`, `NAME_3`… A variable that already holds the
 * same value is reused.
 */
export function uniqueEnvName(name: string, value: string, existing: ReadonlyMap<string, string>): { name: string; reuse: boolean } {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? name : `${name}_${n}`;
    const current = existing.get(candidate);
    if (current === undefined) return { name: candidate, reuse: false };
    if (current === value) return { name: candidate, reuse: true };
  }
}
