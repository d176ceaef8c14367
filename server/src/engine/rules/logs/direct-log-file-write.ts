import { isCodeLanguage } from '../../classify';
import type { Rule, RuleContext } from '../rule';
import { examples } from './direct-log-file-write.examples';
import { detectDirectWrites } from './direct-write-code';
import { detectCompose, detectDockerfile } from './direct-write-docker';

function checkCode(context: RuleContext): void {
  const facts = context.facts;
  if (!facts) return;
  for (const write of detectDirectWrites(context, facts)) {
    context.report({
      range: write.call.calleeSpan.range,
      message: `${write.api} appends to a log file. Write events to stdout (through a logger) and let the platform collect them (Twelve-Factor XI: Logs).`,
      severity: context.isTest ? 'hint' : undefined,
    });
  }
}

function check(context: RuleContext): void {
  if (isCodeLanguage(context.language)) return checkCode(context);
  const found = context.language === 'dockerfile' ? detectDockerfile(context) : context.language === 'compose' ? detectCompose(context) : [];
  for (const finding of found) {
    context.report({ range: finding.range, message: finding.message, severity: context.isTest ? 'hint' : undefined, fixes: finding.fix ? [finding.fix] : [] });
  }
}

export const directLogFileWrite: Rule = {
  meta: {
    id: 'logs/direct-log-file-write',
    title: 'Log file written or managed directly',
    category: 'logs',
    reference: 'Twelve-Factor XI: Logs',
    rationale:
      'Appending lines to a log file by hand, redirecting the main process into a file, rotating files inside the image or mounting a log volume all make the app manage its own log storage, which twelve-factor leaves to the execution environment.',
    defaultSeverity: 'warning',
    languages: ['javascript', 'typescript', 'tsx', 'python', 'go', 'java', 'csharp', 'ruby', 'php', 'dockerfile', 'compose'],
    docs: 'docs/rules/logs/direct-log-file-write.md',
    // Every finding names a log file or folder (`app.log`, `'logs'`, `/var/log`), logrotate, or a volume.
    prefilter: /\.log(?:\.\d+)?\b|logs?["'`/\\]|logrotate|VOLUME|volumes/i,
    examples,
  },
  check,
};
