import type { Rule } from '../rule';
import { cleartextProtocol } from './cleartext-protocol';

/** Clear-text protocols. */
export const TRANSPORT_RULES: readonly Rule[] = [cleartextProtocol];
