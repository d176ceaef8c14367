import type { Rule } from '../rule';
import { noSigtermHandler } from './no-sigterm-handler';

/** Shutdown handling in code. */
export const CODE_DISPOSABILITY_RULES: readonly Rule[] = [noSigtermHandler];
