import { deriveEnvName, toEnvName } from '../../fixes/envName';
import { moveToEnvFix } from '../../fixes/builders';
import { isLocalOrReservedHost, looksLikeIPv6, parseIPv4 } from '../../guards/hosts';
import { isConfigPosition, NOT_CONFIG_NAME } from '../../guards/locators';
import { commentedAsStandIn } from '../../guards/standIn';
import { parseNetworkUrl } from '../../guards/urls';
import type { StringLiteral, SyntaxFacts } from '../../languages/facts';
import type { Rule, RuleContext } from '../rule';
import { appConfigKind, appConfigValues, envReferenceFor, type ConfigValue } from '../backing/appConfig';
import { backingConfigOf, backingLiteralOf } from '../backing/locator';
import { endpointConfigOf, endpointLiteralOf } from './hardcoded-endpoint';
import { examples } from './hardcoded-ip-address.examples';

interface IpHit {
  ip: string;
  /** `10.12.0.0/16`: a network range (allowlists, trusted proxies). */
  cidr: boolean;
}

/** Public resolvers and other stable, documented addresses that are the same for every deploy. */
const PUBLIC_CONSTANTS = new Set(['8.8.8.8', '8.8.4.4', '1.1.1.1', '1.0.0.1', '9.9.9.9', '149.112.112.112', '208.67.222.222', '208.67.220.220', '2001:4860:4860::8888', '2001:4860:4860::8844', '2606:4700:4700::1111']);
/** Whole special-purpose blocks (RFC 1918, loopback, link-local, CGNAT, ULA…): constants of the protocol, not of a deploy. */
const WELL_KNOWN_BLOCKS = /^(0\.0\.0\.0\/0|10\.0\.0\.0\/8|172\.16\.0\.0\/12|192\.168\.0\.0\/16|127\.0\.0\.0\/8|169\.254\.0\.0\/16|100\.64\.0\.0\/10|224\.0\.0\.0\/4|240\.0\.0\.0\/4|::\/0|::1\/128|fc00::\/7|fd00::\/8|fe80::\/10|ff00::\/8|64:ff9b::\/96|2001:db8::\/32)$/i;
/** Calls that take an address: sockets, resolvers, IP parsers, cache and database clients. */
const ADDRESS_CALL = /(^|\.)(connect|Dial|DialTimeout|DialTCP|DialUDP|getByName|getAllByName|Parse|ParseIP|ParseCIDR|ParseAddr|MustParseAddr|IPAddress|ip_address|ip_network|IPv4Address|IPv6Address|addServer|create_connection|createConnection|socket|Socket|InetSocketAddress|IPEndPoint|TcpClient|UdpClient|fsockopen|socket_connect|inet_pton|ip2long|TCPSocket|new|open|Redis|MongoClient|Client|Pool)$/;
const VERSION_NAME = /(^|_)(VERSION|VER|REVISION|REV|BUILD|RELEASE|OID)(_|$)/;
const VERSION_CALL = /version|semver/i;

