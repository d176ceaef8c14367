import type { Rule } from '../rule';

/** .env files and the variables the code reads. */
export const DOTENV_RULES: readonly Rule[] = [];
