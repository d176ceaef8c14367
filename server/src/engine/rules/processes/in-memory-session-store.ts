import { isCodeLanguage } from '../../classify';
import type { CodeLanguage } from '../../types';
import type { Rule, RuleContext } from '../rule';
import { isDevOnlyPath } from './deploy-scope';
import { examples } from './in-memory-session-store.examples';
import { dotenvSessions, kubernetesAffinity, type ConfigDetection } from './session-config';
import { detectSessionCode } from './session-code';

function codeFindings(context: RuleContext): ConfigDetection[] {
  if (!context.facts) return [];
  return detectSessionCode(context.language as CodeLanguage, context.facts, context.text).map((d) => ({
    range: d.span.range,
    message: `${d.what}: sessions are lost on restart and not shared between instances (VI. Processes). Use ${d.instead}.`,
  }));
}

export const inMemorySessionStore: Rule = {
  meta: {
    id: 'processes/in-memory-session-store',
    title: 'Sessions kept in process memory or on local disk',
    category: 'processes',
    reference: 'VI. Processes',
    rationale:
      'Twelve-factor processes share nothing: session state held in memory or on one instance\'s disk is lost on restart and invisible to the other instances, so it belongs in a backing store with expiry such as Redis.',
    defaultSeverity: 'warning',
    languages: ['javascript', 'typescript', 'tsx', 'python', 'go', 'csharp', 'ruby', 'php', 'dotenv', 'kubernetes'],
    docs: 'docs/rules/processes/in-memory-session-store.md',
    prefilter: /session|memorystore|affinity/i,
    examples,
  },
  check(context) {
    // Tests and developer-only configuration never serve more than one process (G1, G9).
    if (context.isTest || isDevOnlyPath(context.path)) return;
    const found = isCodeLanguage(context.language)
      ? codeFindings(context)
      : context.language === 'dotenv'
        ? dotenvSessions(context)
        : context.language === 'kubernetes'
          ? kubernetesAffinity(context)
          : [];
    for (const finding of found) context.report(finding);
  },
};