/** A well-formed IPv6 address: 1–4 hex digits per group, at most one `::`, eight groups in all (an IPv4 tail counts two). */
function isIPv6(h: string): boolean {
  if (!looksLikeIPv6(h) || (h.match(/::/g)?.length ?? 0) > 1 || /:::/.test(h)) return false;
  const groups = h.split(':');
  const tail = groups[groups.length - 1]!;
  const v4 = tail.includes('.') ? parseIPv4(tail) : undefined;
  if (tail.includes('.') && !v4) return false;
  const hex = (v4 ? groups.slice(0, -1) : groups).filter((g) => g !== '');
  if (!hex.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return false;
  const count = hex.length + (v4 ? 2 : 0);
  return h.includes('::') ? count < 8 : count === 8;
}

function ipOfHost(host: string): string | undefined {
  const h = host.replace(/^\[|\]$/g, '');
  if (!parseIPv4(h) && !isIPv6(h)) return undefined;
  const v4 = parseIPv4(h);
  if (isLocalOrReservedHost(h) || PUBLIC_CONSTANTS.has(h.toLowerCase())) return undefined;
  // OIDs (`2.5.4.3`), multicast and reserved ranges, IPv6 link-local and multicast are never deploy addresses.
  if (v4 && (v4[0] === 2 && v4[1] === 5 || v4[0]! >= 224)) return undefined;
  if (!v4 && /^(fe[89ab][0-9a-f]|ff[0-9a-f]{2}):/i.test(h)) return undefined;
  // Netmasks (`::ffff:ffff:ff00`, `ffff:ffff:ffff:ffff::`): every group is ones then zeros, an address of nothing.
  if (!v4 && h.split(':').every((g) => g === '' || /^f*0*$/i.test(g))) return undefined;
  return h;
}

/** An IP address, `ip:port`, CIDR or URL on an IP, as the whole value. */
export function ipLiteralOf(value: string): IpHit | undefined {
  const v = value.trim();
  if (v.length < 7 || v.length > 60) return undefined;
  const cidr = /^([0-9a-f:.]+)\/(\d{1,3})$/i.exec(v);
  if (cidr) return WELL_KNOWN_BLOCKS.test(v) || !ipOfHost(cidr[1]!) ? undefined : { ip: v, cidr: true };
  const url = parseNetworkUrl(v);
  const host = url ? url.host : /^(\[[0-9a-f:.]+\]|\d{1,3}(?:\.\d{1,3}){3})(?::\d{1,5})?$/i.exec(v)?.[1] ?? v;
  const ip = ipOfHost(host);
  return ip ? { ip: url ? v : v, cidr: false } : undefined;
}

function isVersionContext(literal: StringLiteral): boolean {
  if (literal.name && VERSION_NAME.test(toEnvName(literal.name))) return true;
  return literal.call !== undefined && VERSION_CALL.test(literal.call.callee);
}

/** Bound to a name (variable, key, keyword, list under a name) or handed to a call that takes an address. */
function inAddressPosition(literal: StringLiteral): boolean {
  if (!isConfigPosition(literal) || isVersionContext(literal)) return false;
  if (literal.binding === 'argument') return literal.call !== undefined && ADDRESS_CALL.test(literal.call.callee);
  return literal.name !== undefined && ['variable', 'property', 'keyword', 'default', 'element'].includes(literal.binding);
}

function messageFor(subject: string, hit: IpHit): string {
  if (hit.cidr) return `${subject} the network range ${hit.ip}; move allowlists and trusted-proxy ranges to config so each deploy sets its own (Twelve-Factor III: Config).`;
  return `${subject} the IP address ${hit.ip}; give the service a DNS name and read it from the environment (Twelve-Factor III: Config).`;
}

function checkCode(context: RuleContext, facts: SyntaxFacts): void {
  for (const literal of facts.strings) {
    if (literal.interpolated || !/\d\.\d|:/.test(literal.value)) continue;
    const hit = ipLiteralOf(literal.value);
    if (!hit || !inAddressPosition(literal) || commentedAsStandIn(facts, literal)) continue;
    // One finding per literal: the endpoint and backing rules speak first.
    if (backingLiteralOf(literal, facts) || endpointLiteralOf(literal, facts)) continue;
    const named = literal.binding !== 'argument' && literal.binding !== 'element' ? literal.name : undefined;
    const subject = literal.name && literal.binding !== 'argument' ? `"${literal.name}" holds` : `${literal.call?.callee ?? 'This call'}() is given`;
    const name = deriveEnvName({ identifier: named, suffix: hit.cidr ? 'ALLOWED_CIDRS' : 'HOST', callee: literal.call?.callee });
    context.report({
      range: literal.range,
      message: messageFor(subject, hit),
      severity: context.isTest ? 'hint' : 'info',
      fixes: literal.binding === 'element' ? [] : [moveToEnvFix(context, literal.range, literal.value, name, false)],
    });
  }
}

function checkConfig(context: RuleContext): void {
  const kind = appConfigKind(context);
  if (!kind) return;
  for (const value of appConfigValues(context)) {
    const hit = ipLiteralOf(value.value);
    if (!hit || NOT_CONFIG_NAME.test(value.key) || VERSION_NAME.test(toEnvName(value.key))) continue;
    if (backingConfigOf(value, kind, context.path) || endpointConfigOf(value, context)) continue;
    const replacement = envReferenceFor(kind, context.language);
    const name = deriveEnvName({ identifier: (value as ConfigValue).path, suffix: 'HOST' });
    context.report({
      range: context.index.range(value.start, value.end),
      message: messageFor(`"${value.path}" holds`, hit),
      severity: context.isTest ? 'hint' : 'info',
      fixes: replacement ? [{ ...moveToEnvFix(context, value.range, value.value, name, false), replacement }] : [],
    });
  }
}

export const hardcodedIpAddress: Rule = {
  meta: {
    id: 'config/hardcoded-ip-address',
    title: 'Hardcoded IP address',
    category: 'config',
    reference: 'Twelve-Factor III: Config; CWE-547',
    rationale:
      'An IP address is the most deploy-specific value there is: it changes when a host is replaced, a subnet is renumbered or the app moves to another environment. Written into code or packaged config, it pins every deploy to one network.',
    defaultSeverity: 'info',
    languages: ['javascript', 'typescript', 'tsx', 'python', 'go', 'java', 'csharp', 'ruby', 'php', 'properties', 'yaml', 'json'],
    docs: 'docs/rules/config/hardcoded-ip-address.md',
    prefilter: /\d\.\d{1,3}\.\d{1,3}\.\d|[0-9a-f]:[0-9a-f]*:[0-9a-f]/i,
    examples,
  },
  check(context) {
    if (context.facts) checkCode(context, context.facts);
    else checkConfig(context);
  },
};
