import type { Severity } from '../../types';
import type { Rule, RuleContext } from '../rule';
import { uniqueHits } from './defaults-facts';
import { fileScope, isDevGuarded } from './defaults-scope';
import { codeHits } from './debug-mode-enabled-code';
import { configHits, type ConfigHit } from './debug-mode-enabled-config';
import { examples } from './debug-mode-enabled.examples';

/**
 * Hint in tests; Information in development-only files and stages; Error in production files; else Warning.
 * Code inside a development guard is the pattern the frameworks recommend, so it is not reported at all.
 */
function severityOf(context: RuleContext, hit: ConfigHit): Severity | undefined {
  const scope = fileScope(context.path);
  if (scope === 'template' || (context.facts && isDevGuarded(context, hit.start))) return undefined;
  if (context.isTest) return 'hint';
  if (scope === 'development' || hit.devStage) return 'info';
  return scope === 'production' ? 'error' : 'warning';
}

function check(context: RuleContext): void {
  const hits = context.facts ? codeHits(context, context.facts) : configHits(context);
  for (const hit of uniqueHits(hits)) {
    const severity = severityOf(context, hit);
    if (!severity) continue;
    context.report({
      range: hit.range,
      message: `${hit.api} turns on debug mode, which shows stack traces, settings or debug endpoints to anyone who can reach the app (CWE-489). Leave it off by default and let each deploy opt in through its environment (Twelve-Factor III).`,
      severity,
      fixes: hit.fixes ?? [],
    });
  }
}

export const debugModeEnabled: Rule = {
  meta: {
    id: 'security/debug-mode-enabled',
    title: 'Debug mode enabled',
    category: 'security',
    reference: 'CWE-489: Active Debug Code; Twelve-Factor III: Config',
    rationale:
      'Debug modes print stack traces, settings and sometimes run an interactive console in the browser. Hard-coded on, they reach production with the next deploy; driven by an environment variable that defaults to off, only the deploys that ask for them get them.',
    defaultSeverity: 'warning',
    languages: ['python', 'javascript', 'typescript', 'tsx', 'go', 'java', 'csharp', 'ruby', 'php', 'dotenv', 'dockerfile', 'compose', 'kubernetes', 'properties', 'yaml', 'xml'],
    docs: 'docs/rules/security/debug-mode-enabled.md',
    prefilter: /debug|DEBUG|Debug|errorhandler|DeveloperExceptionPage|DatabaseErrorPage|consider_all_requests_local|display_errors|include-stacktrace|include-exception|trace|customErrors|_ENV|_ENVIRONMENT|"env"|'env'|pprof/,
    examples,
  },
  check,
};
