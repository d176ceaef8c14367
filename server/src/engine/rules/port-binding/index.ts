import type { Rule } from '../rule';
import { hardcodedListenPort } from './hardcoded-listen-port';

export const PORT_BINDING_RULES: readonly Rule[] = [hardcodedListenPort];
