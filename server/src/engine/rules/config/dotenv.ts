import type { Rule } from '../rule';
import { dotenvHygiene } from './dotenv-hygiene';

/** .env files and the variables the code reads. */
export const DOTENV_RULES: readonly Rule[] = [dotenvHygiene];
