import type { Rule } from '../rule';
export const PORT_BINDING_RULES: readonly Rule[] = [];
