import type { Rule } from '../rule';
import { schemaMutationOnStartup } from './schema-mutation-on-startup';

/** Admin tasks at process start. */
export const RUNTIME_ADMIN_RULES: readonly Rule[] = [schemaMutationOnStartup];
