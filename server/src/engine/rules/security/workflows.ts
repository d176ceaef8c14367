import type { Rule } from '../rule';

/** GitHub Actions workflows. */
export const WORKFLOW_RULES: readonly Rule[] = [];
