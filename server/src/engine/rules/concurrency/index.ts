import type { Rule } from '../rule';
import { CONTAINER_CONCURRENCY_RULES } from './containers';
import { PROCESS_CONCURRENCY_RULES } from './processes';

export const CONCURRENCY_RULES: readonly Rule[] = [...CONTAINER_CONCURRENCY_RULES, ...PROCESS_CONCURRENCY_RULES];
