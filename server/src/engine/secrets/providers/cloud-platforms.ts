import type { ProviderSpec } from '../spec';
import {
  ALNUM,
  B64URL,
  base64UrlOf,
  classes,
  embeddedJson,
  HEX,
  keyed,
  mixedAlnum,
  mixedAlnumNotCounting,
  nameWord,
  notCounting,
  seeded,
  UUID,
  vercelChecksum,
} from './cloud-checks';

// ---------------------------------------------------------------------------
// Heroku

export const heroku: ProviderSpec = {
  id: 'heroku',
  provider: 'Heroku',
  title: 'Heroku API key',
  keywords: ['hrku-', 'heroku'],
  patterns: [
    {
      name: 'Heroku API key',
      regex: /(?<![A-Za-z0-9_-])HRKU-AA[A-Za-z0-9_-]{58}(?![A-Za-z0-9_-])/g,
      keywords: ['hrku-'],
      minEntropy: 3.5,
    },
    {
      name: 'Heroku API key',
      regex: keyed(nameWord('heroku'), UUID, { secretWord: true }),
      keywords: ['heroku'],
      validate: notCounting,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://devcenter.heroku.com/articles/authentication',
    steps: 'Revoke the authorization with `heroku authorizations:revoke <id>` or under Account settings › Applications (the account API key: Account settings › API Key › Regenerate), then create a new, scoped authorization.',
  },
  formatDocs: 'https://devcenter.heroku.com/articles/authentication',
  related: 'gitleaks `heroku-api-key`, `heroku-api-key-v2`; GitHub secret scanning `heroku_platform_api_key`.',
  examples: {
    invalid: [
      `HEROKU_API_KEY=HRKU-AA${seeded(B64URL, 58, 'heroku-v2')}`,
      'heroku_api_key = "' + '832d2129-' + 'a846-4e27-99f4-7004b6ad53ef"',
    ],
    valid: [
      'heroku_app_id = "832d2129-a846-4e27-99f4-7004b6ad53ef"',
      'HEROKU_API_KEY=${HEROKU_API_KEY}',
      'HEROKU_API_KEY=HRKU-AA' + 'x'.repeat(58),
    ],
  },
};

// ---------------------------------------------------------------------------
// DigitalOcean

export const digitalocean: ProviderSpec = {
  id: 'digitalocean',
  provider: 'DigitalOcean',
  title: 'DigitalOcean token',
  keywords: ['dop_v1_', 'doo_v1_', 'dor_v1_'],
  patterns: [
    {
      name: 'DigitalOcean token',
      regex: /(?<![A-Za-z0-9_])do[opr]_v1_[a-f0-9]{64}(?![A-Za-z0-9_])/g,
    },
  ],
  rotation: {
    url: 'https://docs.digitalocean.com/reference/api/create-personal-access-token/',
    steps: 'Delete the token in the control panel under API › Tokens (OAuth tokens: revoke the application’s access), then generate a new one with custom scopes and an expiry.',
  },
  formatDocs: 'https://docs.digitalocean.com/reference/api/create-personal-access-token/',
  related: 'gitleaks `digitalocean-pat`, `digitalocean-access-token`, `digitalocean-refresh-token`; GitHub secret scanning `digitalocean_personal_access_token`, `digitalocean_oauth_token`, `digitalocean_refresh_token`.',
  examples: {
    invalid: [
      `DIGITALOCEAN_ACCESS_TOKEN=dop_v1_${seeded(HEX, 64, 'do-pat')}`,
      { file: 'provider.tf', code: `provider "digitalocean" {\n  token = "dop_v1_${seeded(HEX, 64, 'do-pat-2')}"\n}\n` },
    ],
    valid: ['DIGITALOCEAN_ACCESS_TOKEN=dop_v1_' + 'x'.repeat(64), 'token = var.do_token', 'dop_v1_' + seeded(HEX, 63, 'do-short')],
  },
};

// ---------------------------------------------------------------------------
// Fly.io

const flyMacaroon = 'fm2_' + 'lJPE' + seeded(ALNUM + '+/', 160, 'fly-macaroon') + '==';

export const flyio: ProviderSpec = {
  id: 'flyio',
  provider: 'Fly.io',
  title: 'Fly.io token',
  keywords: ['fo1_', 'fm1', 'fm2_'],
  patterns: [
    {
      name: 'Fly.io OAuth token',
      regex: /(?<![A-Za-z0-9_-])fo1_[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g,
      keywords: ['fo1_'],
      minEntropy: 3.5,
    },
    {
      name: 'Fly.io macaroon token',
      regex: /(?<![A-Za-z0-9_])fm[12][ar]?_[A-Za-z0-9+/]{100,4000}={0,3}(?![A-Za-z0-9+/=])/g,
      keywords: ['fm1', 'fm2_'],
      minEntropy: 4.5,
    },
  ],
  rotation: {
    url: 'https://fly.io/docs/security/tokens/',
    steps: 'List and revoke the token with `fly tokens list` / `fly tokens revoke <id>` (or in the dashboard under Tokens), then create a new deploy- or org-scoped token with an expiry.',
  },
  formatDocs: 'https://fly.io/docs/security/tokens/',
  related: 'gitleaks `flyio-access-token`; GitHub secret scanning `flyio_access_token`.',
  examples: {
    invalid: [
      `FLY_API_TOKEN="FlyV1 ${flyMacaroon}"`,
      `Fly access token: fo1_${seeded(B64URL, 43, 'fly-oauth')}`,
    ],
    valid: [
      'api_key = "fo1_' + 'x'.repeat(43) + '"',
      '<input name="authenticity_token" value="7SWa-Fo1_hsC6oovfBsJFLGPUl2EhkSWPbJhWANwgaJWBDl1vxd9VNqXTNAefsJqzIRYa">',
      'FLY_API_TOKEN=${FLY_API_TOKEN}',
    ],
  },
};

// ---------------------------------------------------------------------------
// Scalingo

export const scalingo: ProviderSpec = {
  id: 'scalingo',
  provider: 'Scalingo',
  title: 'Scalingo API token',
  keywords: ['tk-us-'],
  patterns: [
    {
      name: 'Scalingo API token',
      regex: /(?<![A-Za-z0-9_-])tk-us-[A-Za-z0-9_-]{48}(?![A-Za-z0-9_-])/g,
      minEntropy: 3.5,
    },
  ],
  rotation: {
    url: 'https://developers.scalingo.com/',
    steps: 'Delete the token in the Scalingo dashboard under User settings › API tokens (or `scalingo tokens-remove`), then create a new one.',
  },
  related: 'gitleaks `scalingo-api-token`; GitHub secret scanning `scalingo_api_token`.',
  examples: {
    invalid: [
      `scalingo_api_token = "tk-us-${seeded(B64URL, 48, 'scalingo')}"`,
      `SCALINGO_API_TOKEN=tk-us-${seeded(B64URL, 48, 'scalingo-2')}`,
    ],
    valid: ['SCALINGO_API_TOKEN=tk-us-' + 'x'.repeat(48), 'SCALINGO_API_TOKEN=${SCALINGO_API_TOKEN}', 'Tokens start with tk-us-.'],
  },
};

// ---------------------------------------------------------------------------
// Red Hat OpenShift

export const openshift: ProviderSpec = {
  id: 'openshift',
  provider: 'Red Hat OpenShift',
  title: 'OpenShift OAuth access token',
  keywords: ['sha256~'],
  patterns: [
    {
      name: 'OpenShift user token',
      regex: /(?<![A-Za-z0-9_~-])sha256~[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g,
      minEntropy: 3.5,
    },
  ],
  rotation: {
    url: 'https://docs.openshift.com/container-platform/latest/authentication/managing-oauth-access-tokens.html',
    steps: 'Delete the token with `oc delete oauthaccesstoken <name>` (or from the console’s API tokens page), then log in again for a new one or use a service account.',
  },
  formatDocs: 'https://docs.openshift.com/container-platform/latest/authentication/managing-oauth-access-tokens.html',
  related: 'gitleaks `openshift-user-token`; GitHub secret scanning `openshift_user_token` (Red Hat).',
  examples: {
    invalid: [
      `oc login --token=sha256~${seeded(B64URL, 43, 'openshift')} --server=https://api.example.com:6443`,
      `Authorization: Bearer sha256~${seeded(B64URL, 43, 'openshift-2')}`,
    ],
    valid: [
      '--set token="sha256~XXXXXXXXXX_PUT_YOUR_TOKEN_HERE_XXXXXXXXXXXX"',
      'oc login --token=$OC_TOKEN',
      `digest: sha256:${seeded(HEX, 64, 'openshift-digest')}`,
    ],
  },
};

// ---------------------------------------------------------------------------
// Vercel

export const vercel: ProviderSpec = {
  id: 'vercel',
  provider: 'Vercel',
  title: 'Vercel token',
  keywords: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_', 'vercel'],
  patterns: [
    {
      name: 'Vercel token',
      regex: /(?<![A-Za-z0-9_-])vc[pirak]_[A-Za-z0-9_-]{50,70}(?![A-Za-z0-9_-])/g,
      keywords: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
      minEntropy: 4,
      validate: (secret) => mixedAlnum(secret) && vercelChecksum(secret),
    },
    {
      name: 'Vercel access token',
      regex: keyed(nameWord('vercel'), '[A-Za-z0-9]{24}', { secretWord: true }),
      keywords: ['vercel'],
      minEntropy: 3.5,
      validate: mixedAlnumNotCounting,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://vercel.com/guides/how-do-i-use-a-vercel-api-access-token',
    steps: 'Delete the token under Account Settings › Tokens (API keys and integration tokens on their own pages), then create a new one scoped to one team with an expiry.',
  },
  formatDocs: 'https://vercel.com/changelog/new-token-formats-and-secret-scanning',
  related: 'GitHub secret scanning `vercel_personal_access_token`, `vercel_integration_access_token`, `vercel_app_access_token`, `vercel_app_refresh_token`, `vercel_api_key`.',
  examples: {
    invalid: [
      `VERCEL_TOKEN=vcp_${seeded(ALNUM, 56, 'vercel')}`,
      `vercel_token = "${seeded(ALNUM, 24, 'vercel-legacy')}"`,
    ],
    valid: ['VERCEL_TOKEN=${{ secrets.VERCEL_TOKEN }}', 'VERCEL_TOKEN=vcp_' + 'x'.repeat(56), 'vercel_project_name = "my-awesome-frontend-app"'],
  },
};

// ---------------------------------------------------------------------------
// Netlify

export const netlify: ProviderSpec = {
  id: 'netlify',
  provider: 'Netlify',
  title: 'Netlify access token',
  keywords: ['nfp_', 'nfc_', 'nfo_', 'nfu_', 'nfb_', 'netlify'],
  patterns: [
    {
      name: 'Netlify access token',
      regex: /(?<![A-Za-z0-9_-])nf[pcoub]_[A-Za-z0-9_-]{36}(?![A-Za-z0-9_-])/g,
      keywords: ['nfp_', 'nfc_', 'nfo_', 'nfu_', 'nfb_'],
      minEntropy: 3.5,
      validate: mixedAlnum,
    },
    {
      name: 'Netlify access token',
      regex: keyed(nameWord('netlify'), '[A-Za-z0-9_-]{40,64}', { secretWord: true }),
      keywords: ['netlify'],
      minEntropy: 3.5,
      validate: notCounting,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://docs.netlify.com/api/get-started/#authentication',
    steps: 'Delete the token under User settings › Applications › Personal access tokens, then create a new one with an expiry.',
  },
  formatDocs: 'https://answers.netlify.com/t/change-to-the-netlify-authentication-token-format/106146',
  related: 'gitleaks `netlify-access-token`; GitHub secret scanning `netlify_access_token`.',
  examples: {
    invalid: [
      `NETLIFY_AUTH_TOKEN=nfp_${seeded(ALNUM, 36, 'netlify')}`,
      `netlify_auth_token: "${seeded(B64URL, 43, 'netlify-legacy')}"`,
    ],
    valid: ['NETLIFY_AUTH_TOKEN=${NETLIFY_AUTH_TOKEN}', 'NETLIFY_AUTH_TOKEN=nfp_' + 'x'.repeat(36), 'netlify_site_id = "my-site"'],
  },
};

// ---------------------------------------------------------------------------
// Render

export const render: ProviderSpec = {
  id: 'render',
  provider: 'Render',
  title: 'Render API key',
  keywords: ['rnd_'],
  patterns: [
    {
      name: 'Render API key',
      regex: /(?<![A-Za-z0-9_-])rnd_[A-Za-z0-9]{32}(?![A-Za-z0-9_-])/g,
      minEntropy: 3.5,
      validate: mixedAlnum,
    },
  ],
  rotation: {
    url: 'https://render.com/docs/api#1-create-an-api-key',
    steps: 'Revoke the key under Account Settings › API Keys in the Render dashboard, then create a new one.',
  },
  formatDocs: 'https://render.com/docs/api',
  related: 'GitHub secret scanning `render_api_key`; GitGuardian Render API key.',
  examples: {
    invalid: [
      `RENDER_API_KEY=rnd_${seeded(ALNUM, 32, 'render')}`,
      { file: 'deploy.sh', code: `curl -H "Authorization: Bearer rnd_${seeded(ALNUM, 32, 'render-2')}" https://api.render.com/v1/services\n` },
    ],
    valid: ['RENDER_API_KEY=rnd_' + 'x'.repeat(32), 'RENDER_API_KEY=${RENDER_API_KEY}', 'const key = "rnd_" + suffix;'],
  },
};

// ---------------------------------------------------------------------------
// Railway

export const railway: ProviderSpec = {
  id: 'railway',
  provider: 'Railway',
  title: 'Railway API token',
  keywords: ['railway'],
  patterns: [
    {
      name: 'Railway API token',
      regex: keyed(nameWord('railway'), UUID, { secretWord: true }),
      validate: notCounting,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://docs.railway.com/guides/public-api',
    steps: 'Delete the token under Account Settings › Tokens (project tokens: Project Settings › Tokens), then create a new one.',
  },
  related: 'GitGuardian Railway API token; GitHub secret scanning (not covered).',
  examples: {
    invalid: [
      'RAILWAY_TOKEN=' + '5e0f8c2a-' + '7b3d-4f1e-9a6c-2d8b4e7f0c1a',
      { file: 'deploy.yml', code: 'env:\n  RAILWAY_API_TOKEN: "' + '9c4a1e7b-' + '3f2d-4b8e-a5c1-6e0d9f2b7a4c"\n' },
    ],
    valid: ['RAILWAY_TOKEN=${{ secrets.RAILWAY_TOKEN }}', 'railway_project_id = "5e0f8c2a-7b3d-4f1e-9a6c-2d8b4e7f0c1a"', 'RAILWAY_TOKEN=<your-railway-token>'],
  },
};

// ---------------------------------------------------------------------------
// Fastly

export const fastly: ProviderSpec = {
  id: 'fastly',
  provider: 'Fastly',
  title: 'Fastly API token',
  keywords: ['fastly'],
  patterns: [
    {
      name: 'Fastly API token',
      regex: keyed(nameWord('fastly'), '[A-Za-z0-9_-]{32}', { secretWord: true }),
      minEntropy: 3.5,
      validate: (secret) => classes(2)(secret) && notCounting(secret),
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://docs.fastly.com/en/guides/using-api-tokens',
    steps: 'Delete the token under Account › Personal API tokens (or `fastly auth-token delete`), then create a new one scoped to the services it needs, with an expiry.',
  },
  formatDocs: 'https://docs.fastly.com/en/guides/using-api-tokens',
  related: 'gitleaks `fastly-api-token`; GitHub secret scanning `fastly_api_token`.',
  examples: {
    invalid: [
      `FASTLY_API_TOKEN=${seeded(B64URL, 32, 'fastly')}`,
      { file: 'purge.py', code: `fastly_key = "${seeded(B64URL, 32, 'fastly-2')}"\n` },
    ],
    valid: ['FASTLY_API_TOKEN=${FASTLY_API_TOKEN}', `fastly_service_id = "${seeded(ALNUM, 22, 'fastly-service')}"`, 'FASTLY_API_TOKEN=' + 'x'.repeat(32)],
  },
};

// ---------------------------------------------------------------------------
// Cloudflare

const CF_GLOBAL = '[a-f0-9]{37,45}';
const CF_TOKEN = '[A-Za-z0-9_-]{40}';

export const cloudflare: ProviderSpec = {
  id: 'cloudflare',
  provider: 'Cloudflare',
  title: 'Cloudflare API credential',
  keywords: ['v1.0-', 'cfk_', 'cfut_', 'cfat_', 'cloudflare', 'cf_'],
  patterns: [
    {
      name: 'Cloudflare Origin CA key',
      regex: /(?<![A-Za-z0-9.-])v1\.0-[a-f0-9]{24}-[a-f0-9]{146}(?![A-Za-z0-9-])/g,
      keywords: ['v1.0-'],
    },
    {
      name: 'Cloudflare API credential',
      regex: /(?<![A-Za-z0-9_-])cf(?:k|ut|at)_[A-Za-z0-9]{40,60}(?![A-Za-z0-9_-])/g,
      keywords: ['cfk_', 'cfut_', 'cfat_'],
      minEntropy: 4,
      validate: mixedAlnum,
    },
    {
      name: 'Cloudflare global API key',
      regex: keyed(nameWord('cloudflare'), CF_GLOBAL),
      keywords: ['cloudflare'],
      minEntropy: 3,
      validate: notCounting,
      severity: 'warning',
    },
    {
      name: 'Cloudflare global API key',
      regex: keyed(nameWord('cf'), CF_GLOBAL, { secretWord: true }),
      keywords: ['cf_'],
      minEntropy: 3,
      validate: notCounting,
      severity: 'warning',
    },
    {
      name: 'Cloudflare API token',
      regex: keyed(nameWord('cloudflare'), CF_TOKEN),
      keywords: ['cloudflare'],
      minEntropy: 3.5,
      validate: mixedAlnumNotCounting,
      severity: 'warning',
    },
    {
      name: 'Cloudflare API token',
      regex: keyed(nameWord('cf'), CF_TOKEN, { secretWord: true }),
      keywords: ['cf_'],
      minEntropy: 3.5,
      validate: mixedAlnumNotCounting,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://developers.cloudflare.com/fundamentals/api/how-to/roll-token/',
    steps: 'Roll or delete the token under My Profile › API Tokens (global API key: View › Change; Origin CA key: revoke it and its certificates), then prefer a scoped API token.',
  },
  formatDocs: 'https://developers.cloudflare.com/fundamentals/api/get-started/token-formats/',
  related: 'gitleaks `cloudflare-api-key`, `cloudflare-global-api-key`, `cloudflare-origin-ca-key`; GitHub secret scanning `cloudflare_api_token`, `cloudflare_global_api_key`, `cloudflare_origin_ca_key`.',
  examples: {
    invalid: [
      `CLOUDFLARE_ORIGIN_CA: v1.0-${seeded(HEX, 24, 'cf-origin-id')}-${seeded(HEX, 146, 'cf-origin')}`,
      `cloudflare_global_api_key = "${seeded(HEX, 37, 'cf-global')}"`,
      `CLOUDFLARE_API_TOKEN: ${seeded(ALNUM, 40, 'cf-token')}`,
      `CF_API_TOKEN=cfut_${seeded(ALNUM, 46, 'cf-scannable')}`,
    ],
    valid: [
      'CLOUDFLARE_API_TOKEN=${CLOUDFLARE_API_TOKEN}',
      `cloudflare_zone_id = "${seeded(HEX, 32, 'cf-zone')}"`,
      'CLOUDFLARE_API_TOKEN: ' + 'x'.repeat(40),
    ],
  },
};

// ---------------------------------------------------------------------------
// Supabase

export const supabase: ProviderSpec = {
  id: 'supabase',
  provider: 'Supabase',
  title: 'Supabase key',
  keywords: ['sbp_', 'sb_secret_'],
  patterns: [
    {
      name: 'Supabase personal access token',
      regex: /(?<![A-Za-z0-9_-])sbp_(?:oauth_)?[a-f0-9]{40}(?![A-Za-z0-9_-])/g,
      keywords: ['sbp_'],
    },
    {
      name: 'Supabase secret API key',
      regex: /(?<![A-Za-z0-9_-])sb_secret_[A-Za-z0-9_-]{20,80}(?![A-Za-z0-9_-])/g,
      keywords: ['sb_secret_'],
      minEntropy: 3.5,
    },
  ],
  rotation: {
    url: 'https://supabase.com/docs/guides/api/api-keys',
    steps: 'Delete the secret key under Project Settings › API Keys and create a new one (access tokens: Account › Access Tokens); publishable keys are meant to be public.',
  },
  formatDocs: 'https://supabase.com/docs/guides/api/api-keys',
  related: 'gitleaks `supabase-service-key` (community); GitHub secret scanning `supabase_personal_access_token`, `supabase_secret_key`.',
  examples: {
    invalid: [
      `SUPABASE_ACCESS_TOKEN=sbp_${seeded(HEX, 40, 'supabase')}`,
      `SUPABASE_SECRET_KEY=sb_secret_${seeded(B64URL, 31, 'supabase-secret')}`,
    ],
    valid: [
      `NEXT_PUBLIC_SUPABASE_KEY=sb_publishable_${seeded(B64URL, 31, 'supabase-pub')}`,
      'SUPABASE_SECRET_KEY=${SUPABASE_SECRET_KEY}',
      'SUPABASE_ACCESS_TOKEN=sbp_' + 'x'.repeat(40),
    ],
  },
};

// ---------------------------------------------------------------------------
// PlanetScale

export const planetscale: ProviderSpec = {
  id: 'planetscale',
  provider: 'PlanetScale',
  title: 'PlanetScale credential',
  keywords: ['pscale_'],
  patterns: [
    {
      name: 'PlanetScale credential',
      regex: /(?<![A-Za-z0-9_-])pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.-]{32,64}(?![A-Za-z0-9_.-])/g,
      minEntropy: 3.5,
    },
  ],
  rotation: {
    url: 'https://planetscale.com/docs/concepts/service-tokens',
    steps: 'Delete the service token (Organization settings › Service tokens) or the branch password (Branch › Connect › Passwords), then create a new one with the least access.',
  },
  formatDocs: 'https://planetscale.com/docs/concepts/service-tokens',
  related: 'gitleaks `planetscale-api-token`, `planetscale-password`, `planetscale-oauth-token`; GitHub secret scanning `planetscale_service_token`, `planetscale_database_password`.',
  examples: {
    invalid: [
      `PLANETSCALE_SERVICE_TOKEN=pscale_tkn_${seeded(B64URL, 43, 'pscale')}`,
      `DATABASE_PASSWORD=pscale_pw_${seeded(B64URL, 43, 'pscale-pw')}`,
    ],
    valid: ['PLANETSCALE_SERVICE_TOKEN=pscale_tkn_' + 'x'.repeat(43), 'DATABASE_PASSWORD=${PSCALE_PASSWORD}', 'Passwords start with pscale_pw_.'],
  },
};

// ---------------------------------------------------------------------------
// Databricks

export const databricks: ProviderSpec = {
  id: 'databricks',
  provider: 'Databricks',
  title: 'Databricks access token',
  keywords: ['dapi'],
  patterns: [
    {
      name: 'Databricks personal access token',
      regex: /(?<![A-Za-z0-9_-])dapi[a-f0-9]{32}(?:-\d)?(?![A-Za-z0-9_-])/g,
      minEntropy: 3,
    },
  ],
  rotation: {
    url: 'https://docs.databricks.com/en/dev-tools/auth/pat.html',
    steps: 'Revoke the token under User Settings › Developer › Access tokens (admins: the token management API), then create a new one with a lifetime, or switch to OAuth.',
  },
  formatDocs: 'https://docs.databricks.com/en/dev-tools/auth/pat.html',
  related: 'gitleaks `databricks-api-token`; GitHub secret scanning `databricks_access_token`.',
  examples: {
    invalid: [
      `DATABRICKS_TOKEN=dapi${seeded(HEX, 32, 'databricks')}`,
      `token = dapi${seeded(HEX, 32, 'databricks-2')}-2`,
    ],
    valid: ['DATABRICKS_TOKEN=dapi123456789012345678a9bc01234defg5', 'DATABRICKS_TOKEN=${DATABRICKS_TOKEN}', 'DATABRICKS_TOKEN=dapi' + 'x'.repeat(32)],
  },
};

// ---------------------------------------------------------------------------
// ClickHouse Cloud

export const clickhouse: ProviderSpec = {
  id: 'clickhouse',
  provider: 'ClickHouse Cloud',
  title: 'ClickHouse Cloud API secret',
  keywords: ['clickhouse'],
  patterns: [
    {
      // `4b1d` marks the secret half of a ClickHouse Cloud API key; the file must name ClickHouse.
      name: 'ClickHouse Cloud API secret',
      regex: /(?<![A-Za-z0-9])4b1d[A-Za-z0-9]{38}(?![A-Za-z0-9])/g,
      minEntropy: 3.5,
      validate: (secret) => mixedAlnum(secret.slice(4)),
    },
  ],
  rotation: {
    url: 'https://clickhouse.com/docs/cloud/manage/openapi',
    steps: 'Delete the key under Organization › API Keys in the ClickHouse Cloud console, then create a new one with the least role.',
  },
  formatDocs: 'https://clickhouse.com/docs/cloud/manage/openapi',
  related: 'gitleaks `clickhouse-cloud-api-secret-key`; GitHub secret scanning `clickhouse_cloud_api_secret_key`.',
  examples: {
    invalid: [
      `CLICKHOUSE_KEY_SECRET=4b1d${seeded(ALNUM, 38, 'clickhouse')}`,
      { file: 'clickhouse.py', code: `client = clickhouse_connect.get_client(password="4b1d${seeded(ALNUM, 38, 'clickhouse-2')}")\n` },
    ],
    valid: [`key = 4b1d${seeded(ALNUM, 38, 'clickhouse-3')}`, 'key = 4b1d' + 'X'.repeat(38) + ' # clickhouse', 'CLICKHOUSE_KEY_SECRET=${CLICKHOUSE_KEY_SECRET}'],
  },
};

// ---------------------------------------------------------------------------
// Confluent Cloud

export const confluent: ProviderSpec = {
  id: 'confluent',
  provider: 'Confluent Cloud',
  title: 'Confluent Cloud API secret',
  keywords: ['confluent'],
  patterns: [
    {
      name: 'Confluent Cloud API secret',
      regex: keyed(nameWord('confluent'), '[A-Za-z0-9+/]{64}', { secretWord: true, after: '(?![A-Za-z0-9+/=])' }),
      minEntropy: 4,
      validate: mixedAlnumNotCounting,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://docs.confluent.io/cloud/current/security/authenticate/workload-identities/service-accounts/api-keys/manage-api-keys.html',
    steps: 'Delete the API key under Administration › API keys (or `confluent api-key delete <key>`), then create a new one for a service account with the least role.',
  },
  related: 'GitHub secret scanning `confluent_cloud_api_key`, `confluent_cloud_api_secret`; GitGuardian Confluent keys.',
  examples: {
    invalid: [
      `CONFLUENT_CLOUD_API_SECRET=${seeded(ALNUM + '+/', 64, 'confluent')}`,
      { file: 'client.properties', code: `confluent.api.secret=${seeded(ALNUM + '+/', 64, 'confluent-2')}\n` },
    ],
    valid: ['CONFLUENT_CLOUD_API_SECRET=${CONFLUENT_SECRET}', 'confluent_cluster_id = "lkc-abc123"', 'CONFLUENT_CLOUD_API_SECRET=' + 'x'.repeat(64)],
  },
};

// ---------------------------------------------------------------------------
// Mapbox

/** Secret tokens are `sk.` + base64url JSON (`{"u":"<user>","a":"<id>"}`) + `.` + 22 characters. */
function mapboxPayload(secret: string): string {
  return secret.slice(3, secret.lastIndexOf('.'));
}

export const mapbox: ProviderSpec = {
  id: 'mapbox',
  provider: 'Mapbox',
  title: 'Mapbox secret token',
  keywords: ['sk.eyj'],
  patterns: [
    {
      name: 'Mapbox secret access token',
      regex: /(?<![A-Za-z0-9_.-])sk\.eyJ[A-Za-z0-9_-]{20,300}\.[A-Za-z0-9_-]{22}(?![A-Za-z0-9_.-])/g,
      validate: embeddedJson(mapboxPayload, 'u'),
    },
  ],
  rotation: {
    url: 'https://docs.mapbox.com/accounts/guides/tokens/',
    steps: 'Delete the secret token on the Access tokens page of your Mapbox account, then create a new one with only the scopes it needs; public `pk.` tokens are meant to ship.',
  },
  formatDocs: 'https://docs.mapbox.com/accounts/guides/tokens/',
  related: 'gitleaks `mapbox-api-token`; GitHub secret scanning `mapbox_secret_access_token`.',
  examples: {
    invalid: [
      `MAPBOX_DOWNLOADS_TOKEN=sk.${base64UrlOf('{"u":"demo","a":"' + seeded(B64URL, 25, 'mapbox-a') + '"}')}.${seeded(B64URL, 22, 'mapbox-sig')}`,
      { file: 'gradle.properties', code: `MAPBOX_DOWNLOADS_TOKEN=sk.${base64UrlOf('{"u":"acme","a":"' + seeded(B64URL, 25, 'mapbox-b') + '"}')}.${seeded(B64URL, 22, 'mapbox-sig-2')}\n` },
    ],
    valid: [
      `mapboxgl.accessToken = "pk.${base64UrlOf('{"u":"demo","a":"' + seeded(B64URL, 25, 'mapbox-pk') + '"}')}.${seeded(B64URL, 22, 'mapbox-pk-sig')}";`,
      'MAPBOX_DOWNLOADS_TOKEN=${MAPBOX_DOWNLOADS_TOKEN}',
      'Secret tokens start with sk.eyJ.',
    ],
  },
};
