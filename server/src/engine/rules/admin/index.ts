import type { Rule } from '../rule';
import { BUILD_ADMIN_RULES } from './build';
import { RUNTIME_ADMIN_RULES } from './runtime';

export const ADMIN_RULES: readonly Rule[] = [...BUILD_ADMIN_RULES, ...RUNTIME_ADMIN_RULES];
