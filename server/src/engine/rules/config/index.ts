import type { Rule } from '../rule';
import { DOTENV_RULES } from './dotenv';
import { ENVIRONMENT_RULES } from './environment';
import { LITERAL_RULES } from './literals';

export const CONFIG_RULES: readonly Rule[] = [...LITERAL_RULES, ...ENVIRONMENT_RULES, ...DOTENV_RULES];
