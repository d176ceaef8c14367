import { isCodeLanguage } from '../../classify';
import { environmentWord } from '../../guards/hosts';
import { isIpHost, isSingleLabelHost } from '../../guards/locators';
import type { Severity } from '../../types';
import type { Rule, RuleContext } from '../rule';
import { envReadsOf } from '../shared/envReads';
import { examples } from './unsafe-env-fallback.examples';
import { makeRequiredFix, placeholderFix } from './unsafe-env-fallback.fixes';
import { describeFallback, unsafeFallback, type UnsafeValue } from './unsafe-env-fallback.values';

/** Compose `${X:-d}` / `${X-d}`; group 2 is the operator, group 3 the default. */
const COMPOSE_DEFAULT = /\$\{([A-Za-z_]\w*)(:?-)([^}\n]*)\}/g;
/** Spring `${X:d}`: property placeholders with a default. */
const SPRING_DEFAULT = /\$\{([A-Za-z_][\w.-]*)(:)([^}\n]*)\}/g;
/** Spring configuration files; other YAML has no `${X:d}` convention. */
const SPRING_FILE = /(^|\/)(application|bootstrap)([-.][\w.-]+)?\.(ya?ml|properties)$/i;

function messageFor(name: string, unsafe: UnsafeValue): string {
  if (unsafe.kind === 'credential') {
    return `"${name}" has ${describeFallback(unsafe)}: a deploy that forgets the variable runs with a credential from the source code. Make it required and keep the value out of the code (Twelve-Factor III: Config).`;
  }
  return `"${name}" falls back to ${describeFallback(unsafe)} when unset, so a deploy that forgets it silently uses another environment's service; make it required (Twelve-Factor III: Config).`;
}

/** Internal names and addresses belong to one deployment; a public FQDN may be a product's documented default. */
const DEPLOYMENT_HOST = /\.(internal|local|lan|corp|intra|intranet|svc|cluster\.local|consul|private)$/i;

function isDeploymentHost(host: string): boolean {
  return environmentWord(host) !== undefined || DEPLOYMENT_HOST.test(host) || isIpHost(host) || isSingleLabelHost(host);
}

/**
 * Credentials: error. An address that names an environment, an internal domain or an IP: warning.
 * A public FQDN (`https://marketplace.visualstudio.com` behind `VSCE_MARKETPLACE_URL`) is often a tool's
 * documented default that the variable overrides for a mirror: a hint only.
 */
function severityFor(context: RuleContext, unsafe: UnsafeValue, base: Severity = 'warning'): Severity {
  if (context.isTest) return 'hint';
  if (unsafe.kind === 'credential') return base === 'info' ? 'info' : 'error';
  if (!isDeploymentHost(unsafe.host)) return 'hint';
  return base;
}

function checkCode(context: RuleContext): void {
  const facts = context.facts;
  if (!facts) return;
  for (const read of envReadsOf(facts, context.text)) {
    const value = read.fallback?.kind === 'string' ? read.fallback.value : undefined;
    if (value === undefined || !read.fallback) continue;
    const unsafe = unsafeFallback(read.name, value);
    if (!unsafe) continue;
    const fix = makeRequiredFix({ read, text: context.text, facts, index: context.index });
    context.report({
      range: read.fallback.range,
      message: messageFor(read.name, unsafe),
      severity: severityFor(context, unsafe),
      fixes: fix ? [fix] : [],
    });
  }
}

/** Placeholders with defaults in compose files and Spring configuration; comment lines are skipped. */
function checkPlaceholders(context: RuleContext, pattern: RegExp, base: Severity): void {
  for (const m of context.text.matchAll(pattern)) {
    const [, name, operator, value] = m;
    const lineStart = context.text.lastIndexOf('\n', m.index) + 1;
    if (/^\s*[#!]/.test(context.text.slice(lineStart, m.index))) continue;
    const unsafe = unsafeFallback(name, value.replace(/^["']|["']$/g, ''));
    if (!unsafe) continue;
    const defaultStart = m.index + 2 + name.length;
    const defaultEnd = defaultStart + operator.length + value.length;
    context.report({
      range: context.index.range(defaultStart + operator.length, defaultEnd),
      message: messageFor(name, unsafe),
      severity: severityFor(context, unsafe, base),
      fixes: [placeholderFix(context.language, name, context.index, defaultStart, defaultEnd)],
    });
  }
}

function check(context: RuleContext): void {
  if (isCodeLanguage(context.language)) checkCode(context);
  // A dev default in compose is common and visible next to the service: information only.
  else if (context.language === 'compose') checkPlaceholders(context, COMPOSE_DEFAULT, 'info');
  else if (SPRING_FILE.test(context.path)) checkPlaceholders(context, SPRING_DEFAULT, 'warning');
}

export const unsafeEnvFallback: Rule = {
  meta: {
    id: 'config/unsafe-env-fallback',
    title: 'Environment variable falls back to a deploy value',
    category: 'config',
    reference: 'Twelve-Factor III: Config; CWE-1188',
    rationale:
      'A default that points at a real service or holds a credential turns a forgotten variable into a silent misconfiguration: the deploy starts and talks to another environment, or runs with a password from the source code. Required variables fail at startup instead.',
    defaultSeverity: 'warning',
    languages: ['javascript', 'typescript', 'tsx', 'python', 'go', 'java', 'csharp', 'ruby', 'php', 'compose', 'yaml', 'properties'],
    docs: 'docs/rules/config/unsafe-env-fallback.md',
    prefilter: /env|ENV|getenv|Getenv|GetEnvironmentVariable|\$\{/,
    examples,
  },
  check,
};
