import type { Rule } from '../rule';
export const BACKING_RULES: readonly Rule[] = [];
