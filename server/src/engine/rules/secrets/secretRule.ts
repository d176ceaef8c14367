import { moveToEnvFix } from '../../fixes/builders';
import { deriveEnvName } from '../../fixes/envName';
import { maskSecret } from '../../mask';
import type { SecretHit } from '../../secrets/hits';
import { secretsOf } from '../../secrets/scan';
import type { Example, FixData, Language, RuleMeta, Severity } from '../../types';
import type { Rule, RuleContext } from '../rule';

/** Secrets can be committed in any text file. */
export const ALL_LANGUAGES: readonly Language[] = [
  'javascript', 'typescript', 'tsx', 'python', 'go', 'java', 'csharp', 'ruby', 'php',
  'dotenv', 'dockerfile', 'compose', 'kubernetes', 'github-actions', 'yaml', 'json', 'properties', 'plaintext',
];

export const SECRET_REFERENCE = 'CWE-798 (hard-coded credentials); Twelve-Factor III. Config';

/** The message of a secret finding: the secret appears only masked. */
export function secretMessage(hit: SecretHit): string {
  const qualifier = hit.qualifier ? ` (${hit.qualifier})` : '';
  return `${hit.name}${qualifier}: ${maskSecret(hit.value)}. Move it to an environment variable or a secret manager, and rotate it.`;
}

/** "Move to environment variable" when the secret sits in a string literal of code. */
export function secretFixes(context: RuleContext, hit: SecretHit): FixData[] {
  const literal = context.facts?.strings.find((s) => s.start <= hit.start && hit.end <= s.end && !s.interpolated);
  if (!literal) return [];
  const identifier = literal.binding === 'argument' || literal.binding === 'element' ? hit.boundName : literal.name ?? hit.boundName;
  const suffix = /key$/i.test(hit.name) ? 'KEY' : /password/i.test(hit.name) ? 'PASSWORD' : 'TOKEN';
  const name = deriveEnvName({ identifier, suffix, callee: literal.call?.callee });
  return [moveToEnvFix(context, literal.range, literal.value, name, true)];
}

/** Reports this rule's share of the file's secret hits. */
export function reportHits(context: RuleContext, ruleId: string): void {
  const hits = secretsOf({
    path: context.path,
    text: context.text,
    language: context.language,
    index: context.index,
    facts: context.facts,
    isTest: context.isTest,
  });
  for (const hit of hits) {
    if (hit.ruleId !== ruleId) continue;
    context.report({
      range: context.index.range(hit.start, hit.end),
      message: secretMessage(hit),
      severity: hit.severity,
      fixes: secretFixes(context, hit),
    });
  }
}

export interface SecretRuleMeta {
  id: string;
  title: string;
  rationale: string;
  defaultSeverity?: Severity;
  prefilter: RegExp;
  examples: { valid: Example[]; invalid: Example[] };
  languages?: readonly Language[];
}

/** A rule that reports the shared secret scan's hits for its id. */
export function secretRule(spec: SecretRuleMeta): Rule {
  const meta: RuleMeta = {
    id: spec.id,
    title: spec.title,
    category: 'secrets',
    reference: SECRET_REFERENCE,
    rationale: spec.rationale,
    defaultSeverity: spec.defaultSeverity ?? 'error',
    languages: spec.languages ?? ALL_LANGUAGES,
    docs: `docs/rules/${spec.id}.md`,
    prefilter: spec.prefilter,
    examples: spec.examples,
  };
  return { meta, check: (context) => reportHits(context, meta.id) };
}
