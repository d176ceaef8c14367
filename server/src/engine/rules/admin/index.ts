import type { Rule } from '../rule';
export const ADMIN_RULES: readonly Rule[] = [];
