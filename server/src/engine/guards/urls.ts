import { looksLikeHostname, looksLikeIPv6, looksLikeRealHostname, parseIPv4 } from './hosts';

/** Schemes that address a network service. `file:`, `data:` and custom app schemes do not. */
const NETWORK_SCHEMES = new Set([
  'http', 'https', 'ws', 'wss', 'ftp', 'ftps', 'sftp', 'ssh', 'amqp', 'amqps', 'mqtt', 'mqtts', 'redis', 'rediss',
  'mongodb', 'mongodb+srv', 'postgres', 'postgresql', 'mysql', 'mariadb', 'mssql', 'sqlserver', 'nats', 'kafka',
  'ldap', 'ldaps', 'smtp', 'smtps', 'memcached', 'grpc', 'grpcs', 'tcp', 'udp', 'cassandra', 'couchbase',
  'neo4j', 'bolt', 'clickhouse', 'elasticsearch', 'opc.tcp', 'stomp', 'imap', 'imaps', 'pop3', 'pop3s',
]);

export interface ParsedUrl {
  scheme: string;
  user?: string;
  password?: string;
  host: string;
  port?: number;
  /** Path, query and fragment, as written. */
  rest: string;
}

const URL_SHAPE = /^([a-z][a-z0-9+.-]*):\/\/(?:([^@/\s?#]*)@)?(\[[0-9a-f:.]+\]|[^:/?#\s@[\]]+)(?::(\d{1,5}))?([/?#][^\s]*)?$/i;

/** Parses an absolute network URL; anything else (relative paths, templates, prose) gives undefined. */
export function parseNetworkUrl(value: string): ParsedUrl | undefined {
  const trimmed = value.trim();
  const jdbc = trimmed.replace(/^jdbc:/i, '');
  const m = URL_SHAPE.exec(jdbc);
  if (!m) return undefined;
  const scheme = m[1].toLowerCase();
  if (!NETWORK_SCHEMES.has(scheme)) return undefined;
  const host = m[3].toLowerCase();
  if (!looksLikeHostname(host) && !parseIPv4(host) && !looksLikeIPv6(host) && !/^[a-z0-9-]+$/i.test(host)) return undefined;
  const [user, password] = m[2] === undefined ? [] : splitUserInfo(m[2]);
  return { scheme, user, password, host, port: m[4] ? Number(m[4]) : undefined, rest: m[5] ?? '' };
}

function splitUserInfo(info: string): [string | undefined, string | undefined] {
  const colon = info.indexOf(':');
  return colon < 0 ? [info, undefined] : [info.slice(0, colon), info.slice(colon + 1)];
}

export interface HostPort {
  host: string;
  port?: number;
}

/** A bare `host`, `host:port` or `ip:port` literal, as written in host-like settings. */
export function parseHostLiteral(value: string): HostPort | undefined {
  const m = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/i.exec(value.trim());
  if (!m) return undefined;
  const host = m[1].toLowerCase();
  const port = m[2] ? Number(m[2]) : undefined;
  if (parseIPv4(host) || looksLikeIPv6(host)) return { host, port };
  if (looksLikeRealHostname(host)) return { host, port };
  // A single-label name (`cache-01`) is a host only with a port.
  if (port !== undefined && /^[a-z][a-z0-9-]*$/i.test(host)) return { host, port };
  return undefined;
}

/** Identifier URLs: namespaces and schema ids that are never fetched as configuration. */
const IDENTIFIER_HOSTS = [
  'www.w3.org', 'w3.org', 'schemas.microsoft.com', 'schemas.openxmlformats.org', 'json-schema.org',
  'schemas.xmlsoap.org', 'purl.org', 'xmlns.com', 'ns.adobe.com', 'schema.org', 'www.apache.org',
  'opensource.org', 'spdx.org', 'xml.org', 'www.xml.org', 'java.sun.com', 'xmlns.jcp.org', 'maven.apache.org',
];

export function isIdentifierUrl(url: ParsedUrl): boolean {
  return IDENTIFIER_HOSTS.includes(url.host) || /\/(xmlns|schema|ns)\b/i.test(url.rest) && url.rest.endsWith('#');
}

/** The origin without credentials, path or query: safe to show in a message. */
export function displayOrigin(url: ParsedUrl): string {
  const host = url.port !== undefined ? `${url.host}:${url.port}` : url.host;
  const auth = url.user !== undefined ? (url.password !== undefined ? `${url.user}:****@` : `${url.user}@`) : '';
  return `${url.scheme}://${auth}${host}`;
}

/** Web hosts whose pages are read by people: code hosting, package pages, Q&A, encyclopaedias. */
const DOCUMENTATION_HOSTS = new Set([
  'github.com', 'www.github.com', 'gist.github.com', 'gitlab.com', 'bitbucket.org', 'npmjs.com', 'www.npmjs.com',
  'pypi.org', 'pkg.go.dev', 'stackoverflow.com', 'en.wikipedia.org', 'developer.mozilla.org', 'www.rfc-editor.org',
  'datatracker.ietf.org', 'tools.ietf.org', 'nodejs.org', 'docs.python.org', 'learn.microsoft.com', 'aka.ms',
]);
const DOCUMENTATION_HOST_PREFIX = /^(docs?|documentation|developers?|learn|help|support|wiki|blog|guide|manual)\./;
const DOCUMENTATION_PATH = /(^|\/)(docs?|documentation|guides?|blog|wiki|rules|manual|faq|help|tutorials?|reference|changelog|license)(\/|$)|\/(blob|tree|issues|pull|commit|releases|wiki)\/|\.(md|markdown|html?|pdf|txt|rst)$/i;

/**
 * A link for people to read (documentation, a repository page, an article),
 * not an address a program talks to.
 */
export function isDocumentationUrl(url: ParsedUrl): boolean {
  if (url.scheme !== 'http' && url.scheme !== 'https') return false;
  if (DOCUMENTATION_HOSTS.has(url.host) || DOCUMENTATION_HOST_PREFIX.test(url.host) || url.host.endsWith('.readthedocs.io')) return true;
  const path = url.rest.replace(/[?#].*$/, '');
  return DOCUMENTATION_PATH.test(path) || url.rest.includes('#');
}
