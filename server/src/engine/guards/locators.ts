/**
 * Literal classifiers shared by the endpoint, IP address, backing-service and
 * clear-text rules (catalog C.2): what a string value addresses, whether it
 * is a placeholder or an in-memory engine, and whether it travels in clear text.
 */
import type { StringLiteral } from '../languages/facts';
import { isLocalOrReservedHost, looksLikeIPv6, parseIPv4 } from './hosts';
import { isMessageSink } from './sinks';
import { parseHostLiteral, parseNetworkUrl, type ParsedUrl } from './urls';

/** What a locator value points at, without credentials. */
export interface Locator {
  /** Lower-case scheme (`postgres`, `redis`, `https`), or the connection-string dialect (`ado`, `pdo-mysql`). */
  scheme?: string;
  host: string;
  port?: number;
  /** Safe to show: `scheme://host:port` or `host:port`, never user information. */
  shown: string;
  /** The value is a URL (or URL-like connection string) rather than a bare host. */
  url: boolean;
}

/** `${X}`, `${X:default}`, `%env(X)%`, `{{ .Values.x }}`, `$(VAR)`, `#{x}`, `<%= … %>`, `<placeholder>`: never a literal. */
export function isPlaceholderValue(value: string): boolean {
  const v = value.trim();
  if (v === '') return true;
  return /\$\{[^}]*\}|%env\([^)]*\)%|\{\{[^}]*\}\}|\$\([A-Za-z_][\w]*\)|#\{[^}]*\}|<%=?|^%[A-Za-z_]\w*%$|^@[A-Za-z_]\w*@$|^<[^>]+>$/.test(v);
}

/** In-memory and embedded engines: nothing to attach, so nothing to configure per deploy. */
export function isInMemoryLocator(value: string): boolean {
  return /(^|[:=])\s*:memory:|sqlite::memory:|^jdbc:(h2:mem|hsqldb:mem|derby:memory)|mode=memory|^sqlite:|^jdbc:sqlite:|^file:|Data Source=[^;]*\.(db|sqlite3?)\b|Filename=/i.test(value.trim());
}

function locatorOfUrl(url: ParsedUrl): Locator {
  const host = url.port !== undefined ? `${url.host}:${url.port}` : url.host;
  return { scheme: url.scheme, host: url.host, port: url.port, shown: `${url.scheme}://${host}`, url: true };
}

/**
 * A URL whose authority may list several hosts (`mongodb://a:27017,b:27017/db`) or whose
 * JDBC form the generic parser rejects (`jdbc:sqlserver://h:1433;databaseName=x`, Oracle thin).
 */
