import type { Rule } from '../rule';
import { CODE_DISPOSABILITY_RULES } from './code';
import { CONTAINER_DISPOSABILITY_RULES } from './containers';

export const DISPOSABILITY_RULES: readonly Rule[] = [...CODE_DISPOSABILITY_RULES, ...CONTAINER_DISPOSABILITY_RULES];
