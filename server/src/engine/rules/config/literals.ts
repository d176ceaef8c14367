import type { Rule } from '../rule';
import { hardcodedEndpoint } from './hardcoded-endpoint';
import { hardcodedIpAddress } from './hardcoded-ip-address';
/** Hardcoded endpoints and addresses. */
export const LITERAL_RULES: readonly Rule[] = [hardcodedEndpoint, hardcodedIpAddress];
