import type { Rule } from '../rule';
import { corsWildcard } from './cors-wildcard';
import { debugModeEnabled } from './debug-mode-enabled';
import { tlsVerificationDisabled } from './tls-verification-disabled';

/** Insecure defaults: TLS verification, debug mode, CORS. */
export const INSECURE_DEFAULT_RULES: readonly Rule[] = [tlsVerificationDisabled, debugModeEnabled, corsWildcard];
