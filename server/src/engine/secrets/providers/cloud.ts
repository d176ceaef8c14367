import type { ProviderSpec } from '../spec';

/** Cloud, infrastructure and developer-platform providers. */
export const CLOUD_PROVIDERS: readonly ProviderSpec[] = [];
