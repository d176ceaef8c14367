import type { Rule } from '../rule';
import { dockerfileSecretInEnvArg } from './dockerfile-secret-in-env-arg';

/** Dockerfile build secrets. */
export const CONTAINER_SECURITY_RULES: readonly Rule[] = [dockerfileSecretInEnvArg];
