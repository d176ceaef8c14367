import { isLocalOrReservedHost } from '../../guards/hosts';
import { isClusterServiceHost, isPlaceholderValue, isSingleLabelHost } from '../../guards/locators';
import type { Argument, Call, Span, SyntaxFacts } from '../../languages/facts';
import type { RuleContext } from '../rule';
import { isDevGuarded, isEnvGated } from './defaults-scope';
import { lastSegment } from './defaults-facts';

/** One gRPC client option or channel that sends calls without TLS. */
export interface InsecureChannel {
  span: Span;
  /** How the code asks for it, as the message names it. */
  api: string;
  /** The remote target when the code names one; undefined when it comes from elsewhere (a variable, a flag). */
  target?: string;
}

const GO_GRPC = 'google.golang.org/grpc';
const GO_INSECURE = 'google.golang.org/grpc/credentials/insecure';
/** Name-resolver schemes that prefix a gRPC target (`dns:///host:443`, `passthrough:///bufnet`). */
const RESOLVER_PREFIX = /^(dns|passthrough|ipv4|ipv6|xds):(\/\/[^/]*\/)?/i;

/** Local names the file binds to a Go import path (`grpc`, or an alias such as `insec`). */
function goAliases(facts: SyntaxFacts, module: string): Set<string> {
  const names = new Set<string>();
  for (const [name, from] of facts.imports.names) if (from === module) names.add(name);
  return names;
}

function calledOn(call: Call, aliases: Set<string>, name: RegExp): boolean {
  const dot = call.callee.lastIndexOf('.');
  return dot > 0 && aliases.has(call.callee.slice(0, dot)) && name.test(call.callee.slice(dot + 1));
}

/**
 * A target that stays on this machine or the private network: a Unix socket, loopback, an in-process
 * `bufconn` name, a single-label sidecar or compose service, in-cluster DNS.
 */
export function isPrivateGrpcTarget(target: string): boolean {
  const t = target.trim().replace(RESOLVER_PREFIX, '');
  if (/^(unix|unix-abstract|vsock):/i.test(t)) return true;
  const host = /^(\[[^\]]*\]|[^:,/]*)/.exec(t)?.[1]?.replace(/^\[|\]$/g, '') ?? '';
  if (host === '') return true;
  return isLocalOrReservedHost(host) || isSingleLabelHost(host) || isClusterServiceHost(host);
}

/** The string a target argument holds: a literal, or a name the file binds to exactly one literal. */
function targetValue(arg: Argument | undefined, facts: SyntaxFacts): string | undefined {
  if (!arg) return undefined;
  if (arg.kind === 'string') return arg.value;
  if (arg.kind !== 'identifier') return undefined;
  const values = new Set(facts.assignments.filter((a) => a.target === arg.text && a.value.kind === 'string').map((a) => a.value.value));
  return values.size === 1 ? [...values][0] : undefined;
}

function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** The targets an insecure Go dial option applies to: the dial call around it, or every dial call of the file. */
function goTargets(option: Call, dials: Call[], facts: SyntaxFacts): (string | undefined)[] {
  const direct = dials.find((d) => contains(d.argsSpan, option));
  const applies = direct ? [direct] : dials;
  return applies.map((d) => targetValue(d.args[/DialContext$/.test(d.callee) ? 1 : 0], facts));
}

function goChannels(facts: SyntaxFacts): InsecureChannel[] {
  const grpc = goAliases(facts, GO_GRPC);
  const insecure = goAliases(facts, GO_INSECURE);
  if (grpc.size === 0) return [];
  const dials = facts.calls.filter((c) => calledOn(c, grpc, /^(Dial|DialContext|NewClient)$/));
  const found: InsecureChannel[] = [];
  for (const call of facts.calls) {
    const api = calledOn(call, grpc, /^WithInsecure$/) ? `${call.callee}()` : calledOn(call, insecure, /^NewCredentials$/) ? `${call.callee}()` : undefined;
    if (!api) continue;
    found.push(...channelsFor(call, api, goTargets(call, dials, facts)));
  }
  return found;
}

/**
 * Nothing when every target is private; otherwise one entry naming the first remote target, or none
 * (an unknown target: the option is fixed in code wherever the address points).
 */
function channelsFor(span: Span, api: string, targets: (string | undefined)[]): InsecureChannel[] {
  const known = targets.filter((t): t is string => t !== undefined && !isPlaceholderValue(t));
  if (targets.length > 0 && known.length === targets.length && known.every(isPrivateGrpcTarget)) return [];
  return [{ span, api, target: known.find((t) => !isPrivateGrpcTarget(t)) }];
}

function pythonChannels(facts: SyntaxFacts): InsecureChannel[] {
  if (!facts.imports.modules.has('grpc') && ![...facts.imports.modules].some((m) => m.startsWith('grpc.'))) return [];
  const found: InsecureChannel[] = [];
  for (const call of facts.calls) {
    if (lastSegment(call.callee) !== 'insecure_channel' || call.args.length === 0) continue;
    found.push(...channelsFor(call.calleeSpan, `${call.callee}()`, [targetValue(call.args.find((a) => !a.keyword || a.keyword === 'target'), facts)]));
  }
  return found;
}

/**
 * gRPC clients that send calls without TLS to a target off this machine, or to a target the code does not name.
 * Quiet in tests and where the code sits behind a development or opt-in check (the deploy chooses).
 */
export function insecureGrpcChannels(context: RuleContext, facts: SyntaxFacts): InsecureChannel[] {
  if (context.isTest) return [];
  const channels = facts.language === 'go' ? goChannels(facts) : facts.language === 'python' ? pythonChannels(facts) : [];
  return channels.filter((c) => !isEnvGated(context, c.span.start) && !isDevGuarded(context, c.span.start));
}
