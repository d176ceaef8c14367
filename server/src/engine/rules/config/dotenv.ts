import type { Rule } from '../rule';
import { dotenvHygiene } from './dotenv-hygiene';
import { undocumentedEnvVar } from './undocumented-env-var';
import { unreadEnvVar } from './unread-env-var';

/** .env files and the variables the code reads. */
export const DOTENV_RULES: readonly Rule[] = [dotenvHygiene, undocumentedEnvVar, unreadEnvVar];