function parseLocatorUrl(value: string): ParsedUrl | undefined {
  const direct = parseNetworkUrl(value);
  if (direct) return direct;
  const oracle = /^jdbc:oracle:thin:@(?:\/\/)?([a-z0-9.-]+)(?::(\d{1,5}))?/i.exec(value);
  if (oracle) return { scheme: 'oracle', host: oracle[1]!.toLowerCase(), port: oracle[2] ? Number(oracle[2]) : undefined, rest: '' };
  const m = /^(jdbc:)?([a-z][\w+.-]*):\/\/([^/?#;]*)(.*)$/i.exec(value.trim());
  if (!m) return undefined;
  const at = m[3]!.lastIndexOf('@');
  const userinfo = at >= 0 ? m[3]!.slice(0, at + 1) : '';
  const first = m[3]!.slice(at + 1).split(',')[0];
  const rest = m[4]!.startsWith(';') ? '/' + m[4]!.slice(1) : m[4]!;
  return parseNetworkUrl(`${m[1] ?? ''}${m[2]}://${userinfo}${first}${rest}`);
}

const HOST_KEYS = /^(server|host|data source|datasource|address|addr|network address|hostname|endpoint|contact points)$/i;

/** ADO.NET / ODBC / libpq keyword strings: `Server=sql.acme.io,1433;Database=app`, `host=db port=5432 dbname=app`. */
function keywordConnectionHost(value: string): Locator | undefined {
  // At least two `key=value` settings: `Server=…;Database=…`, `host=… dbname=…`.
  if ((value.match(/[A-Za-z ]=[^=;\s]/g)?.length ?? 0) < 2 || /%[#\w]/.test(value)) return undefined;
  for (const part of value.split(/;|\s+(?=\w[\w ]*=)/)) {
    const eq = part.indexOf('=');
    if (eq < 0 || !HOST_KEYS.test(part.slice(0, eq).trim())) continue;
    const raw = part.slice(eq + 1).trim().replace(/^tcp:/i, '').split(',')[0]!.trim();
    const port = /,(\d{1,5})\s*$/.exec(part)?.[1] ?? /^[^:]+:(\d{1,5})$/.exec(raw)?.[1];
    const host = raw.replace(/:\d{1,5}$/, '').toLowerCase();
    // A real host name or address, not a format directive (`address=%r`) or a local instance (`(localdb)`).
    if (!/^[a-z0-9][a-z0-9.-]*$/.test(host)) return undefined;
    const shown = port ? `${host}:${port}` : host;
    return { scheme: 'ado', host, port: port ? Number(port) : undefined, shown, url: true };
  }
  return undefined;
}

/** PDO DSN: `mysql:host=db.acme.io;dbname=app`. */
function pdoHost(value: string): Locator | undefined {
  const m = /^(mysql|pgsql|sqlsrv|oci|dblib|mongodb):.*?\b(?:host|server)=([a-z0-9.-]+)(?:[:,;]|$)(?:.*?\bport=(\d{1,5}))?/i.exec(value.trim());
  if (!m) return undefined;
  const host = m[2]!.toLowerCase();
  return { scheme: `pdo-${m[1]!.toLowerCase()}`, host, port: m[3] ? Number(m[3]) : undefined, shown: m[3] ? `${host}:${m[3]}` : host, url: true };
}

/** Go MySQL DSN: `user:pass@tcp(db.acme.io:3306)/app`. */
function goDsnHost(value: string): Locator | undefined {
  const m = /^[^@\s]*@(tcp|unix)\(([a-z0-9.-]+)(?::(\d{1,5}))?\)\//i.exec(value.trim());
  if (!m || m[1]!.toLowerCase() !== 'tcp') return undefined;
  const host = m[2]!.toLowerCase();
  return { scheme: 'mysql', host, port: m[3] ? Number(m[3]) : undefined, shown: m[3] ? `${host}:${m[3]}` : host, url: true };
}

/** `host:port` lists and StackExchange.Redis options: `cache.acme.local:6380,ssl=true`, `k1:9092,k2:9092`. */
function hostListHost(value: string): Locator | undefined {
  const first = value.trim().split(/[,\s]+/)[0];
  if (!first || first === value.trim()) return undefined;
  const hp = parseHostLiteral(first);
  return hp ? { host: hp.host, port: hp.port, shown: first, url: false } : undefined;
}

/** The service location a value names (URL, connection string, DSN, `host[:port]`), or undefined. */
export function locatorOf(value: string): Locator | undefined {
  if (value.length < 3 || value.length > 2048 || isPlaceholderValue(value)) return undefined;
  const url = parseLocatorUrl(value);
  if (url) return locatorOfUrl(url);
  const hp = parseHostLiteral(value);
  if (hp) return { host: hp.host, port: hp.port, shown: value.trim(), url: false };
  return pdoHost(value) ?? goDsnHost(value) ?? keywordConnectionHost(value) ?? hostListHost(value);
}

/** Loopback, reserved and documentation hosts (G4), plus IPv6 link-local and unique-local loopback forms. */
export function isLocalLocator(locator: Locator): boolean {
  return isLocalOrReservedHost(locator.host.replace(/^\[|\]$/g, ''));
}

/** An IPv4 or IPv6 address (brackets allowed), for the IP address rule. */
export function isIpHost(host: string): boolean {
  return parseIPv4(host) !== undefined || looksLikeIPv6(host);
}

/** A single-label host (`db`, `redis`, `api`): a compose service or in-cluster short name, private by construction. */
export function isSingleLabelHost(host: string): boolean {
  return /^[a-z][a-z0-9_-]*$/i.test(host) && !isIpHost(host);
}

/** Kubernetes service DNS (`api.payments.svc`, `…svc.cluster.local`): traffic stays on the cluster network. */
export function isClusterServiceHost(host: string): boolean {
  return /\.svc(\.cluster\.local)?\.?$/i.test(host);
}

/** Names whose URL is documentation or identity, not configuration (also as enclosing keys). */
export const NOT_CONFIG_NAME = /^(\$schema|\$id|schema|xmlns(:\w+)?|namespace|ns|homepage|repository|bugs|license|licen[cs]e_?url|docs?|documentation|help|links?|href|src|image|icon|logo|avatar|website|meta|author|funding|see|references?)$/i;
/** Reads of the environment or of a config layer, as the left operand of a fallback (G6). */
const ENV_READ = /process\.env|import\.meta\.env|Deno\.env|os\.environ|getenv|environ\.get|config\(|ENV\[|ENV\.fetch|System\.getenv|Environment\.GetEnvironmentVariable|Configuration\[|GetValue|GetConnectionString|LookupEnv|\$_ENV|\$_SERVER|env\(|settings\.|Settings\./;
/** Calls whose later arguments are the default of an environment read. */
const ENV_DEFAULT_CALL = /(^|\.)(environ\.get|getenv|environ\.setdefault|env\.get|env|ENV\.fetch|getOrDefault|GetValue|cmp\.Or|Or|config|get_env|env_or)$/;

/** The literal is the default of an environment lookup (`os.getenv("X", "…")`, `process.env.X ?? "…"`). */
export function isEnvFallback(literal: StringLiteral): boolean {
  if (literal.fallbackOf !== undefined && ENV_READ.test(literal.fallbackOf)) return true;
  if (literal.call === undefined) return false;
  // `Optional.ofNullable(System.getenv("X")).orElse("…")`.
  if (/\.orElse$/.test(literal.call.callee) && ENV_READ.test(literal.call.callee)) return true;
  if ((literal.argumentIndex ?? 0) < 1) return false;
  if (!ENV_DEFAULT_CALL.test(literal.call.callee)) return false;
  // `cmp.Or(os.Getenv("X"), "…")`: a fallback only when an earlier argument reads the environment.
  return !/(^|\.)(cmp\.Or|Or)$/.test(literal.call.callee) || literal.call.args.some((a) => ENV_READ.test(a.text));
}

/**
 * Where configuration can live: not a comment, docstring, comparison, markup
 * attribute, human message, documentation key or environment-lookup default.
 */
export function isConfigPosition(literal: StringLiteral): boolean {
  if (literal.docstring || literal.compared || literal.binding === 'markup' || literal.binding === 'comparison') return false;
  if (literal.call && isMessageSink(literal.call)) return false;
  if (literal.name !== undefined && NOT_CONFIG_NAME.test(literal.name)) return false;
  if (literal.outerKeys?.some((key) => NOT_CONFIG_NAME.test(key))) return false;
  return !isEnvFallback(literal);
}
