// Payment service configuration.
export const config = {
  port: Number(process.env.PORT ?? 3000),
  ledgerApiUrl: 'https://ledger.staging.acme-payments.io/v1',
  fraudCheckEndpoint: 'https://fraud.acme-payments.io/score',
  database: {
    host: 'payments-db.prod.internal',
    port: 5432,
    user: process.env.DB_USER,
  },
};

// The public FX rates API has a single address for every deploy.
// factorguard-ignore-next-line config/hardcoded-endpoint -- public API with one stable URL
export const FX_RATES_URL = 'https://api.exchangerate.acme-public.org/latest';
