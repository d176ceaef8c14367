import { cleartextOf, type Cleartext } from '../../guards/cleartext';
import { isClusterServiceHost, isEnvFallback, isLocalLocator, isPlaceholderValue, isSingleLabelHost, locatorOf, NOT_CONFIG_NAME } from '../../guards/locators';
import { isMessageSink } from '../../guards/sinks';
import { isDocumentationUrl, isIdentifierUrl, parseNetworkUrl } from '../../guards/urls';
import { entries, roots, scalarText, yamlOf } from '../../formats/yaml';
import type { StringLiteral, SyntaxFacts } from '../../languages/facts';
import type { FixData, Severity } from '../../types';
import { isScalar, isSeq, isMap, type Node as YamlNode } from 'yaml';
import { appConfigKind, appConfigValues } from '../backing/appConfig';
import { backingConfigOf, backingLiteralOf } from '../backing/locator';
import { endpointConfigOf, endpointLiteralOf, usedAsEndpointLiteral } from '../config/hardcoded-endpoint';
import type { Rule, RuleContext } from '../rule';
import { examples } from './cleartext-protocol.examples';
import { insecureGrpcChannels, type InsecureChannel } from './cleartext-protocol-grpc';

/** The value travels in clear text to a host off this machine and off the private network, or undefined. */
export function cleartextFinding(value: string): Cleartext | undefined {
  if (isPlaceholderValue(value)) return undefined;
  const clear = cleartextOf(value);
  if (!clear) return undefined;
  const url = parseNetworkUrl(value);
  if (url && (isIdentifierUrl(url) || isDocumentationUrl(url))) return undefined;
  const locator = locatorOf(value);
  if (!locator || isLocalLocator(locator)) return undefined;
  // Compose service names and in-cluster DNS: the traffic stays on the private network.
  if (isSingleLabelHost(locator.host) || isClusterServiceHost(locator.host)) return undefined;
  return clear;
}

function messageFor(clear: Cleartext, subject: string): string {
  if (clear.kind === 'tls-off') return `${subject} turns TLS off (${clear.shown}), so credentials and data cross the network unencrypted; use ${clear.replacement} (CWE-319).`;
  const twin = clear.replacement ? ` use ${clear.replacement}:// where the server supports it` : ' use a protocol with TLS';
  return `${subject} uses the clear-text scheme ${clear.shown}: traffic can be read and altered on the way;${twin} (CWE-319).`;
}

function severityOf(context: RuleContext, clear: Cleartext): Severity {
  if (context.isTest) return 'hint';
  return clear.kind === 'tls-off' ? 'warning' : 'info';
}

/** "Switch to https://": a suggestion only, the server may not speak TLS. */
function switchFix(context: RuleContext, valueStart: number, clear: Cleartext): FixData[] {
  if (!clear.replacement) return [];
  const start = valueStart + clear.at;
  const title = clear.kind === 'scheme' ? `Switch to ${clear.replacement}://` : `Use ${clear.replacement}`;
  return [{ kind: 'edit', title, edits: [{ range: context.index.range(start, start + clear.length), newText: clear.replacement }], fixAll: false }];
}

/** Offset of the decoded value inside the literal's source, when it is written without escapes. */
function valueStartIn(context: RuleContext, literal: StringLiteral): number | undefined {
  const at = context.text.indexOf(literal.value, literal.start);
  return at >= 0 && at + literal.value.length <= literal.end ? at : undefined;
}

function codePosition(literal: StringLiteral, facts: SyntaxFacts): boolean {
  if (literal.docstring || literal.compared || literal.binding === 'markup' || literal.binding === 'comparison') return false;
  if (literal.name !== undefined && NOT_CONFIG_NAME.test(literal.name)) return false;
  if (literal.outerKeys?.some((k) => NOT_CONFIG_NAME.test(k))) return false;
  if (literal.call && isMessageSink(literal.call)) return false;
  // The default of an environment read is configuration too, and the other rules leave it alone.
  return isEnvFallback(literal) || usedAsEndpointLiteral(literal, facts);
}

function checkCode(context: RuleContext, facts: SyntaxFacts): void {
  for (const literal of facts.strings) {
    if (literal.interpolated || !/:\/\/|=/.test(literal.value)) continue;
    const clear = cleartextFinding(literal.value);
    if (!clear || !codePosition(literal, facts)) continue;
    // One finding per literal: the endpoint and backing rules mention the scheme in theirs.
    if (backingLiteralOf(literal, facts) || endpointLiteralOf(literal, facts)) continue;
    const start = valueStartIn(context, literal);
    const subject = literal.name && literal.binding !== 'argument' ? `"${literal.name}"` : 'This address';
    context.report({ range: literal.range, message: messageFor(clear, subject), severity: severityOf(context, clear), fixes: start === undefined ? [] : switchFix(context, start, clear) });
  }
}

