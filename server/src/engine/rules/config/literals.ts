import type { Rule } from '../rule';
import { hardcodedEndpoint } from './hardcoded-endpoint';
/** Hardcoded endpoints and addresses. */
export const LITERAL_RULES: readonly Rule[] = [hardcodedEndpoint];
