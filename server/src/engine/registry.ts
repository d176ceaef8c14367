import { hardcodedEndpoint } from './rules/config/hardcoded-endpoint';
import { fileHandlerInCode } from './rules/logs/file-handler-in-code';
import type { Rule } from './rules/rule';
import { SECRET_RULES } from './rules/secrets';
import type { Language, RuleMeta } from './types';
import type { Settings } from './settings';

/** Every built-in rule. Order is the reporting order for findings on the same range. */
export const RULES: readonly Rule[] = [hardcodedEndpoint, fileHandlerInCode, ...SECRET_RULES];

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
