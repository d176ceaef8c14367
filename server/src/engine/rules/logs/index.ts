import type { Rule } from '../rule';
import { fileHandlerInCode } from './file-handler-in-code';

export const LOGS_RULES: readonly Rule[] = [fileHandlerInCode];
