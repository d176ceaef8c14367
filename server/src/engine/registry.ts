import { ADMIN_RULES } from './rules/admin';
import { BACKING_RULES } from './rules/backing';
import { CONCURRENCY_RULES } from './rules/concurrency';
import { CONFIG_RULES } from './rules/config';
import { DISPOSABILITY_RULES } from './rules/disposability';
import { LOGS_RULES } from './rules/logs';
import { PARITY_RULES } from './rules/parity';
import { PORT_BINDING_RULES } from './rules/port-binding';
import { PROCESSES_RULES } from './rules/processes';
import type { Rule } from './rules/rule';
import { SECRET_RULES } from './rules/secrets';
import { SECURITY_RULES } from './rules/security';
import type { Language, RuleMeta } from './types';
import type { Settings } from './settings';

/**
 * Every built-in rule, category by category (each category's `index.ts` lists its own).
 * Order is the reporting order for findings on the same range; the secrets rules come last.
 */
export const RULES: readonly Rule[] = [
  ...CONFIG_RULES,
  ...BACKING_RULES,
  ...PROCESSES_RULES,
  ...PORT_BINDING_RULES,
  ...CONCURRENCY_RULES,
  ...DISPOSABILITY_RULES,
  ...PARITY_RULES,
  ...LOGS_RULES,
  ...ADMIN_RULES,
  ...SECURITY_RULES,
  ...SECRET_RULES,
];

const BY_ID = new Map(RULES.map((r) => [r.meta.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}

export function allRuleMetas(): RuleMeta[] {
  return RULES.map((r) => r.meta);
}

/** Rules that apply to a language and are not turned off. */
export function enabledRules(language: Language, settings: Settings): Rule[] {
  return RULES.filter((r) => r.meta.languages.includes(language) && settings.rules[r.meta.id] !== 'off');
}
