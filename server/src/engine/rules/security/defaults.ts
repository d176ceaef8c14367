import type { Rule } from '../rule';

/** Insecure defaults: TLS verification, debug mode, CORS. */
export const INSECURE_DEFAULT_RULES: readonly Rule[] = [];
