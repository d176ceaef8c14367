import type { Rule } from '../rule';

/** Admin tasks at process start. */
export const RUNTIME_ADMIN_RULES: readonly Rule[] = [];
