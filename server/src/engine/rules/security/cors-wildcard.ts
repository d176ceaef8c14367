import type { Severity } from '../../types';
import type { Rule, RuleContext } from '../rule';
import { codeCorsHits, type CorsHit } from './cors-wildcard-code';
import { configCorsHits } from './cors-wildcard-config';
import { headerHits, ingressHits, laravelHits } from './cors-wildcard-headers';
import { examples } from './cors-wildcard.examples';
import { uniqueHits } from './defaults-facts';
import { fileScope, isDevGuarded } from './defaults-scope';

function hitsOf(context: RuleContext): CorsHit[] {
  const facts = context.facts;
  if (!facts) return context.language === 'kubernetes' ? ingressHits(context) : configCorsHits(context);
  return [...codeCorsHits(context, facts), ...headerHits(context, facts), ...laravelHits(context, facts)];
}

/** Hint in tests, Information in development-only code; Error with credentials or a reflected origin; else Warning. */
function severityOf(context: RuleContext, hit: CorsHit): Severity {
  if (context.isTest) return 'hint';
  if (fileScope(context.path) === 'development' || (context.facts && isDevGuarded(context, hit.start))) return 'info';
  return hit.credentials || hit.reflected ? 'error' : 'warning';
}

function messageOf(hit: CorsHit): string {
  const risk = hit.reflected
    ? 'echoes any Origin back, so every website can make credentialed requests and read the responses'
    : hit.credentials
      ? 'lets every website call this API, and credentials are enabled too'
      : 'lets every website read this API\'s responses from a visitor\'s browser';
  return `${hit.api} ${risk} (CWE-942). List the allowed origins in configuration (for example CORS_ALLOWED_ORIGINS) so each deploy names its own front ends.`;
}

function check(context: RuleContext): void {
  for (const hit of uniqueHits(hitsOf(context))) {
    context.report({ range: hit.range, message: messageOf(hit), severity: severityOf(context, hit), fixes: hit.fixes ?? [] });
  }
}

export const corsWildcard: Rule = {
  meta: {
    id: 'security/cors-wildcard',
    title: 'CORS allows any origin',
    category: 'security',
    reference: 'CWE-942: Permissive Cross-domain Policy with Untrusted Domains; Twelve-Factor III: Config',
    rationale:
      'CORS decides which websites may read responses from a browser. A wildcard, or an echoed Origin, hands that to every site on the web; which front ends are trusted differs per deploy and belongs in configuration.',
    defaultSeverity: 'warning',
    languages: ['javascript', 'typescript', 'tsx', 'python', 'go', 'java', 'csharp', 'ruby', 'php', 'kubernetes', 'yaml', 'json', 'properties'],
    docs: 'docs/rules/security/cors-wildcard.md',
    prefilter: /cors|CORS|Cors|CrossOrigin|Access-Control-Allow-Origin|access-control-allow-origin|AllowAnyOrigin|OriginAllowed|allowedOrigin|AllowedOrigin|origins/,
    examples,
  },
  check,
};
