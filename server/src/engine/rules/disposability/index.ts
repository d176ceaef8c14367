import type { Rule } from '../rule';
export const DISPOSABILITY_RULES: readonly Rule[] = [];
