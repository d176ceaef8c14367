/**
 * Host classification shared by the endpoint rules: loopback and reserved
 * names (RFC 2606/6761), documentation ranges (RFC 5737, RFC 3849) and
 * environment words in host names.
 */

// `.arpa` is DNS infrastructure (reverse lookups under in-addr.arpa and ip6.arpa), never a service.
const RESERVED_SUFFIXES = ['.localhost', '.test', '.example', '.invalid', '.arpa'];
// 1.2.3.4 is the stand-in address of tests and docs (Go's httptest.DefaultRemoteAddr), never a deploy's;
// `null` is the host of DSNs that deliver nowhere (Symfony's `smtp://null`).
const RESERVED_NAMES = new Set(['localhost', 'host.docker.internal', 'gateway.docker.internal', 'example.com', 'example.net', 'example.org', '1.2.3.4', 'null']);
const DOC_DOMAINS = ['example.com', 'example.net', 'example.org'];

export function parseIPv4(host: string): number[] | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  return parts.every((p) => p <= 255) ? parts : undefined;
}

function isReservedIPv4([a, b, c]: number[]): boolean {
  if (a === 127 || a === 0) return true; // loopback, "this network" / bind-all
  if (a === 255) return true; // broadcast
  if (a === 169 && b === 254) return true; // link-local, incl. the cloud metadata service 169.254.169.254
  if (a === 192 && b === 0 && c === 2) return true; // TEST-NET-1
  if (a === 198 && b === 51 && c === 100) return true; // TEST-NET-2
  if (a === 203 && b === 0 && c === 113) return true; // TEST-NET-3
  return false;
}

function isReservedIPv6(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === '::1' || h === '::' || h === '0:0:0:0:0:0:0:1') return true;
  return /^2001:0?db8:/.test(h);
}

export function looksLikeIPv6(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '');
  return h.includes(':') && /^[0-9a-f:.]+$/i.test(h) && (h.match(/:/g)?.length ?? 0) >= 2;
}

/** Loopback, bind-all, documentation and reserved hosts: never deploy configuration. */
export function isLocalOrReservedHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (RESERVED_NAMES.has(h)) return true;
  if (RESERVED_SUFFIXES.some((s) => h.endsWith(s))) return true;
  if (DOC_DOMAINS.some((d) => h.endsWith('.' + d))) return true;
  const v4 = parseIPv4(h);
  if (v4) return isReservedIPv4(v4);
  if (looksLikeIPv6(h)) return isReservedIPv6(h);
  return false;
}

const ENV_WORD = /(?:^|[-.])(prod|production|stg|stage|staging|dev|qa|uat|preprod|sandbox)(?:[-.]|\d|$)/i;

/** The environment a host name is tied to (`api.staging.acme.io` → `staging`), if any. */
export function environmentWord(host: string): string | undefined {
  return ENV_WORD.exec(host)?.[1]?.toLowerCase();
}

/** A DNS name with at least two labels and an alphabetic top-level label. */
export function looksLikeHostname(value: string): boolean {
  if (value.length > 253 || !value.includes('.')) return false;
  const labels = value.split('.');
  if (labels.some((l) => !/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i.test(l))) return false;
  return /^[a-z]{2,}$/i.test(labels[labels.length - 1]);
}

/** Generic top-level domains common in service addresses, and private suffixes. Two-letter ones are country codes. */
const KNOWN_TLDS = new Set([
  'com', 'net', 'org', 'io', 'dev', 'app', 'ai', 'co', 'cloud', 'tech', 'info', 'biz', 'gov', 'edu', 'mil', 'int',
  'xyz', 'online', 'site', 'services', 'systems', 'network', 'digital', 'solutions', 'software', 'host', 'hosting',
  'space', 'store', 'shop', 'bank', 'finance', 'health', 'media', 'news', 'global', 'group', 'company', 'sh', 'run',
  'page', 'tools', 'codes', 'works', 'zone', 'link', 'live', 'pro', 'aws', 'azure', 'google', 'microsoft', 'amazon',
  'internal', 'local', 'lan', 'corp', 'svc', 'consul', 'intranet', 'private', 'localdomain', 'arpa', 'test',
  'example', 'invalid', 'localhost',
]);

/**
 * A bare name that reads as a real host: dotted module names such as
 * `http.server` or `os.path` have no real top-level domain.
 */
export function looksLikeRealHostname(value: string): boolean {
  if (!looksLikeHostname(value)) return false;
  const tld = value.slice(value.lastIndexOf('.') + 1).toLowerCase();
  return tld.length === 2 || KNOWN_TLDS.has(tld);
}

/**
 * Stable public APIs whose base URL is the same in every deploy: not
 * configuration, so the endpoint and env-fallback rules leave them out.
 */
const PUBLIC_API_HOSTS = [
  'api.github.com',
  'www.google.com',
  'api.pwnedpasswords.com',
  'uploads.github.com',
  'api.stripe.com',
  'www.googleapis.com',
  'oauth2.googleapis.com',
  'api.openai.com',
  'api.anthropic.com',
  'slack.com',
  'hooks.slack.com',
  'api.twilio.com',
  'api.sendgrid.com',
  'graph.microsoft.com',
  'login.microsoftonline.com',
  'registry.npmjs.org',
  'pypi.org',
  'github.com',
  'gist.github.com',
  'gitlab.com',
  'bitbucket.org',
  'git.sr.ht',
  'npmjs.com',
  // Public map data: tile and geocoding services an app points at the same way everywhere.
  'tiles.osgeo.org',
  'tile.openstreetmap.org',
  'nominatim.openstreetmap.org',
  'overpass-api.de',
];

export function isPublicApiHost(host: string): boolean {
  const h = host.toLowerCase();
  return PUBLIC_API_HOSTS.some((p) => h === p || h.endsWith('.' + p));
}
