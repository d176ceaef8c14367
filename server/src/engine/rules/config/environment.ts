import type { Rule } from '../rule';
import { envNameBranching } from './env-name-branching';
import { unsafeEnvFallback } from './unsafe-env-fallback';

/** Branching on environment names and unsafe env fallbacks. */
export const ENVIRONMENT_RULES: readonly Rule[] = [envNameBranching, unsafeEnvFallback];
