import type { ProviderSpec } from '../spec';
import { CLOUD_PROVIDERS } from './cloud';
import { github } from './github';
import { SAAS_PROVIDERS } from './saas';

/** Every provider, in reporting order. */
export const PROVIDERS: readonly ProviderSpec[] = [github, ...CLOUD_PROVIDERS, ...SAAS_PROVIDERS];
