import type { Rule } from '../rule';
import { divergentBackingServices } from './divergent-backing-services';

export const PARITY_RULES: readonly Rule[] = [divergentBackingServices];
