import type { Rule } from '../rule';
import { CONTAINER_SECURITY_RULES } from './containers';
import { INSECURE_DEFAULT_RULES } from './defaults';
import { TRANSPORT_RULES } from './transport';
import { WORKFLOW_RULES } from './workflows';

export const SECURITY_RULES: readonly Rule[] = [...INSECURE_DEFAULT_RULES, ...TRANSPORT_RULES, ...CONTAINER_SECURITY_RULES, ...WORKFLOW_RULES];
