import type { Rule } from '../rule';
import { inMemorySessionStore } from './in-memory-session-store';

export const PROCESSES_RULES: readonly Rule[] = [inMemorySessionStore];
