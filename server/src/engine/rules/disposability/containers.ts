import type { Rule } from '../rule';

/** Container entrypoints. */
export const CONTAINER_DISPOSABILITY_RULES: readonly Rule[] = [];
