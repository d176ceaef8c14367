import type { Rule } from '../rule';
export const PROCESSES_RULES: readonly Rule[] = [];
