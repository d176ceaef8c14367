import type { Rule } from '../rule';
import { daemonizeOrPidfile } from './daemonize-or-pidfile';

/** Daemons and PID files. */
export const CONTAINER_CONCURRENCY_RULES: readonly Rule[] = [daemonizeOrPidfile];
