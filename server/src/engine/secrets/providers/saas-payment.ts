import type { ProviderSpec } from '../spec';
import { ALNUM, B64, B64URL, END, END_B64, HEX, LOWER_ALNUM, START, START_B64, UUID_LOWER, keyed, lettersAndDigits, sample } from './saas-helpers';

// Example tokens are generated from seeds (saas-helpers `sample`), so this file never holds a whole token.
const uuid = (seed: string): string =>
  sample(HEX, 8, seed + 1) + '-' + sample(HEX, 4, seed + 2) + '-4' + sample(HEX, 3, seed + 3) + '-9' + sample(HEX, 3, seed + 4) + '-' + sample(HEX, 12, seed + 5);

// ---------------------------------------------------------------------------
// Stripe

const stripeLive = 'sk_live_' + '51' + sample(ALNUM, 97, 'st1');
const stripeRestricted = 'rk_live_' + sample(ALNUM, 24, 'st2');
const stripeTest = 'sk_test_' + sample(ALNUM, 24, 'st3');
const stripeWebhook = 'whsec_' + sample(ALNUM, 32, 'st4');

export const stripe: ProviderSpec = {
  id: 'stripe',
  provider: 'Stripe',
  title: 'Stripe secret key',
  keywords: ['sk_live_', 'sk_prod_', 'rk_live_', 'rk_prod_', 'sk_test_', 'rk_test_', 'whsec_'],
  patterns: [
    {
      // Publishable keys (pk_live_, pk_test_) are meant for browsers and are not reported.
      name: 'Stripe live secret key',
      regex: new RegExp(`${START}sk_(?:live|prod)_[A-Za-z0-9]{20,247}${END}`, 'g'),
      keywords: ['sk_live_', 'sk_prod_'],
      minEntropy: 3.5,
    },
    {
      name: 'Stripe restricted key',
      regex: new RegExp(`${START}rk_(?:live|prod)_[A-Za-z0-9]{20,247}${END}`, 'g'),
      keywords: ['rk_live_', 'rk_prod_'],
      minEntropy: 3.5,
    },
    {
      // Test-mode keys cannot move money, but they read and change the account's test data.
      name: 'Stripe test-mode secret key',
      regex: new RegExp(`${START}[sr]k_test_[A-Za-z0-9]{20,247}${END}`, 'g'),
      keywords: ['sk_test_', 'rk_test_'],
      minEntropy: 3.5,
      severity: 'warning',
    },
    {
      name: 'Stripe webhook signing secret',
      regex: new RegExp(`${START}whsec_[A-Za-z0-9]{32,64}${END_B64}`, 'g'),
      keywords: ['whsec_'],
      minEntropy: 3.5,
    },
  ],
  rotation: {
    url: 'https://docs.stripe.com/keys#rolling-keys',
    steps: 'Roll the key in the Dashboard under Developers › API keys (choose to expire the old key now), and roll a webhook secret on the endpoint\'s page under Developers › Webhooks.',
  },
  formatDocs: 'https://docs.stripe.com/keys',
  related: 'gitleaks `stripe-access-token`; GitHub secret scanning `stripe_api_key`, `stripe_test_secret_key`, `stripe_webhook_signing_secret`; publishable keys are not reported here.',
  examples: {
    invalid: [
      `STRIPE_SECRET_KEY=${stripeLive}`,
      { file: 'billing.py', code: `stripe.api_key = "${stripeRestricted}"\n` },
      { file: 'webhook.js', code: `const endpointSecret = '${stripeWebhook}';\n` },
      `STRIPE_KEY=${stripeTest}`,
    ],
    valid: [
      `STRIPE_PUBLISHABLE_KEY=pk_live_${sample(ALNUM, 24, 'st5')}`,
      { file: 'billing.py', code: 'stripe.api_key = os.environ["STRIPE_SECRET_KEY"]\n' },
      // Stripe's own documentation key.
      'stripe.api_key = "' + 'sk_test_' + '4eC39HqLyjWDarjtT1zdp7dc' + '"',
      'STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
};

// ---------------------------------------------------------------------------
// Square

const squareToken = 'EAAA' + sample(B64URL, 60, 'sq1');
const squareLegacy = 'sq0atp-' + sample(B64URL, 22, 'sq2');
const squareSecret = 'sq0csp-' + sample(B64URL, 43, 'sq3');

export const square: ProviderSpec = {
  id: 'square',
  provider: 'Square',
  title: 'Square access token or application secret',
  keywords: ['eaaa', 'sq0atp-', 'sq0csp-'],
  patterns: [
    {
      // EAAA + 60: personal and OAuth access tokens (sandbox ones too).
      name: 'Square access token',
      regex: new RegExp(`${START_B64}EAAA[A-Za-z0-9_-]{60}${END_B64}`, 'g'),
      keywords: ['eaaa'],
      minEntropy: 4,
    },
    {
      name: 'Square access token (legacy)',
      regex: new RegExp(`${START}sq0atp-[A-Za-z0-9_-]{22}${END}`, 'g'),
      keywords: ['sq0atp-'],
      minEntropy: 3,
    },
    {
      name: 'Square OAuth application secret',
      regex: new RegExp(`${START}sq0csp-[A-Za-z0-9_-]{43}${END}`, 'g'),
      keywords: ['sq0csp-'],
      minEntropy: 3,
    },
  ],
  rotation: {
    url: 'https://developer.squareup.com/docs/build-basics/access-tokens',
    steps: 'In the Developer Console open the application\'s Credentials page and replace the personal access token or application secret; revoke OAuth tokens with the RevokeToken endpoint.',
  },
  formatDocs: 'https://developer.squareup.com/docs/build-basics/access-tokens',
  related: 'gitleaks `square-access-token`, `square-secret`; GitHub secret scanning `square_access_token`, `square_production_application_secret`.',
  examples: {
    invalid: [`SQUARE_ACCESS_TOKEN=${squareToken}`, { file: 'pay.rb', code: `client = Square::Client.new(access_token: '${squareLegacy}')\n` }, `square_application_secret: ${squareSecret}`],
    valid: [
      { file: 'pay.rb', code: "client = Square::Client.new(access_token: ENV['SQUARE_ACCESS_TOKEN'])\n" },
      // An image digest that happens to start with eaaa.
      'aws-cli@sha256:eaaa' + sample(HEX, 60, 'sq4'),
      `application id sq0idp-${sample(B64URL, 22, 'sq5')}`,
    ],
  },
};

// ---------------------------------------------------------------------------
// Shopify

const shopifyToken = 'shpat_' + sample(HEX, 32, 'sh1');
const shopifySecret = 'shpss_' + sample(HEX, 32, 'sh2');

export const shopify: ProviderSpec = {
  id: 'shopify',
  provider: 'Shopify',
  title: 'Shopify access token or shared secret',
  keywords: ['shpat_', 'shpca_', 'shppa_', 'shpss_'],
  patterns: [
    {
      // shpat_ Admin API, shpca_ custom app, shppa_ private app.
      name: 'Shopify access token',
      regex: new RegExp(`${START}shp(?:at|ca|pa)_[a-fA-F0-9]{32}${END}`, 'g'),
      minEntropy: 3,
    },
    {
      name: 'Shopify app shared secret',
      regex: new RegExp(`${START}shpss_[a-fA-F0-9]{32}${END}`, 'g'),
      keywords: ['shpss_'],
      minEntropy: 3,
    },
  ],
  rotation: {
    url: 'https://shopify.dev/docs/apps/build/authentication-authorization/client-secrets/rotate-revoke-client-credentials',
    steps: 'Rotate the app\'s client secret in the Dev Dashboard (or Partner Dashboard) and revoke the old one; for an admin-created app token, uninstall the app or regenerate its Admin API access token.',
  },
  formatDocs: 'https://shopify.dev/docs/apps/build/authentication-authorization/access-token-types/generate-app-access-tokens-admin',
  related: 'gitleaks `shopify-access-token`, `shopify-custom-access-token`, `shopify-private-app-access-token`, `shopify-shared-secret`; secretlint `@secretlint/secretlint-rule-shopify`; GitHub secret scanning `shopify_access_token`, `shopify_custom_app_access_token`, `shopify_private_app_password`, `shopify_shared_secret`.',
  examples: {
    invalid: [`SHOPIFY_ACCESS_TOKEN=${shopifyToken}`, { file: 'shopify.app.js', code: `const secret = "${shopifySecret}";\n` }],
    valid: ['SHOPIFY_ACCESS_TOKEN=shpat_' + 'x'.repeat(32), { file: 'shopify.app.js', code: 'const secret = process.env.SHOPIFY_API_SECRET;\n' }, `shpat_${sample(HEX, 20, 'sh3')}`],
  },
};

// ---------------------------------------------------------------------------
// Plaid

const plaidToken = 'access-production-' + uuid('pl1');
const plaidSandbox = 'access-sandbox-' + uuid('pl2');
const plaidSecret = sample(HEX, 30, 'pl3');

export const plaid: ProviderSpec = {
  id: 'plaid',
  provider: 'Plaid',
  title: 'Plaid access token or secret',
  keywords: ['access-production-', 'access-development-', 'access-sandbox-', 'plaid'],
  patterns: [
    {
      name: 'Plaid access token',
      regex: new RegExp(`${START}access-(?:production|development)-${UUID_LOWER}${END}`, 'g'),
      keywords: ['access-production-', 'access-development-'],
    },
    {
      name: 'Plaid sandbox access token',
      regex: new RegExp(`${START}access-sandbox-${UUID_LOWER}${END}`, 'g'),
      keywords: ['access-sandbox-'],
      severity: 'warning',
    },
    {
      name: 'Plaid secret',
      regex: keyed({ names: ['plaid'], qualifiers: ['secret'], value: '[0-9a-f]{30}' }),
      keywords: ['plaid'],
      minEntropy: 3,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://plaid.com/docs/api/tokens/#itemaccess_tokeninvalidate',
    steps: 'Rotate the access token with /item/access_token/invalidate (or remove the Item with /item/remove); rotate a leaked secret on the Dashboard\'s Keys page.',
  },
  formatDocs: 'https://plaid.com/docs/quickstart/glossary/',
  related: 'gitleaks `plaid-api-token`, `plaid-secret-key`, `plaid-client-id` (a client id alone is not reported here); GitHub secret scanning has Plaid partner patterns.',
  examples: {
    invalid: [`PLAID_ACCESS_TOKEN=${plaidToken}`, `plaid_access_token: ${plaidSandbox}`, { file: 'bank.py', code: `PLAID_SECRET = "${plaidSecret}"\n` }],
    valid: ['PLAID_ACCESS_TOKEN=access-sandbox-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', { file: 'bank.py', code: 'PLAID_SECRET = os.environ["PLAID_SECRET"]\n' }, `PLAID_CLIENT_ID=${sample(HEX, 24, 'pl4')}`],
  },
};

// ---------------------------------------------------------------------------
// Adyen

const adyenKey = 'AQE' + sample(B64, 70, 'ad1') + '=-' + sample(B64, 43, 'ad2') + '=';

export const adyen: ProviderSpec = {
  id: 'adyen',
  provider: 'Adyen',
  title: 'Adyen API key',
  keywords: ['aqe'],
  patterns: [
    {
      // AQE<base64>=-<43 base64>= (sometimes followed by a third, short part).
      name: 'Adyen API key',
      regex: new RegExp(`${START_B64}AQE[A-Za-z0-9+/]{40,200}={0,2}-[A-Za-z0-9+/]{43}=(?![A-Za-z0-9+/=])`, 'g'),
      minEntropy: 4,
    },
  ],
  rotation: {
    url: 'https://docs.adyen.com/development-resources/api-credentials/#generate-api-key',
    steps: 'In the Customer Area open Developers › API credentials, select the credential, generate a new API key, deploy it, then revoke the old key.',
  },
  formatDocs: 'https://docs.adyen.com/development-resources/api-credentials/',
  related: 'GitHub secret scanning `adyen_web_api_key`; no gitleaks rule. Client keys (`live_`/`test_` + 32) are public and not reported.',
  examples: {
    invalid: [`ADYEN_API_KEY=${adyenKey}`, { file: 'checkout.js', code: `const config = { apiKey: '${adyenKey}', environment: 'LIVE' };\n` }],
    valid: [{ file: 'checkout.js', code: "const config = { apiKey: process.env.ADYEN_API_KEY, clientKey: 'test_" + sample('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32, 'ad3') + "' };\n" }, 'ADYEN_API_KEY=AQE...', 'data:application/octet-stream;base64,' + sample(B64, 40, 'ad4') + 'AQE' + sample(B64, 80, 'ad5')],
  },
};

// ---------------------------------------------------------------------------
// PayPal / Braintree

const braintreeToken = 'access_token$production$' + sample(LOWER_ALNUM, 16, 'bt1') + '$' + sample(HEX, 32, 'bt2');
const paypalSecret = 'E' + sample(B64URL, 79, 'pp1');

export const paypal: ProviderSpec = {
  id: 'paypal',
  provider: 'PayPal (Braintree)',
  title: 'PayPal client secret or Braintree access token',
  keywords: ['access_token$', 'paypal'],
  patterns: [
    {
      name: 'Braintree access token',
      regex: /(?<![\w$])access_token\$production\$[0-9a-z]{16}\$[0-9a-f]{32}(?![\w$])/g,
      keywords: ['access_token$production$'],
    },
    {
      name: 'Braintree sandbox access token',
      regex: /(?<![\w$])access_token\$sandbox\$[0-9a-z]{16}\$[0-9a-f]{32}(?![\w$])/g,
      keywords: ['access_token$sandbox$'],
      severity: 'warning',
    },
    {
      // REST app secrets: E + 79 base64url characters, recognised by the key name.
      name: 'PayPal client secret',
      regex: keyed({ names: ['paypal'], spellings: ['PayPal'], qualifiers: ['secret'], value: 'E[A-Za-z0-9_-]{60,90}' }),
      keywords: ['paypal'],
      minEntropy: 4,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://developer.paypal.com/api/rest/#link-getclientidandclientsecret',
    steps: 'In the PayPal Developer Dashboard open Apps & Credentials, generate a new secret for the app and delete the old one; for Braintree, revoke the access token in the PayPal account\'s API permissions and issue a new one.',
  },
  formatDocs: 'https://developer.paypal.com/braintree/articles/control-panel/important-gateway-credentials',
  related: 'GitHub secret scanning `paypal_braintree_access_token`, `paypal_braintree_sandbox_access_token`; no gitleaks rule.',
  examples: {
    invalid: [`BRAINTREE_ACCESS_TOKEN=${braintreeToken}`, { file: 'pay.py', code: `PAYPAL_CLIENT_SECRET = "${paypalSecret}"\n` }],
    valid: ['BRAINTREE_ACCESS_TOKEN=access_token$production$<merchant>$<secret>', { file: 'pay.py', code: 'PAYPAL_CLIENT_SECRET = os.environ["PAYPAL_CLIENT_SECRET"]\n' }, `PAYPAL_CLIENT_ID = "A${sample(B64URL, 79, 'pp2')}"`],
  },
};

// ---------------------------------------------------------------------------
// Coinbase

const coinbaseSecret = sample(B64, 86, 'cb1') + '==';

export const coinbase: ProviderSpec = {
  id: 'coinbase',
  provider: 'Coinbase',
  title: 'Coinbase API secret',
  keywords: ['coinbase'],
  patterns: [
    {
      // Exchange / Advanced Trade secrets are 64 bytes in base64; legacy keys 32 alphanumerics.
      name: 'Coinbase API secret',
      regex: keyed({ names: ['coinbase', 'cb_access', 'cb_api'], spellings: ['CoinBase'], qualifiers: ['secret'], value: '[A-Za-z0-9+/]{86}==|[A-Za-z0-9]{32}', end: END_B64 }),
      validate: lettersAndDigits,
      minEntropy: 3.5,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://docs.cdp.coinbase.com/coinbase-business/introduction/get-started',
    steps: 'Delete the API key in the Coinbase Developer Platform (or Coinbase / Exchange API settings) and create a new one with the least permissions needed.',
  },
    related: 'gitleaks `coinbase-access-token`; CDP private keys (PEM) are reported by `secrets/private-key`.',
  examples: {
    invalid: [`COINBASE_API_SECRET=${coinbaseSecret}`, { file: 'trade.py', code: `coinbase_secret = "${sample(ALNUM, 32, 'cb2')}"\n` }],
    valid: [{ file: 'trade.py', code: 'coinbase_secret = os.environ["COINBASE_API_SECRET"]\n' }, `COINBASE_API_KEY=organizations/${uuid('cb3')}/apiKeys/${uuid('cb4')}`, 'COINBASE_API_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
};

// ---------------------------------------------------------------------------
// Lob

const lobKey = 'live_' + sample(HEX, 35, 'lb1');

export const lob: ProviderSpec = {
  id: 'lob',
  provider: 'Lob',
  title: 'Lob API key',
  keywords: ['lob'],
  patterns: [
    {
      // Secret keys: live_/test_ + 35 hex. Publishable keys (live_pub_, test_pub_) are not reported.
      name: 'Lob API key',
      regex: keyed({ names: ['lob'], value: '(?:live|test)_[0-9a-f]{35}' }),
      minEntropy: 3,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://dashboard.lob.com/',
    steps: 'In the Lob dashboard open Settings › API Keys and press the rotate arrow next to the secret key (live or test), then update the app.',
  },
  formatDocs: 'https://docs.lob.com/#tag/Authentication',
  related: 'gitleaks `lob-api-key`, `lob-pub-api-key` (publishable keys are not reported here).',
  examples: {
    invalid: [`LOB_API_KEY=${lobKey}`, { file: 'mail.js', code: `const lobKey = "test_${sample(HEX, 35, 'lb2')}";\n` }],
    valid: [`LOB_PUBLISHABLE_KEY=live_pub_${sample(HEX, 31, 'lb3')}`, { file: 'mail.js', code: 'const lobKey = process.env.LOB_API_KEY;\n' }, `global_key = "${lobKey}"`],
  },
};

// ---------------------------------------------------------------------------
// EasyPost

const easypostKey = 'EZAK' + sample(ALNUM, 54, 'ep1');
const easypostTest = 'EZTK' + sample(ALNUM, 54, 'ep2');

export const easypost: ProviderSpec = {
  id: 'easypost',
  provider: 'EasyPost',
  title: 'EasyPost API key',
  keywords: ['ezak', 'eztk'],
  patterns: [
    {
      name: 'EasyPost production API key',
      regex: new RegExp(`${START_B64}EZAK[A-Za-z0-9]{54}${END_B64}`, 'g'),
      keywords: ['ezak'],
      minEntropy: 4,
    },
    {
      name: 'EasyPost test API key',
      regex: new RegExp(`${START_B64}EZTK[A-Za-z0-9]{54}${END_B64}`, 'g'),
      keywords: ['eztk'],
      minEntropy: 4,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://docs.easypost.com/docs/authentication',
    steps: 'In the EasyPost dashboard open Account Settings › API Keys, create a new production key, switch the app to it and disable the leaked one.',
  },
  formatDocs: 'https://docs.easypost.com/docs/authentication',
  related: 'gitleaks `easypost-api-token`, `easypost-test-api-token`; GitHub secret scanning `easypost_production_api_key`, `easypost_test_api_key`.',
  examples: {
    invalid: [`EASYPOST_API_KEY=${easypostKey}`, { file: 'ship.rb', code: `EasyPost::Client.new(api_key: '${easypostTest}')\n` }],
    valid: [{ file: 'ship.rb', code: "EasyPost::Client.new(api_key: ENV['EASYPOST_API_KEY'])\n" }, '...6wqX6fNUXA/rYqRvfQ+' + easypostKey + '/3VmWq/edti6...', 'EASYPOST_API_KEY=EZAKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
};

// ---------------------------------------------------------------------------
// Freemius

const freemiusKey = 'sk_' + sample(ALNUM + '#&@*', 29, 'fm1');

export const freemius: ProviderSpec = {
  id: 'freemius',
  provider: 'Freemius',
  title: 'Freemius secret key',
  keywords: ['secret_key'],
  patterns: [
    {
      // The SDK's PHP config array: 'secret_key' => 'sk_<29 printable characters>'. Stripe test keys
      // happen to have the same length and are left to the Stripe rule.
      name: 'Freemius secret key',
      regex: /["']secret_key["']\s*=>\s*["'](?<secret>sk_(?!live_|test_)[^\s"']{29})["']/g,
      minEntropy: 3.5,
    },
  ],
  rotation: {
    url: 'https://freemius.com/blog/changelog/deployment-summary-17th-july-2023/',
    steps: 'Regenerate the product\'s secret key in the Freemius Developer Dashboard under Settings › Keys and remove it from the plugin sources: only the public key belongs in a distributed plugin.',
  },
  related: 'gitleaks `freemius-secret-key`.',
  examples: {
    invalid: [
      { file: 'config.php', code: `<?php\n$config = array(\n\t"secret_key" => "${freemiusKey}",\n);\n` },
      { file: 'plugin.php', code: `<?php\nfs_dynamic_init(array('id' => '1234', 'secret_key' => '${'sk_' + sample(ALNUM, 29, 'fm2')}'));\n` },
    ],
    valid: [
      { file: 'config.php', code: `<?php\n$config = array(\n\t"other_key" => "${freemiusKey}",\n);\n` },
      { file: 'config.php', code: `<?php\n$config = array(\n\t"secret_key" => getenv('FS_SECRET_KEY'),\n);\n` },
      { file: 'config.php', code: `<?php\n$config = array(\n\tsecret_key => "${freemiusKey}",\n);\n` },
    ],
  },
};

export const PAYMENT_PROVIDERS: readonly ProviderSpec[] = [stripe, square, shopify, plaid, adyen, paypal, coinbase, lob, easypost, freemius];