function grpcMessage(channel: InsecureChannel): string {
  const where = channel.target ? `to ${channel.target}` : 'wherever its target points';
  return `This gRPC client uses insecure credentials (${channel.api}), so its calls and their metadata, tokens included, travel ${where} unencrypted (CWE-319). Use TLS credentials, or make plaintext an explicit deploy setting for a local sidecar or mesh.`;
}

function checkGrpc(context: RuleContext, facts: SyntaxFacts): void {
  for (const channel of insecureGrpcChannels(context, facts)) {
    context.report({ range: channel.span.range, message: grpcMessage(channel), severity: 'info' });
  }
}

function report(context: RuleContext, key: string, value: string, start: number): void {
  const clear = cleartextFinding(value);
  if (!clear) return;
  context.report({
    range: context.index.range(start, start + value.length),
    message: messageFor(clear, `"${key}"`),
    severity: severityOf(context, clear),
    fixes: switchFix(context, start, clear),
  });
}

function checkAppConfig(context: RuleContext): void {
  const kind = appConfigKind(context);
  if (!kind) return;
  for (const value of appConfigValues(context)) {
    if (NOT_CONFIG_NAME.test(value.key) || backingConfigOf(value, kind, context.path) || endpointConfigOf(value, context)) continue;
    report(context, value.path, value.value, value.start);
  }
}

/** Offset where a YAML scalar's content starts (after an opening quote). */
function contentStart(node: YamlNode): number | undefined {
  if (!isScalar(node) || !node.range) return undefined;
  return node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? node.range[0] + 1 : node.range[0];
}

/** Compose `environment:` (map or `KEY=value` list) and Kubernetes container `env: [{name, value}]`. */
function checkDeployment(context: RuleContext): void {
  for (const root of roots(yamlOf(context))) {
    for (const entry of entries(root)) {
      const isCompose = context.language === 'compose' && entry.key === 'environment' && entry.path[0] === 'services';
      if (isCompose && isMap(entry.value)) {
        for (const pair of entry.value.items) {
          const v = pair.value as YamlNode;
          const start = contentStart(v);
          const text = scalarText(v);
          if (start !== undefined && text !== undefined) report(context, String(scalarText(pair.key as YamlNode)), text, start);
        }
      } else if (isSeq(entry.value) && (isCompose || (context.language === 'kubernetes' && entry.key === 'env'))) {
        for (const item of entry.value.items) deploymentItem(context, item as YamlNode);
      }
    }
  }
}

function deploymentItem(context: RuleContext, item: YamlNode): void {
  if (isScalar(item)) {
    const text = scalarText(item);
    const start = contentStart(item);
    const eq = text?.indexOf('=') ?? -1;
    if (text !== undefined && start !== undefined && eq > 0) report(context, text.slice(0, eq), text.slice(eq + 1), start + eq + 1);
  } else if (isMap(item)) {
    const name = scalarText(item.get('name', true) as YamlNode);
    const value = item.get('value', true) as YamlNode;
    const start = contentStart(value);
    const text = scalarText(value);
    if (name && start !== undefined && text !== undefined) report(context, name, text, start);
  }
}

export const cleartextProtocol: Rule = {
  meta: {
    id: 'security/cleartext-protocol',
    title: 'Clear-text protocol to a remote host',
    category: 'security',
    reference: 'CWE-319; Twelve-Factor IV: Backing services',
    rationale:
      'http://, ws://, redis://, amqp:// and connection strings with TLS switched off send credentials and data unencrypted. Between machines, anyone on the path can read or alter them; TLS is cheap and every managed service offers it.',
    defaultSeverity: 'info',
    languages: ['javascript', 'typescript', 'tsx', 'python', 'go', 'java', 'csharp', 'ruby', 'php', 'properties', 'yaml', 'json', 'compose', 'kubernetes'],
    docs: 'docs/rules/security/cleartext-protocol.md',
    prefilter: /(http|ws|ftp|telnet|amqp|mqtt|redis|ldap|smtp):\/\/|sslmode=|useSSL=|Encrypt\s*=|ssl=false|tls=false|WithInsecure|NewCredentials|insecure_channel/i,
    examples,
  },
  check(context) {
    if (context.facts) {
      checkCode(context, context.facts);
      checkGrpc(context, context.facts);
    }
    else if (context.language === 'compose' || context.language === 'kubernetes') checkDeployment(context);
    else checkAppConfig(context);
  },
};
