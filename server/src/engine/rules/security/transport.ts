import type { Rule } from '../rule';

/** Clear-text protocols. */
export const TRANSPORT_RULES: readonly Rule[] = [];
