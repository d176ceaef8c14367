import type { Rule } from '../rule';

/** Branching on environment names and unsafe env fallbacks. */
export const ENVIRONMENT_RULES: readonly Rule[] = [];
