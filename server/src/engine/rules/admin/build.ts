import type { Rule } from '../rule';

/** Admin tasks in the image build. */
export const BUILD_ADMIN_RULES: readonly Rule[] = [];
