import { isCodeLanguage } from '../../classify';
import type { Rule, RuleContext } from '../rule';
import { examples } from './file-handler-in-code.examples';
import { detectJavaScript } from './file-handler-js';
import { detectPython } from './file-handler-python';
import type { Detection } from './file-handler-shared';

function detect(context: RuleContext): Detection[] {
  const facts = context.facts;
  if (!facts || !isCodeLanguage(facts.language)) return [];
  return facts.language === 'python' ? detectPython(context, facts) : detectJavaScript(facts);
}

function check(context: RuleContext): void {
  for (const detection of detect(context)) {
    const span = detection.call?.calleeSpan ?? detection.span;
    if (!span) continue;
    context.report({
      range: span.range,
      message: `${detection.api} writes logs to a file. Write the event stream to stdout and let the platform collect it (Twelve-Factor XI: Logs).`,
      severity: context.isTest ? 'hint' : undefined,
      fixes: detection.fix ? [detection.fix] : [],
    });
  }
}

export const fileHandlerInCode: Rule = {
  meta: {
    id: 'logs/file-handler-in-code',
    title: 'Logs written to a file',
    category: 'logs',
    reference: 'Twelve-Factor XI: Logs',
    rationale:
      'A twelve-factor process never manages log files: files fill disks, vanish with containers and are invisible to the platform. Writing the event stream to stdout lets the runtime route, store and search it.',
    defaultSeverity: 'warning',
    languages: ['javascript', 'typescript', 'tsx', 'python'],
    docs: 'docs/rules/logs/file-handler-in-code.md',
    prefilter: /FileHandler|basicConfig|logger\.add|transports|DailyRotateFile|createWriteStream|destination|pino\/file|createLogger|configure/,
    examples,
  },
  check,
};
