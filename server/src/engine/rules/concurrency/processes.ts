import type { Rule } from '../rule';

/** Schedulers inside web processes. */
export const PROCESS_CONCURRENCY_RULES: readonly Rule[] = [];
