import type { Rule } from '../rule';
import { shellFormEntrypoint } from './shell-form-entrypoint';

/** Container entrypoints. */
export const CONTAINER_DISPOSABILITY_RULES: readonly Rule[] = [shellFormEntrypoint];
