import { config } from './config';
import { logger } from './logger';

export async function postEntry(amountCents: number): Promise<void> {
  logger.info('posting ledger entry to https://ledger.staging.acme-payments.io');
  const response = await fetch(`${config.ledgerApiUrl}/entries`, {
    method: 'POST',
    body: JSON.stringify({ amountCents }),
  });
  if (!response.ok) throw new Error(`ledger rejected the entry: ${response.status}`);
}
