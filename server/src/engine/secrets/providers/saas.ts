import type { ProviderSpec } from '../spec';
import { AI_PROVIDERS } from './saas-ai';
import { APP_PROVIDERS } from './saas-apps';
import { COMMUNICATION_PROVIDERS } from './saas-communication';
import { PAYMENT_PROVIDERS } from './saas-payment';

/** SaaS, communication, payment and AI providers. */
export const SAAS_PROVIDERS: readonly ProviderSpec[] = [...COMMUNICATION_PROVIDERS, ...PAYMENT_PROVIDERS, ...AI_PROVIDERS, ...APP_PROVIDERS];
