import type { Rule } from '../rule';

/** Daemons and PID files. */
export const CONTAINER_CONCURRENCY_RULES: readonly Rule[] = [];
