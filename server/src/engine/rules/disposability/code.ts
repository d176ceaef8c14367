import type { Rule } from '../rule';

/** Shutdown handling in code. */
export const CODE_DISPOSABILITY_RULES: readonly Rule[] = [];
