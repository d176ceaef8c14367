import type { Rule } from '../rule';
import { ghaScriptInjection } from './gha/script-injection';
import { ghaSecretExposure } from './gha/secret-exposure';

/** GitHub Actions workflows. */
export const WORKFLOW_RULES: readonly Rule[] = [ghaScriptInjection, ghaSecretExposure];
