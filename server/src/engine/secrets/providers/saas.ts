import type { ProviderSpec } from '../spec';

/** SaaS, communication, payment and AI providers. */
export const SAAS_PROVIDERS: readonly ProviderSpec[] = [];
