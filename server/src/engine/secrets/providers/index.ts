import type { ProviderSpec } from '../spec';
import { github } from './github';

/** Every provider, in reporting order. */
export const PROVIDERS: readonly ProviderSpec[] = [github];
