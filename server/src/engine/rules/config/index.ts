import type { Rule } from '../rule';
import { hardcodedEndpoint } from './hardcoded-endpoint';

export const CONFIG_RULES: readonly Rule[] = [hardcodedEndpoint];
