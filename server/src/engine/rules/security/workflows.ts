import type { Rule } from '../rule';
import { ghaPullRequestTarget } from './gha/pull-request-target';
import { ghaScriptInjection } from './gha/script-injection';
import { ghaSecretExposure } from './gha/secret-exposure';

/** GitHub Actions workflows. */
export const WORKFLOW_RULES: readonly Rule[] = [ghaScriptInjection, ghaPullRequestTarget, ghaSecretExposure];
