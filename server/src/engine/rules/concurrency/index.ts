import type { Rule } from '../rule';
export const CONCURRENCY_RULES: readonly Rule[] = [];
