import type { ProviderSpec, Validation } from '../spec';
import {
  ageChecksum,
  ALNUM,
  anyCase,
  B64URL,
  base64Of,
  base64UrlOf,
  bech32Encode,
  BECH32_CHARS,
  decodeBase64,
  embeddedJson,
  HEX,
  keyed,
  mixedAlnum,
  nameWord,
  notCounting,
  seeded,
  UPPER_ALNUM,
} from './cloud-checks';

// ---------------------------------------------------------------------------
// Datadog

const DATADOG_NAME = `(?:${nameWord('datadog')}|${nameWord('dd')}[_.-]?(?:${anyCase('api')}|${anyCase('app')}|${anyCase('application')}))`;

export const datadog: ProviderSpec = {
  id: 'datadog',
  provider: 'Datadog',
  title: 'Datadog API or application key',
  keywords: ['datadog', 'dd_', 'ddapi', 'ddapp'],
  patterns: [
    {
      name: 'Datadog API or application key',
      regex: keyed(DATADOG_NAME, '(?:[a-f0-9]{40}|[a-f0-9]{32})', { secretWord: true }),
      minEntropy: 3,
      validate: notCounting,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://docs.datadoghq.com/account_management/api-app-keys/',
    steps: 'Revoke the key under Organization Settings › API Keys (or Application Keys), then create a new one and update the agents and integrations that used it.',
  },
  formatDocs: 'https://docs.datadoghq.com/account_management/api-app-keys/',
  related: 'gitleaks `datadog-access-token`; GitHub secret scanning `datadog_api_key`, `datadog_app_key`.',
  examples: {
    invalid: [
      `DD_API_KEY=${seeded(HEX, 32, 'datadog-api')}`,
      { file: 'datadog.yaml', code: `datadog_app_key: "${seeded(HEX, 40, 'datadog-app')}"\n` },
    ],
    valid: ['DD_API_KEY=${DD_API_KEY}', `dd_trace_id = "${seeded(HEX, 32, 'datadog-trace')}"`, 'DD_API_KEY=' + 'x'.repeat(32)],
  },
};

// ---------------------------------------------------------------------------
// New Relic

export const newrelic: ProviderSpec = {
  id: 'newrelic',
  provider: 'New Relic',
  title: 'New Relic key',
  keywords: ['nrak-', 'nraa-', 'nrii-', 'nriq-', 'nrjs-', 'nral'],
  patterns: [
    {
      name: 'New Relic user API key',
      regex: /(?<![A-Za-z0-9_-])NRAK-[A-Z0-9]{27}(?![A-Za-z0-9_-])/g,
      keywords: ['nrak-'],
      minEntropy: 3.5,
    },
    {
      name: 'New Relic admin API key',
      regex: /(?<![A-Za-z0-9_-])NRAA-[a-f0-9]{27}(?![A-Za-z0-9_-])/g,
      keywords: ['nraa-'],
    },
    {
      name: 'New Relic Insights key',
      regex: /(?<![A-Za-z0-9_-])NRI[IQ]-[A-Za-z0-9_-]{32}(?![A-Za-z0-9_-])/g,
      keywords: ['nrii-', 'nriq-'],
      minEntropy: 3.5,
    },
    {
      name: 'New Relic license key',
      regex: /(?<![A-Za-z0-9_-])(?:[a-z]{2}\d{2}xx[a-f0-9]{30}|[a-f0-9]{36})NRAL(?![A-Za-z0-9_-])/g,
      keywords: ['nral'],
    },
    {
      // Browser keys ship in every page's agent snippet: worth a look, not an alarm.
      name: 'New Relic browser key',
      regex: /(?<![A-Za-z0-9_-])NRJS-[a-f0-9]{19}(?![A-Za-z0-9_-])/g,
      keywords: ['nrjs-'],
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/',
    steps: 'Delete or rotate the key in the API keys UI (one.newrelic.com › API keys), then create a new user or ingest key and update the agents that used it.',
  },
  formatDocs: 'https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/',
  related: 'gitleaks `new-relic-user-api-key`, `new-relic-user-api-id`, `new-relic-browser-api-token`, `new-relic-insert-key`; GitHub secret scanning `new_relic_user_api_key`, `new_relic_license_key`, `new_relic_insights_insert_key`.',
  examples: {
    invalid: [
      `NEW_RELIC_API_KEY=NRAK-${seeded(UPPER_ALNUM, 27, 'newrelic')}`,
      `license_key: ${seeded(HEX, 36, 'newrelic-license')}NRAL`,
      `X-Insert-Key: NRII-${seeded(B64URL, 32, 'newrelic-insert')}`,
    ],
    valid: ['NEW_RELIC_API_KEY=${NEW_RELIC_API_KEY}', 'NEW_RELIC_API_KEY=NRAK-' + 'X'.repeat(27), 'license_key: <your-license-key>NRAL'],
  },
};

// ---------------------------------------------------------------------------
// Sentry

/** Organization tokens embed base64 JSON (`iat`, `url`, `region_url`, `org`) before the last `_`. */
function sentryPayload(secret: string): string {
  return secret.slice('sntrys_'.length, secret.lastIndexOf('_'));
}

const sentryOrgToken =
  'sntrys_' +
  base64Of(JSON.stringify({ iat: 1717171717.1, url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: 'demo' })) +
  '_' +
  seeded(ALNUM + '+/', 43, 'sentry-org');

export const sentry: ProviderSpec = {
  id: 'sentry',
  provider: 'Sentry',
  title: 'Sentry token',
  keywords: ['sntrys_', 'sntryu_', 'sentry'],
  patterns: [
    {
      name: 'Sentry organization auth token',
      regex: /(?<![A-Za-z0-9_])sntrys_eyJ[A-Za-z0-9+/]{20,1000}={0,2}_[A-Za-z0-9+/]{43}(?![A-Za-z0-9+/=_-])/g,
      keywords: ['sntrys_'],
      validate: embeddedJson(sentryPayload, 'iat'),
    },
    {
      name: 'Sentry user auth token',
      regex: /(?<![A-Za-z0-9_])sntryu_[a-f0-9]{64}(?![A-Za-z0-9_])/g,
      keywords: ['sntryu_'],
    },
    {
      // The public key alone (`https://<key>@…`) only lets clients send events; the `:secret` part is a credential.
      name: 'Sentry DSN secret key',
      regex: /(?<![\w.+-])https?:\/\/[a-f0-9]{32}:(?<secret>[a-f0-9]{32})@[\w.-]*sentry[\w.-]*/g,
      keywords: ['sentry'],
    },
    {
      name: 'Sentry auth token',
      regex: keyed(nameWord('sentry'), '[a-f0-9]{64}', { secretWord: true }),
      keywords: ['sentry'],
      minEntropy: 3,
      validate: notCounting,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://docs.sentry.io/account/auth-tokens/',
    steps: 'Revoke the token under Settings › Auth Tokens (organization tokens) or User settings › Personal Tokens; for a DSN secret, revoke the client key under Project settings › Client Keys and issue a new DSN.',
  },
  formatDocs: 'https://docs.sentry.io/account/auth-tokens/',
  related: 'gitleaks `sentry-access-token`, `sentry-org-token`, `sentry-user-token`; GitHub secret scanning `sentry_org_auth_token`, `sentry_user_auth_token`.',
  examples: {
    invalid: [
      `SENTRY_AUTH_TOKEN=${sentryOrgToken}`,
      `SENTRY_AUTH_TOKEN=sntryu_${seeded(HEX, 64, 'sentry-user')}`,
      `SENTRY_DSN=https://${seeded(HEX, 32, 'sentry-public')}:${seeded(HEX, 32, 'sentry-secret')}@o123456.ingest.sentry.io/1234567`,
    ],
    valid: [
      `SENTRY_DSN=https://${seeded(HEX, 32, 'sentry-public-2')}@o123456.ingest.sentry.io/1234567`,
      'SENTRY_AUTH_TOKEN=${SENTRY_AUTH_TOKEN}',
      'SENTRY_AUTH_TOKEN=sntrys_eyJpYXQiOjE2ODcz...',
    ],
  },
};

// ---------------------------------------------------------------------------
// Grafana

export const grafana: ProviderSpec = {
  id: 'grafana',
  provider: 'Grafana',
  title: 'Grafana token',
  keywords: ['glc_', 'glsa_', 'eyjrijoi'],
  patterns: [
    {
      name: 'Grafana Cloud access policy token',
      regex: /(?<![A-Za-z0-9_])glc_eyJ[A-Za-z0-9+/]{30,1000}={0,2}(?![A-Za-z0-9+/=_-])/g,
      keywords: ['glc_'],
      validate: embeddedJson((secret) => secret.slice(4), 'k'),
    },
    {
      name: 'Grafana service account token',
      regex: /(?<![A-Za-z0-9_])glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}(?![A-Za-z0-9_])/g,
      keywords: ['glsa_'],
      minEntropy: 3.5,
    },
    {
      name: 'Grafana API key',
      regex: /(?<![A-Za-z0-9+/_-])eyJrIjoi[A-Za-z0-9+/]{40,200}={0,2}(?![A-Za-z0-9+/=_.-])/g,
      keywords: ['eyjrijoi'],
      validate: embeddedJson((secret) => secret, 'k', 'n'),
    },
  ],
  rotation: {
    url: 'https://grafana.com/docs/grafana/latest/administration/service-accounts/',
    steps: 'Delete the token under Administration › Service accounts (Grafana Cloud access policy tokens: Cloud portal › Access Policies), then create a new one with the least role and an expiry.',
  },
  formatDocs: 'https://grafana.com/docs/grafana/latest/administration/service-accounts/',
  related: 'gitleaks `grafana-api-key`, `grafana-cloud-api-token`, `grafana-service-account-token`; GitHub secret scanning `grafana_cloud_api_token`, `grafana_service_account_token`, `grafana_api_key`.',
  examples: {
    invalid: [
      `loki_key: glc_${base64Of(JSON.stringify({ o: '744587', n: 'stack-write', k: seeded(ALNUM, 24, 'grafana-cloud'), m: { r: 'us' } }))}`,
      `'Authorization': 'Bearer glsa_${seeded(ALNUM, 32, 'grafana-sa')}_${seeded(HEX, 8, 'grafana-sa-crc')}'`,
      `GRAFANA_API_KEY=${base64Of(JSON.stringify({ k: seeded(ALNUM, 32, 'grafana-legacy'), n: 'ci', id: 1 }))}`,
    ],
    valid: [
      'glc_' + 'x'.repeat(60),
      'static void GLC_CreateLightmapTextureArray(void);',
      'GRAFANA_TOKEN=${GRAFANA_TOKEN}',
    ],
  },
};

// ---------------------------------------------------------------------------
// Okta

export const okta: ProviderSpec = {
  id: 'okta',
  provider: 'Okta',
  title: 'Okta API token',
  keywords: ['okta'],
  patterns: [
    {
      name: 'Okta API token',
      regex: keyed(nameWord('okta'), '00[A-Za-z0-9_-]{40}', { secretWord: true }),
      minEntropy: 3.5,
      validate: notCounting,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://help.okta.com/en-us/content/topics/security/api.htm',
    steps: 'Revoke the token in the Admin Console under Security › API › Tokens, then create a new one for a dedicated service account (or switch to OAuth for Okta APIs).',
  },
  formatDocs: 'https://developer.okta.com/docs/guides/create-an-api-token/main/',
  related: 'gitleaks `okta-access-token`; GitHub secret scanning `okta_api_token`.',
  examples: {
    invalid: [
      `"oktaApiToken": "00${seeded(B64URL, 40, 'okta')}",`,
      { file: 'Startup.cs', code: `var OktaApiToken = "00${seeded(B64URL, 40, 'okta-2')}";\n` },
    ],
    valid: [
      'oktaKey = 00000000000000000000000000000000000TUVWXYZ',
      'rookTable = 0023452Lllk2KqjLBvaxANWEgTd7bqjsxjo8aZj0wd',
      'OKTA_API_TOKEN=${OKTA_API_TOKEN}',
    ],
  },
};

// ---------------------------------------------------------------------------
// HashiCorp Vault

/** A long service token is base64url protobuf that carries the short `hvs.` id inside. */
function vaultServiceToken(secret: string): Validation {
  if (secret.length <= 28) return mixedAlnum(secret.slice(4));
  return decodeBase64(secret.slice(4))?.includes('hvs.') ? 'verified' : true;
}

const vaultLong = 'hvs.' + base64UrlOf('\x08\x01\x12\x20' + seeded(ALNUM, 32, 'vault-hmac') + '\x1a\x26\x0a\x1chvs.' + seeded(ALNUM, 24, 'vault-id') + '\x10\x87\xa3\xcb\xf3\x01\x18\x02');

export const vault: ProviderSpec = {
  id: 'vault',
  provider: 'HashiCorp Vault',
  title: 'Vault token',
  keywords: ['hvs.', 'hvb.', 'hvr.', 'vault', 'token'],
  patterns: [
    {
      name: 'Vault service token',
      regex: /(?<![A-Za-z0-9_.-])hvs\.(?:[A-Za-z0-9_-]{90,300}|[A-Za-z0-9]{24})(?![A-Za-z0-9_-])/g,
      keywords: ['hvs.'],
      minEntropy: 3.5,
      validate: vaultServiceToken,
    },
    {
      name: 'Vault batch token',
      regex: /(?<![A-Za-z0-9_.-])hvb\.[A-Za-z0-9_-]{138,400}(?![A-Za-z0-9_-])/g,
      keywords: ['hvb.'],
      minEntropy: 4,
    },
    {
      name: 'Vault recovery token',
      regex: /(?<![A-Za-z0-9_.-])hvr\.[A-Za-z0-9_-]{24,300}(?![A-Za-z0-9_-])/g,
      keywords: ['hvr.'],
      minEntropy: 3.5,
      validate: (secret) => mixedAlnum(secret.slice(4)),
    },
    {
      // Pre-1.10 tokens, `s.` + 24 characters, look like a member access (`s.makeKubeConfigController`):
      // only when bound to a vault or token name, and not followed by a call or another member.
      name: 'Vault service token (legacy)',
      regex: keyed(nameWord('vault', 'token'), 's\\.[A-Za-z0-9]{24}', { after: '(?![\\w(.-])' }),
      keywords: ['vault', 'token'],
      minEntropy: 3.5,
      validate: (secret) => mixedAlnum(secret.slice(2)),
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://developer.hashicorp.com/vault/docs/commands/token/revoke',
    steps: 'Revoke the token (and its children) with `vault token revoke <token>` or by accessor, then have the client authenticate again through an auth method instead of a stored token.',
  },
  formatDocs: 'https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes',
  related: 'gitleaks `vault-service-token`, `vault-batch-token`; GitHub secret scanning `hashicorp_vault_service_token`, `hashicorp_vault_batch_token`.',
  examples: {
    invalid: [
      `VAULT_TOKEN=${vaultLong}`,
      `export VAULT_TOKEN=hvs.${seeded(ALNUM, 24, 'vault-root')}`,
      `token: s.${seeded(ALNUM, 24, 'vault-legacy')}`,
      `VAULT_TOKEN=hvb.${seeded(B64URL, 160, 'vault-batch')}`,
    ],
    valid: ['s.makeKubeConfigController = args', 'token: s.THISSTRINGISALLUPPERCASE', 'VAULT_TOKEN=hvs.' + 'x'.repeat(95), 'VAULT_TOKEN=${VAULT_TOKEN}'],
  },
};

// ---------------------------------------------------------------------------
// Doppler

export const doppler: ProviderSpec = {
  id: 'doppler',
  provider: 'Doppler',
  title: 'Doppler token',
  keywords: ['dp.pt.', 'dp.ct.', 'dp.st.', 'dp.sa.', 'dp.scim.', 'dp.audit.'],
  patterns: [
    {
      name: 'Doppler token',
      regex: /(?<![A-Za-z0-9_.-])dp\.(?:pt|ct|sa|scim|audit|st(?:\.[a-z0-9_-]{2,35})?)\.[A-Za-z0-9]{40,44}(?![A-Za-z0-9_-])/g,
      minEntropy: 3.5,
      validate: (secret) => mixedAlnum(secret.slice(secret.lastIndexOf('.') + 1)),
    },
  ],
  rotation: {
    url: 'https://docs.doppler.com/docs/service-tokens',
    steps: 'Revoke the token in the Doppler dashboard (Tokens page for personal and CLI tokens, the config’s Access tab for service tokens, the service account for its tokens), then issue a new one.',
  },
  formatDocs: 'https://docs.doppler.com/reference/auth-token-formats',
  related: 'gitleaks `doppler-api-token`; GitHub secret scanning `doppler_personal_token`, `doppler_service_token`, `doppler_cli_token`, `doppler_scim_token`, `doppler_audit_token`.',
  examples: {
    invalid: [
      `DOPPLER_TOKEN=dp.st.prd.${seeded(ALNUM, 43, 'doppler-st')}`,
      `doppler configure set token dp.pt.${seeded(ALNUM, 43, 'doppler-pt')}`,
    ],
    valid: ['DOPPLER_TOKEN=dp.st.' + 'x'.repeat(43), 'DOPPLER_TOKEN=${DOPPLER_TOKEN}', 'Service tokens start with dp.st.'],
  },
};

// ---------------------------------------------------------------------------
// 1Password

/** Service account tokens are `ops_` + base64 JSON naming the account (`signInAddress`, `email`, `secretKey`…). */
function onePasswordServiceAccount(secret: string): Validation {
  const text = decodeBase64(secret.slice(4));
  if (text === undefined || !text.startsWith('{')) return 'unverified';
  return /"(?:signInAddress|email|secretKey|muk|srpX)"/.test(text) ? 'verified' : 'unverified';
}

const onePasswordToken =
  'ops_' +
  base64Of(
    JSON.stringify({
      signInAddress: 'demo.1password.com',
      userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: seeded(B64URL, 22, 'op-salt') },
      email: `${seeded('abcdefghijklmnopqrstuvwxyz0123456789', 13, 'op-email')}@1passwordserviceaccounts.com`,
      srpX: seeded(HEX, 64, 'op-srpx'),
      muk: { alg: 'A256GCM', ext: true, k: seeded(B64URL, 43, 'op-muk'), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' },
      secretKey: 'A3-' + seeded(UPPER_ALNUM, 6, 'op-sk'),
      throttleSecret: { seed: seeded(HEX, 64, 'op-seed'), uuid: seeded(UPPER_ALNUM, 26, 'op-uuid') },
      deviceUuid: seeded('abcdefghijklmnopqrstuvwxyz0123456789', 26, 'op-device'),
    }),
  );

const SECRET_KEY_PART = (n: number, seed: string): string => seeded(UPPER_ALNUM, n, seed);

export const onepassword: ProviderSpec = {
  id: '1password',
  provider: '1Password',
  title: '1Password service account token or Secret Key',
  keywords: ['ops_eyj', 'a3-'],
  patterns: [
    {
      name: '1Password service account token',
      regex: /(?<![A-Za-z0-9_])ops_eyJ[A-Za-z0-9+/]{250,8000}={0,3}(?![A-Za-z0-9+/=_-])/g,
      keywords: ['ops_eyj'],
      validate: onePasswordServiceAccount,
    },
    {
      name: '1Password Secret Key',
      regex: /(?<![A-Za-z0-9-])A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}(?![A-Za-z0-9-])/g,
      keywords: ['a3-'],
      minEntropy: 3.5,
      validate: (secret) => /[0-9]/.test(secret.slice(3)) && /[A-Z]/.test(secret.slice(3)),
    },
  ],
  rotation: {
    url: 'https://developer.1password.com/docs/service-accounts/manage-service-accounts/',
    steps: 'Revoke the service account token (Developer › Service accounts › Revoke) and create a new one; a leaked Secret Key is replaced by regenerating it in the account’s profile, together with the account password.',
  },
  formatDocs: 'https://support.1password.com/secret-key-security/',
  related: 'gitleaks `1password-service-account-token`, `1password-secret-key`; GitHub secret scanning `1password_service_account_token`.',
  examples: {
    invalid: [
      `export OP_SERVICE_ACCOUNT_TOKEN=${onePasswordToken}`,
      `Secret Key: A3-${SECRET_KEY_PART(6, 'op-1')}-${SECRET_KEY_PART(6, 'op-2')}-${SECRET_KEY_PART(5, 'op-3')}-${SECRET_KEY_PART(5, 'op-4')}-${SECRET_KEY_PART(5, 'op-5')}-${SECRET_KEY_PART(5, 'op-6')}`,
    ],
    valid: [
      'export OP_SERVICE_ACCOUNT_TOKEN=ops_eyJzaWduSW5BZGRyZXNzIjoiaHR0cHM6...',
      'A3-XXXXXX-XXXXXXXXXXX-XXXXX-XXXXX-XXXXX',
      'OP_SERVICE_ACCOUNT_TOKEN=${OP_SERVICE_ACCOUNT_TOKEN}',
    ],
  },
};

// ---------------------------------------------------------------------------
// age

const ageKey = bech32Encode('age-secret-key-', seeded(BECH32_CHARS, 52, 'age-key'));

export const age: ProviderSpec = {
  id: 'age',
  provider: 'age',
  title: 'age secret key',
  keywords: ['age-secret-key-1'],
  patterns: [
    {
      name: 'age secret key',
      regex: /(?<![A-Za-z0-9-])AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}(?![A-Za-z0-9])/g,
      validate: ageChecksum,
    },
  ],
  rotation: {
    url: 'https://github.com/FiloSottile/age#readme',
    steps: 'Generate a new identity with `age-keygen`, re-encrypt every file that was encrypted to the leaked recipient, and remove the old recipient everywhere (sops `.sops.yaml`, CI secrets).',
  },
  formatDocs: 'https://age-encryption.org/v1',
  related: 'gitleaks `age-secret-key`; GitHub secret scanning (not covered).',
  examples: {
    invalid: [
      `# created: 2024-01-01T00:00:00Z\n# public key: age1${seeded(BECH32_CHARS, 58, 'age-pub')}\n${ageKey}\n`,
      { file: 'keys.txt', code: `SOPS_AGE_KEY=${ageKey}\n` },
      // A checksum that does not hold: reported, as probably fake.
      `ageToken = "${ageKey.slice(0, -1)}${ageKey.endsWith('Q') ? 'P' : 'Q'}"`,
    ],
    valid: ['SOPS_AGE_KEY=${SOPS_AGE_KEY}', 'AGE-SECRET-KEY-1' + 'X'.repeat(58), `age1${seeded(BECH32_CHARS, 58, 'age-pub-2')}`],
  },
};

// ---------------------------------------------------------------------------
// Prefect

export const prefect: ProviderSpec = {
  id: 'prefect',
  provider: 'Prefect Cloud',
  title: 'Prefect API key',
  keywords: ['pnu_', 'pnb_'],
  patterns: [
    {
      name: 'Prefect API key',
      regex: /(?<![A-Za-z0-9_])pn[ub]_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g,
      minEntropy: 3.5,
      validate: mixedAlnum,
    },
  ],
  rotation: {
    url: 'https://docs.prefect.io/v3/manage/cloud/manage-users/api-keys',
    steps: 'Delete the key under Settings › API keys in Prefect Cloud (service-account keys: rotate them on the service account), then create a new one with an expiry.',
  },
  formatDocs: 'https://docs.prefect.io/v3/manage/cloud/manage-users/api-keys',
  related: 'gitleaks `prefect-api-token`; GitHub secret scanning `prefect_user_api_key`, `prefect_server_api_key`.',
  examples: {
    invalid: [
      `PREFECT_API_KEY=pnu_${seeded(ALNUM, 36, 'prefect')}`,
      { file: 'flow.py', code: `os.environ["PREFECT_API_KEY"] = "pnb_${seeded(ALNUM, 36, 'prefect-2')}"\n` },
    ],
    valid: ['PREFECT_API_KEY = "pnu_' + 'X'.repeat(36) + '"', 'PREFECT_API_KEY=${PREFECT_API_KEY}', 'User keys start with pnu_.'],
  },
};
