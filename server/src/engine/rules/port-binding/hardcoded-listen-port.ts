import type { Rule, RuleContext } from '../rule';
import { serverStarts } from '../shared/servers';
import { checkConfigFile } from './hardcoded-listen-port-config';
import { examples } from './hardcoded-listen-port.examples';
import { readPortFix } from './hardcoded-listen-port-fixes';
import { isLoopbackHost, literalPort, valueSpan, type LiteralPort } from './hardcoded-listen-port-resolve';

function message(api: string, found: LiteralPort): string {
  const via = found.constant ? ` (through ${found.constant.target})` : '';
  const loopback = isLoopbackHost(found.host)
    ? ` It also binds ${found.host}, which is unreachable from outside a container; bind all interfaces there.`
    : '';
  return `${api} binds the fixed port ${found.port}${via}. Read the port from the PORT environment variable, with ${found.port} as the default, so the platform can assign it (Twelve-Factor VII: Port binding).${loopback}`;
}

function check(context: RuleContext): void {
  // Test servers bind whatever port the test wants.
  if (context.isTest) return;
  if (checkConfigFile(context)) return;
  const facts = context.facts;
  if (!facts) return;
  for (const start of serverStarts({ facts, text: context.text, index: context.index })) {
    const found = literalPort(facts, context.text, context.index, start);
    if (!found || !start.port) continue;
    const fix = readPortFix(context, found, start.form);
    context.report({ range: valueSpan(context.text, context.index, start.port).range, message: message(start.api, found), fixes: fix ? [fix] : [] });
  }
}

export const hardcodedListenPort: Rule = {
  meta: {
    id: 'port-binding/hardcoded-listen-port',
    title: 'Server listens on a hardcoded port',
    category: 'port-binding',
    reference: 'Twelve-Factor VII: Port binding',
    rationale:
      'A twelve-factor service is reached through the port its execution environment binds for it. A port written into the code cannot follow what the platform (a PaaS, Kubernetes, a second local instance) assigns, so the service must read it from PORT.',
    defaultSeverity: 'warning',
    languages: ['javascript', 'typescript', 'tsx', 'python', 'go', 'java', 'csharp', 'ruby', 'php', 'properties', 'yaml', 'dockerfile'],
    docs: 'docs/rules/port-binding/hardcoded-listen-port.md',
    prefilter: /listen|serve|\brun|start|\bport\b|UseUrls|Server|\bphp\b/i,
    examples,
  },
  check,
};
