import type { Rule } from '../rule';
import { unsafeEnvFallback } from './unsafe-env-fallback';

/** Branching on environment names and unsafe env fallbacks. */
export const ENVIRONMENT_RULES: readonly Rule[] = [unsafeEnvFallback];
