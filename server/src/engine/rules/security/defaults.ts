import type { Rule } from '../rule';
import { tlsVerificationDisabled } from './tls-verification-disabled';

/** Insecure defaults: TLS verification, debug mode, CORS. */
export const INSECURE_DEFAULT_RULES: readonly Rule[] = [tlsVerificationDisabled];
