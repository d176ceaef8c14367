import type { Rule } from '../rule';
export const SECURITY_RULES: readonly Rule[] = [];
