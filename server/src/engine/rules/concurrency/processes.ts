import type { Rule } from '../rule';
import { inProcessScheduler } from './in-process-scheduler';

/** Schedulers inside web processes. */
export const PROCESS_CONCURRENCY_RULES: readonly Rule[] = [inProcessScheduler];
