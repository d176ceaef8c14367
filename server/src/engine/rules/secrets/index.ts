import type { Rule } from '../rule';
import { PROVIDER_RULES } from './providers';
import { genericSecret } from './generic';
import { STRUCTURAL_RULES } from './structural';

/** Every secrets rule: provider formats first, then the structural and generic rules. */
export const SECRET_RULES: readonly Rule[] = [...PROVIDER_RULES, ...STRUCTURAL_RULES, genericSecret];
