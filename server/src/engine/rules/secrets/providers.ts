import { PROVIDERS } from '../../secrets/providers';
import { ruleIdOf } from '../../secrets/scan';
import type { ProviderSpec, SecretExample } from '../../secrets/spec';
import type { Example } from '../../types';
import type { Rule } from '../rule';
import { secretRule } from './secretRule';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function toExample(example: SecretExample): Example {
  return typeof example === 'string' ? { file: 'example.txt', code: example } : example;
}

/** One rule per provider, from the provider table. */
export function providerRule(spec: ProviderSpec): Rule {
  const keywords = new Set([...spec.keywords, ...spec.patterns.flatMap((p) => p.keywords ?? [])]);
  return secretRule({
    id: ruleIdOf(spec),
    title: spec.title,
    rationale: `A ${spec.provider} credential in a file is readable by everyone with access to the repository, its forks and its history. Keep it in the environment or a secret manager, and rotate any credential that was committed.`,
    prefilter: new RegExp([...keywords].map(escape).join('|'), 'i'),
    examples: { valid: spec.examples.valid.map(toExample), invalid: spec.examples.invalid.map(toExample) },
  });
}

export const PROVIDER_RULES: readonly Rule[] = PROVIDERS.map(providerRule);
