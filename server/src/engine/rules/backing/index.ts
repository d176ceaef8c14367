import type { Rule } from '../rule';
import { hardcodedResourceHandle } from './hardcoded-resource-handle';

export const BACKING_RULES: readonly Rule[] = [hardcodedResourceHandle];
