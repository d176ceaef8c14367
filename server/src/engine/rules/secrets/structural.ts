import type { Rule } from '../rule';

/** Key blocks, JWTs, credentials in URLs, connection strings and credential files. */
export const STRUCTURAL_RULES: readonly Rule[] = [];
