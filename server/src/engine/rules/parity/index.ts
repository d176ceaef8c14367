import type { Rule } from '../rule';
export const PARITY_RULES: readonly Rule[] = [];
