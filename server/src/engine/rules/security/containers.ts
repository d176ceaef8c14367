import type { Rule } from '../rule';

/** Dockerfile build secrets. */
export const CONTAINER_SECURITY_RULES: readonly Rule[] = [];
