import type { Rule } from '../rule';
import { inMemorySessionStore } from './in-memory-session-store';
import { localFilesystemState } from './local-filesystem-state';

export const PROCESSES_RULES: readonly Rule[] = [inMemorySessionStore, localFilesystemState];
