import type { ProviderSpec, Validation } from '../spec';
import { ALNUM, B64URL, DIGITS, END, END_B64, HEX, LOWER_ALNUM, START, START_B64, UUID, UUID_LOWER, keyed, lettersAndDigits, sample } from './saas-helpers';

// Example tokens are generated from seeds (saas-helpers `sample`), so this file never holds a whole token.
const digits = (n: number, seed: string): string => '1' + sample(DIGITS, n - 1, seed);
const uuid = (seed: string): string =>
  sample(HEX, 8, seed + 1) + '-' + sample(HEX, 4, seed + 2) + '-4' + sample(HEX, 3, seed + 3) + '-a' + sample(HEX, 3, seed + 4) + '-' + sample(HEX, 12, seed + 5);

/** Upper case, lower case and digits all occur. */
function threeClasses(secret: string): Validation {
  return /[A-Z]/.test(secret) && /[a-z]/.test(secret) && /[0-9]/.test(secret);
}

// ---------------------------------------------------------------------------
// Facebook / Meta

const fbToken = 'EAA' + 'B' + sample(ALNUM, 180, 'fb1');
const fbExplorer = 'EAACEd' + 'Eose0cBA' + sample(ALNUM, 100, 'fb2');
const fbAppToken = digits(15, 'fb3') + '|' + sample(B64URL, 27, 'fb4');
const fbSecret = sample(HEX, 32, 'fb5');

export const facebook: ProviderSpec = {
  id: 'facebook',
  provider: 'Facebook (Meta)',
  title: 'Facebook access token or app secret',
  keywords: ['eaa', 'facebook', 'fb_', 'fbapp', 'fb.'],
  patterns: [
    {
      // User and page access tokens: EAA + a long alphanumeric body; Graph API Explorer tokens start EAACEdEose0cBA.
      name: 'Facebook access token',
      regex: new RegExp(`${START_B64}EAA(?:CEdEose0cBA[A-Za-z0-9]{20,400}|[A-Za-z0-9]{90,500})${END_B64}`, 'g'),
      keywords: ['eaa'],
      minEntropy: 4,
    },
    {
      // <app id>|<app secret or signature>: an app access token.
      name: 'Facebook app access token',
      regex: /(?<![\w|])\d{13,17}\|(?:[0-9a-f]{32}|[A-Za-z0-9_-]{27})(?![\w-])/g,
      keywords: ['facebook'],
      minEntropy: 3.5,
    },
    {
      name: 'Facebook app secret',
      regex: keyed({ names: ['facebook', 'fb'], spellings: ['FaceBook'], value: '[0-9a-f]{32}' }),
      keywords: ['facebook', 'fb_', 'fbapp', 'fb.'],
      validate: lettersAndDigits,
      minEntropy: 3,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://developers.facebook.com/docs/facebook-login/guides/access-tokens',
    steps: 'Reset the app secret in the App Dashboard under App settings › Basic (this also invalidates app access tokens); revoke a leaked user or page token by removing the app\'s access or changing the account password, then issue a new one.',
  },
  formatDocs: 'https://developers.facebook.com/docs/facebook-login/guides/access-tokens',
  related: 'gitleaks `facebook-secret`, `facebook-access-token`, `facebook-page-access-token`; GitHub secret scanning `facebook_access_token`.',
  examples: {
    invalid: [
      `FACEBOOK_PAGE_TOKEN=${fbToken}`,
      { file: 'k8s.yaml', code: `- name: FACEBOOK_TOKEN\n  value: "${fbExplorer}"\n` },
      `{"facebook access_token":"${fbAppToken}","token_type":"bearer"}`,
      { file: 'settings.py', code: `FACEBOOK_APP_SECRET = "${fbSecret}"\n` },
    ],
    valid: [
      { file: 'settings.py', code: 'FACEBOOK_APP_SECRET = os.environ["FACEBOOK_APP_SECRET"]\n' },
      `checksum: eaac${sample(HEX, 124, 'fb6')}`,
      `FACEBOOK_APP_ID = "${digits(15, 'fb7')}"`,
      `ratio ${digits(15, 'fb8')}|${sample(B64URL, 27, 'fb9')}`,
    ],
  },
};

// ---------------------------------------------------------------------------
// Twitter / X

const twitterBearer = 'A'.repeat(22) + 'M' + sample(ALNUM, 12, 'tx1') + '%2B' + sample(ALNUM, 30, 'tx2') + '%3D' + sample(ALNUM, 50, 'tx3');
const twitterSecret = sample(ALNUM, 50, 'tx4');

export const twitter: ProviderSpec = {
  id: 'twitter',
  provider: 'Twitter (X)',
  title: 'Twitter (X) bearer token or API secret',
  keywords: ['aaaaaaaaaaaaaaaaaaaa', 'twitter'],
  patterns: [
    {
      // App-only bearer tokens start with ~22 `A`s (an encoded zero prefix); the part after them is reported.
      name: 'Twitter (X) bearer token',
      regex: /(?<![A-Za-z0-9%+/_-])A{20,24}(?<secret>[A-Za-z0-9%]{60,150})(?![A-Za-z0-9%+/=_-])/g,
      keywords: ['aaaaaaaaaaaaaaaaaaaa'],
      validate: (s) => s.includes('%') || threeClasses(s),
      minEntropy: 4,
    },
    {
      name: 'Twitter (X) API secret or access token',
      regex: keyed({ names: ['twitter'], qualifiers: ['secret', 'token'], value: '[A-Za-z0-9]{45,50}|\\d{5,20}-[A-Za-z0-9]{40}' }),
      keywords: ['twitter'],
      validate: lettersAndDigits,
      minEntropy: 4,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://developer.x.com/en/docs/authentication/guides/authentication-best-practices',
    steps: 'In the X developer portal open the app\'s Keys and tokens page and regenerate the API key and secret, bearer token or access token that leaked.',
  },
  formatDocs: 'https://developer.x.com/en/docs/authentication/oauth-2-0/bearer-tokens',
  related: 'gitleaks `twitter-bearer-token`, `twitter-api-key`, `twitter-api-secret`, `twitter-access-token`, `twitter-access-secret`.',
  examples: {
    invalid: [`TWITTER_BEARER_TOKEN=${twitterBearer}`, { file: 'bot.py', code: `TWITTER_CONSUMER_SECRET = "${twitterSecret}"\n` }],
    valid: [
      { file: 'bot.py', code: 'TWITTER_CONSUMER_SECRET = os.environ["TWITTER_CONSUMER_SECRET"]\n' },
      // The zero run of a base64 blob, not a bearer token.
      'data:image/png;base64,' + 'A'.repeat(24) + sample(ALNUM, 40, 'tx5') + '+' + sample(ALNUM, 40, 'tx6'),
      'TWITTER_BEARER_TOKEN=<bearer token>',
    ],
  },
};

// ---------------------------------------------------------------------------
// LinkedIn

const linkedinSecret = 'WPL_AP1.' + sample(ALNUM, 16, 'li1') + '.' + sample(ALNUM, 6, 'li2') + '==';

export const linkedin: ProviderSpec = {
  id: 'linkedin',
  provider: 'LinkedIn',
  title: 'LinkedIn client secret',
  keywords: ['wpl_ap', 'linkedin'],
  patterns: [
    {
      // Apps created since 2023: WPL_AP1.<16>.<6 base64>==, recognisable without a key name.
      name: 'LinkedIn client secret',
      regex: new RegExp(`${START}WPL_AP\\d\\.[A-Za-z0-9]{16}\\.[A-Za-z0-9+/]{6}==${END_B64}`, 'g'),
      keywords: ['wpl_ap'],
      minEntropy: 3.5,
    },
    {
      // Older secrets: 16 alphanumerics, recognised by the key name.
      name: 'LinkedIn client secret',
      regex: keyed({ names: ['linkedin'], spellings: ['LinkedIn'], qualifiers: ['secret'], value: '[A-Za-z0-9]{16}' }),
      keywords: ['linkedin'],
      validate: lettersAndDigits,
      minEntropy: 3,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://learn.microsoft.com/en-us/linkedin/shared/authentication/client-credentials-flow',
    steps: 'In the LinkedIn Developer Portal open the app\'s Auth tab, generate a new client secret and delete the old one once the app uses the new secret.',
  },
  formatDocs: 'https://learn.microsoft.com/en-us/linkedin/shared/authentication/authentication',
  related: 'gitleaks `linkedin-client-secret`, `linkedin-client-id`.',
  examples: {
    invalid: [{ file: 'auth.py', code: `CLIENT_ID = "86${sample(LOWER_ALNUM, 12, 'li5')}"\nCLIENT_SECRET = "${linkedinSecret}"\n` }, { file: 'auth.js', code: `const linkedinClientSecret = "${sample(ALNUM, 16, 'li3')}";\n` }],
    valid: [`LINKEDIN_CLIENT_ID=${sample(LOWER_ALNUM, 14, 'li4')}`, { file: 'auth.js', code: 'const linkedinClientSecret = process.env.LINKEDIN_CLIENT_SECRET;\n' }, 'LINKEDIN_CLIENT_SECRET=changeme', 'placeholder="e.g. WPL_AP1.xxxxxxxx..."'],
  },
};

// ---------------------------------------------------------------------------
// Twitch

const twitchSecret = sample(LOWER_ALNUM, 30, 'tc1');

export const twitch: ProviderSpec = {
  id: 'twitch',
  provider: 'Twitch',
  title: 'Twitch client secret or OAuth token',
  keywords: ['twitch'],
  patterns: [
    {
      // Client secrets and OAuth tokens are 30 lower-case alphanumerics; chat tokens carry an `oauth:` prefix.
      name: 'Twitch client secret or OAuth token',
      regex: keyed({ names: ['twitch'], qualifiers: ['secret', 'token', 'oauth', 'pass'], value: '(?:oauth:)?[a-z0-9]{30}' }),
      validate: lettersAndDigits,
      minEntropy: 3.5,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://dev.twitch.tv/docs/authentication/revoke-tokens/',
    steps: 'Revoke OAuth tokens with the /oauth2/revoke endpoint; for a client secret, press New Secret on the application\'s page in the Twitch developer console.',
  },
  formatDocs: 'https://dev.twitch.tv/docs/authentication/',
  related: 'gitleaks `twitch-api-token`.',
  examples: {
    invalid: [`TWITCH_CLIENT_SECRET=${twitchSecret}`, { file: 'chat.py', code: `TWITCH_OAUTH_TOKEN = "oauth:${sample(LOWER_ALNUM, 30, 'tc2')}"\n` }],
    valid: [{ file: 'chat.py', code: 'TWITCH_OAUTH_TOKEN = os.environ["TWITCH_OAUTH_TOKEN"]\n' }, `TWITCH_CLIENT_ID=${sample(LOWER_ALNUM, 30, 'tc3')}`, 'TWITCH_CLIENT_SECRET=oauth:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
};

// ---------------------------------------------------------------------------
// HubSpot

const hubspotPat = 'pat-na1-' + uuid('hs1');

export const hubspot: ProviderSpec = {
  id: 'hubspot',
  provider: 'HubSpot',
  title: 'HubSpot access token or API key',
  keywords: ['pat-na', 'pat-eu', 'pat-ap', 'hubspot', 'hapikey'],
  patterns: [
    {
      name: 'HubSpot private app access token',
      regex: new RegExp(`${START}pat-(?:na|eu|ap)\\d-${UUID_LOWER}${END}`, 'g'),
      keywords: ['pat-na', 'pat-eu', 'pat-ap'],
    },
    {
      // Legacy API keys (sunset in 2022, still found in old code) are bare UUIDs, often in ?hapikey=.
      name: 'HubSpot API key (legacy)',
      regex: keyed({ names: ['hubspot', 'hapikey'], spellings: ['HubSpot'], value: UUID }),
      keywords: ['hubspot', 'hapikey'],
      minEntropy: 3,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://developers.hubspot.com/docs/api/private-apps#rotate-your-private-app-access-token',
    steps: 'Rotate the private app\'s access token under Settings › Integrations › Private Apps › Auth (choose to expire the old token now); migrate legacy API keys to a private app.',
  },
  formatDocs: 'https://developers.hubspot.com/docs/api/private-apps',
  related: 'gitleaks `hubspot-api-key`; GitHub secret scanning `hubspot_api_key` and HubSpot private app tokens.',
  examples: {
    invalid: [`HUBSPOT_ACCESS_TOKEN=${hubspotPat}`, { file: 'crm.js', code: `const hubspotKey = "${uuid('hs2').toUpperCase()}";\n` }, `https://api.hubapi.com/contacts/v1/lists?hapikey=${uuid('hs3')}`],
    valid: [{ file: 'crm.js', code: 'const hubspotKey = process.env.HUBSPOT_API_KEY;\n' }, `HUBSPOT_PORTAL_ID=${digits(8, 'hs4')}`, `request_id=${uuid('hs5')}`],
  },
};

// ---------------------------------------------------------------------------
// Notion

const notionToken = 'ntn_' + digits(11, 'nt1') + sample(ALNUM, 35, 'nt2');
const notionLegacy = 'secret_' + sample(ALNUM, 43, 'nt3');

export const notion: ProviderSpec = {
  id: 'notion',
  provider: 'Notion',
  title: 'Notion integration token',
  keywords: ['ntn_', 'secret_'],
  patterns: [
    {
      // ntn_ + 11 digits + 35 alphanumerics.
      name: 'Notion integration token',
      regex: new RegExp(`${START}ntn_\\d{11}[A-Za-z0-9]{35}${END}`, 'g'),
      keywords: ['ntn_'],
      validate: (s) => /[A-Za-z]/.test(s.slice(15)),
      minEntropy: 3.5,
    },
    {
      // Tokens issued before September 2024: secret_ + 43 alphanumerics.
      name: 'Notion integration token (legacy)',
      regex: new RegExp(`${START}secret_[A-Za-z0-9]{43}${END}`, 'g'),
      keywords: ['secret_'],
      validate: (s) => threeClasses(s.slice(7)),
      minEntropy: 4,
    },
  ],
  rotation: {
    url: 'https://developers.notion.com/docs/authorization',
    steps: 'Open the integration under Settings › Connections › Develop or manage integrations, refresh (regenerate) its secret, and update the app.',
  },
  formatDocs: 'https://developers.notion.com/docs/authorization',
  related: 'gitleaks `notion-api-token`; GitHub secret scanning `notion_integration_token`.',
  examples: {
    invalid: [`NOTION_TOKEN=${notionToken}`, { file: 'sync.js', code: `const notion = new Client({ auth: "${notionLegacy}" });\n` }],
    valid: ['NOTION_TOKEN=ntn_12345678901', { file: 'sync.js', code: 'const notion = new Client({ auth: process.env.NOTION_TOKEN });\n' }, 'ntn_' + '1'.repeat(8) + digits(52, 'nt4'), 'secret_accessKeyIdentifierForTheServiceAccountName = 1'],
  },
};

// ---------------------------------------------------------------------------
// Airtable

const airtablePat = 'pat' + sample(ALNUM, 14, 'at1') + '.' + sample(HEX, 64, 'at2');

export const airtable: ProviderSpec = {
  id: 'airtable',
  provider: 'Airtable',
  title: 'Airtable personal access token or API key',
  keywords: ['pat', 'airtable'],
  patterns: [
    {
      // pat<14>.<64 hex>
      name: 'Airtable personal access token',
      regex: new RegExp(`${START}pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}${END}`, 'g'),
      keywords: ['pat'],
      minEntropy: 3.5,
    },
    {
      name: 'Airtable API key (legacy)',
      regex: keyed({ names: ['airtable'], spellings: ['AirTable'], value: 'key[A-Za-z0-9]{14}' }),
      keywords: ['airtable'],
      validate: (s) => lettersAndDigits(s.slice(3)),
      minEntropy: 3,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://support.airtable.com/docs/creating-personal-access-tokens',
    steps: 'Delete or regenerate the token on the Builder hub\'s Personal access tokens page (airtable.com/create/tokens) and create a new one scoped to the bases needed.',
  },
  formatDocs: 'https://airtable.com/developers/web/guides/personal-access-tokens',
  related: 'gitleaks `airtable-api-key`, `airtable-personnal-access-token`; GitHub secret scanning `airtable_personal_access_token`, `airtable_api_key`.',
  examples: {
    invalid: [`AIRTABLE_TOKEN=${airtablePat}`, { file: 'base.py', code: `AIRTABLE_API_KEY = "key${sample(ALNUM, 14, 'at3')}"\n` }],
    valid: [{ file: 'base.py', code: 'AIRTABLE_API_KEY = os.environ["AIRTABLE_API_KEY"]\n' }, 'AIRTABLE_TOKEN=patXXXXXXXXXXXXXX.xxxxxxxx', `AIRTABLE_BASE_ID=app${sample(ALNUM, 14, 'at4')}`],
  },
};

// ---------------------------------------------------------------------------
// Asana

const asanaPat = '2/' + digits(16, 'as1') + '/' + digits(16, 'as2') + ':' + sample(HEX, 32, 'as3');

export const asana: ProviderSpec = {
  id: 'asana',
  provider: 'Asana',
  title: 'Asana personal access token',
  keywords: ['asana'],
  patterns: [
    {
      // 0/<32 hex>, 1/<user id>:<32 hex>, 2/<user id>/<token id>:<32 hex>
      name: 'Asana personal access token',
      regex: new RegExp(`(?<![\\w/])(?:0/|[12]/\\d{6,20}(?:/\\d{6,20})?:)[0-9a-f]{32}${END}`, 'g'),
      minEntropy: 3,
    },
  ],
  rotation: {
    url: 'https://developers.asana.com/docs/personal-access-token',
    steps: 'Deauthorize the token in Asana under My settings › Apps › Developer console (Personal access tokens) and create a new one.',
  },
  formatDocs: 'https://developers.asana.com/docs/personal-access-token',
  related: 'gitleaks `asana-client-id`, `asana-client-secret`; GitHub secret scanning `asana_personal_access_token`.',
  examples: {
    invalid: [`ASANA_ACCESS_TOKEN=${asanaPat}`, { file: 'tasks.py', code: `client = asana.Client.access_token("1/${digits(13, 'as4')}:${sample(HEX, 32, 'as5')}")\n` }],
    valid: [{ file: 'tasks.py', code: 'client = asana.Client.access_token(os.environ["ASANA_TOKEN"])\n' }, `ratio 1/${digits(13, 'as6')} of asana tasks`, 'ASANA_ACCESS_TOKEN=2/<user>/<token>:<secret>'],
  },
};

// ---------------------------------------------------------------------------
// Zendesk

const zendeskToken = sample(ALNUM, 40, 'zd1');

export const zendesk: ProviderSpec = {
  id: 'zendesk',
  provider: 'Zendesk',
  title: 'Zendesk API token',
  keywords: ['zendesk'],
  patterns: [
    {
      name: 'Zendesk API token',
      regex: keyed({ names: ['zendesk'], spellings: ['ZenDesk'], value: '[A-Za-z0-9]{40}' }),
      validate: lettersAndDigits,
      minEntropy: 3.5,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://support.zendesk.com/hc/en-us/articles/4408889192858-Managing-access-to-the-Zendesk-API',
    steps: 'In Admin Center open Apps and integrations › APIs › Zendesk API, delete the token and add a new one.',
  },
  formatDocs: 'https://developer.zendesk.com/api-reference/introduction/security-and-auth/',
  related: 'gitleaks `zendesk-secret-key`.',
  examples: {
    invalid: [`ZENDESK_API_TOKEN=${zendeskToken}`, { file: 'support.rb', code: `config.zendesk_token = '${zendeskToken}'\n` }],
    valid: [{ file: 'support.rb', code: "config.zendesk_token = ENV['ZENDESK_API_TOKEN']\n" }, 'ZENDESK_SUBDOMAIN=acme', `API_TOKEN=${zendeskToken}`],
  },
};

// ---------------------------------------------------------------------------
// Typeform

const typeformToken = 'tfp_' + sample(ALNUM, 44, 'tf1') + '_' + sample(ALNUM, 14, 'tf2');

export const typeform: ProviderSpec = {
  id: 'typeform',
  provider: 'Typeform',
  title: 'Typeform personal access token',
  keywords: ['tfp_'],
  patterns: [
    {
      // tfp_<44>_<12–14>
      name: 'Typeform personal access token',
      regex: new RegExp(`${START}tfp_[A-Za-z0-9_-]{44}_[A-Za-z0-9_-]{12,14}${END}`, 'g'),
      minEntropy: 4,
    },
  ],
  rotation: {
    url: 'https://www.typeform.com/developers/get-started/personal-access-token/',
    steps: 'Delete the token under Account › Personal tokens in Typeform and generate a new one with only the scopes needed.',
  },
  formatDocs: 'https://www.typeform.com/developers/get-started/personal-access-token/',
  related: 'gitleaks `typeform-api-token`; GitHub secret scanning `typeform_personal_access_token`.',
  examples: {
    invalid: [`TYPEFORM_TOKEN=${typeformToken}`, { file: 'forms.js', code: `const typeform = createClient({ token: '${typeformToken}' });\n` }],
    valid: [{ file: 'forms.js', code: 'const typeform = createClient({ token: process.env.TYPEFORM_TOKEN });\n' }, 'local depvar_ltfp_difftype difference_long', 'TYPEFORM_TOKEN=tfp_...'],
  },
};

// ---------------------------------------------------------------------------
// Contentful

const contentfulToken = 'CFPAT-' + sample(B64URL, 43, 'cf1');

export const contentful: ProviderSpec = {
  id: 'contentful',
  provider: 'Contentful',
  title: 'Contentful personal access token',
  keywords: ['cfpat-'],
  patterns: [
    {
      // Content Management API personal access tokens: CFPAT- + 43.
      name: 'Contentful personal access token',
      regex: new RegExp(`${START}CFPAT-[A-Za-z0-9_-]{43}${END}`, 'g'),
      minEntropy: 3.5,
    },
  ],
  rotation: {
    url: 'https://www.contentful.com/developers/docs/references/authentication/',
    steps: 'Revoke the token in the Contentful web app under Settings › CMA tokens and create a new one.',
  },
  formatDocs: 'https://www.contentful.com/developers/docs/references/authentication/',
  related: 'GitHub secret scanning `contentful_personal_access_token`; gitleaks `contentful-delivery-api-token` covers delivery tokens.',
  examples: {
    invalid: [`CONTENTFUL_MANAGEMENT_TOKEN=${contentfulToken}`, { file: 'migrate.js', code: `const client = contentful.createClient({ accessToken: '${contentfulToken}' });\n` }],
    valid: [{ file: 'migrate.js', code: 'const client = contentful.createClient({ accessToken: process.env.CONTENTFUL_MANAGEMENT_TOKEN });\n' }, "if (!/^CFPAT-/.test(accessToken)) throw new Error('not a CMA token');", 'CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
};

// ---------------------------------------------------------------------------
// Dropbox

const dropboxShort = 'sl.' + 'B' + sample(B64URL, 140, 'dx1');
const dropboxLong = sample(ALNUM, 11, 'dx2') + 'AAAAAAAAAA' + sample(B64URL, 43, 'dx3');

export const dropbox: ProviderSpec = {
  id: 'dropbox',
  provider: 'Dropbox',
  title: 'Dropbox access token or app secret',
  keywords: ['sl.', 'dropbox'],
  patterns: [
    {
      name: 'Dropbox short-lived access token',
      regex: new RegExp(`(?<![A-Za-z0-9_.-])sl\\.(?:[A-Za-z]\\.)?[A-Za-z0-9_-]{130,1500}${END}`, 'g'),
      keywords: ['sl.'],
      minEntropy: 4,
    },
    {
      // Long-lived (legacy) tokens: 11 characters, ten `A`s, 43 characters.
      name: 'Dropbox long-lived access token',
      regex: new RegExp(`${START}[A-Za-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_-]{43}${END}`, 'g'),
      keywords: ['dropbox'],
      minEntropy: 3.5,
      severity: 'warning',
    },
    {
      name: 'Dropbox app secret',
      regex: keyed({ names: ['dropbox'], spellings: ['DropBox'], qualifiers: ['secret'], value: '[a-z0-9]{15}' }),
      keywords: ['dropbox'],
      validate: lettersAndDigits,
      minEntropy: 3,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://www.dropbox.com/developers/documentation/http/documentation#auth-token-revoke',
    steps: 'Revoke the token with /2/auth/token/revoke (or disconnect the app in the account\'s Connected apps); regenerate an app secret on the app\'s page in the App Console.',
  },
  formatDocs: 'https://developers.dropbox.com/oauth-guide',
  related: 'gitleaks `dropbox-api-token`, `dropbox-short-lived-api-token`, `dropbox-long-lived-api-token`; GitHub secret scanning `dropbox_short_lived_access_token`.',
  examples: {
    invalid: [`DROPBOX_ACCESS_TOKEN=${dropboxShort}`, { file: 'backup.py', code: `dbx = dropbox.Dropbox("${dropboxLong}")\n` }, `DROPBOX_APP_SECRET=${sample(LOWER_ALNUM, 15, 'dx4')}`],
    valid: [{ file: 'backup.py', code: 'dbx = dropbox.Dropbox(os.environ["DROPBOX_ACCESS_TOKEN"])\n' }, 'DROPBOX_ACCESS_TOKEN=sl.xxxxxxxx', `DROPBOX_APP_KEY=${sample(LOWER_ALNUM, 15, 'dx5')}`],
  },
};

// ---------------------------------------------------------------------------
// Algolia

const algoliaAdmin = sample(HEX, 32, 'al1');

export const algolia: ProviderSpec = {
  id: 'algolia',
  provider: 'Algolia',
  title: 'Algolia admin API key',
  keywords: ['algolia'],
  patterns: [
    {
      // Search-only keys are public by design; only keys named admin/write/secret are reported.
      name: 'Algolia admin API key',
      regex: keyed({ names: ['algolia'], qualifiers: ['admin', 'write', 'secret', 'private'], value: '[a-f0-9]{32}' }),
      validate: lettersAndDigits,
      minEntropy: 3,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://www.algolia.com/doc/guides/security/security-best-practices',
    steps: 'Regenerate the Admin API key in the Algolia dashboard under Settings › API Keys (or delete a leaked secured/write key) and deploy the new key.',
  },
  formatDocs: 'https://www.algolia.com/doc/guides/security/api-keys/',
  related: 'gitleaks `algolia-api-key`; GitHub secret scanning `algolia_admin_api_key`.',
  examples: {
    invalid: [`ALGOLIA_ADMIN_KEY=${algoliaAdmin}`, { file: 'index.js', code: `const algoliaWriteApiKey = '${algoliaAdmin}';\n` }],
    valid: [`ALGOLIA_SEARCH_KEY=${sample(HEX, 32, 'al2')}`, { file: 'index.js', code: 'const algoliaWriteApiKey = process.env.ALGOLIA_ADMIN_KEY;\n' }, 'ALGOLIA_ADMIN_KEY=<admin key>'],
  },
};

// ---------------------------------------------------------------------------
// Sumo Logic

const sumoId = 'su' + sample(ALNUM, 12, 'sl1');
const sumoKey = sample(ALNUM, 64, 'sl2');

export const sumologic: ProviderSpec = {
  id: 'sumologic',
  provider: 'Sumo Logic',
  title: 'Sumo Logic access key',
  keywords: ['sumo'],
  patterns: [
    {
      name: 'Sumo Logic access ID',
      regex: keyed({ names: ['sumo'], spellings: ['SumoLogic'], value: 'su[A-Za-z0-9]{12}' }),
      minEntropy: 3,
      severity: 'warning',
    },
    {
      name: 'Sumo Logic access key',
      regex: keyed({ names: ['sumo'], spellings: ['SumoLogic'], value: '[A-Za-z0-9]{64}' }),
      validate: lettersAndDigits,
      minEntropy: 4,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://help.sumologic.com/docs/manage/security/access-keys/',
    steps: 'Delete (or deactivate) the access key under Administration › Security › Access Keys (or Preferences › My Access Keys) and create a new one.',
  },
  formatDocs: 'https://help.sumologic.com/docs/manage/security/access-keys/',
  related: 'gitleaks `sumologic-access-id`, `sumologic-access-token`.',
  examples: {
    invalid: [`export SUMOLOGIC_ACCESSID="${sumoId}"`, { file: 'collector.yaml', code: `sumo_access_key: ${sumoKey}\n` }],
    valid: ['SUMOLOGIC_ACCESSID: ${SUMOLOGIC_ACCESSID}', `sumObj = ${sumoId}`, `sumOfExposures = ${sumoKey};`, 'sumologic_access_id         = ""'],
  },
};

// ---------------------------------------------------------------------------
// MaxMind

const maxmindKey = sample(ALNUM, 6, 'mm1') + '_' + sample(ALNUM, 29, 'mm2') + '_mmk';

export const maxmind: ProviderSpec = {
  id: 'maxmind',
  provider: 'MaxMind',
  title: 'MaxMind license key',
  keywords: ['_mmk', 'maxmind'],
  patterns: [
    {
      // <6>_<29>_mmk since 2024.
      name: 'MaxMind license key',
      regex: new RegExp(`${START}[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk${END}`, 'g'),
      keywords: ['_mmk'],
      minEntropy: 3.5,
    },
    {
      name: 'MaxMind license key (legacy)',
      regex: keyed({ names: ['maxmind', 'geoip', 'geolite'], spellings: ['MaxMind', 'GeoIP', 'GeoLite'], qualifiers: ['license', 'key'], value: '[A-Za-z0-9]{12}' }),
      keywords: ['maxmind', 'geoip', 'geolite'],
      validate: lettersAndDigits,
      minEntropy: 3,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://support.maxmind.com/hc/en-us/articles/4407116112539-Using-License-Keys',
    steps: 'Generate a new license key under Manage License Keys in the MaxMind account portal, update geoipupdate or the client, then deactivate the leaked key.',
  },
  formatDocs: 'https://dev.maxmind.com/license-key-validation-api',
  related: 'gitleaks `maxmind-license-key`; GitHub secret scanning `maxmind_license_key`.',
  examples: {
    invalid: [`maxmindToken = "${maxmindKey}"`, { file: 'GeoIP.conf', code: `AccountID 123456\nLicenseKey ${maxmindKey}\n` }, `MAXMIND_LICENSE_KEY=${sample(ALNUM, 12, 'mm3')}`],
    valid: ['LicenseKey YOUR_LICENSE_KEY_HERE', { file: 'geo.py', code: 'license_key = os.environ["MAXMIND_LICENSE_KEY"]\n' }, `MAXMIND_ACCOUNT_ID=${digits(6, 'mm4')}`],
  },
};

// ---------------------------------------------------------------------------
// Sidekiq Pro / Enterprise

const sidekiqCreds = sample(HEX, 8, 'sk1') + ':' + sample(HEX, 8, 'sk2');

export const sidekiq: ProviderSpec = {
  id: 'sidekiq',
  provider: 'Sidekiq (Contribsys)',
  title: 'Sidekiq Pro/Enterprise credentials',
  keywords: ['contribsys'],
  patterns: [
    {
      // Bundler reads the gem server credentials from BUNDLE_GEMS__CONTRIBSYS__COM / BUNDLE_ENTERPRISE__CONTRIBSYS__COM.
      name: 'Sidekiq Pro/Enterprise credentials',
      regex: /BUNDLE_(?:ENTERPRISE|GEMS)__CONTRIBSYS__COM["']?[ \t]*[:=][ \t]*["']?(?<secret>[0-9a-f]{8}:[0-9a-f]{8})(?![0-9A-Za-z])/g,
    },
    {
      name: 'Sidekiq Pro/Enterprise credentials in a URL',
      regex: /https?:\/\/(?<secret>[0-9a-f]{8}:[0-9a-f]{8})@(?:gems|enterprise)\.contribsys\.com(?![\w-])/g,
    },
  ],
  rotation: {
    url: 'https://github.com/sidekiq/sidekiq/wiki/Commercial-FAQ',
    steps: 'Email support@contribsys.com to have the gem server credentials rotated, then update BUNDLE_GEMS__CONTRIBSYS__COM (or BUNDLE_ENTERPRISE__CONTRIBSYS__COM) in CI and on servers.',
  },
  related: 'gitleaks `sidekiq-secret`, `sidekiq-sensitive-url`.',
  examples: {
    invalid: [`export BUNDLE_ENTERPRISE__CONTRIBSYS__COM=${sidekiqCreds}`, { file: 'Gemfile', code: `source "https://${sidekiqCreds}@gems.contribsys.com/" do\n  gem "sidekiq-pro"\nend\n` }],
    valid: [{ file: 'Gemfile', code: 'source "https://gems.contribsys.com/" do\n  gem "sidekiq-pro"\nend\n' }, 'BUNDLE_GEMS__CONTRIBSYS__COM: ${{ secrets.SIDEKIQ_CREDENTIALS }}', 'export BUNDLE_ENTERPRISE__CONTRIBSYS__COM=$SIDEKIQ_CREDS'],
  },
};

// ---------------------------------------------------------------------------
// 42 (Intra)

const intraSecret = 's-s4t2ud-' + sample(HEX, 64, 'ft1');

export const intra42: ProviderSpec = {
  id: 'intra42',
  provider: '42 Intra',
  title: '42 Intra client secret',
  keywords: ['s-s4t2'],
  patterns: [
    {
      // s-s4t2ud- (user apps) and s-s4t2af- + 64 hex. Client ids (u-s4t2ud-…) are not secret.
      name: '42 Intra client secret',
      regex: new RegExp(`${START}s-s4t2(?:ud|af)-[a-f0-9]{64}${END}`, 'g'),
      minEntropy: 3,
    },
  ],
  rotation: {
    url: 'https://api.intra.42.fr/apidoc/guides/getting_started',
    steps: 'Generate a new secret for the application on profile.intra.42.fr › Settings › API (the previous secret expires) and update the app.',
  },
  formatDocs: 'https://api.intra.42.fr/apidoc/guides/getting_started',
  related: 'gitleaks `intra42-client-secret`; GitHub secret scanning `intra42_client_secret`.',
  examples: {
    invalid: [`FT_CLIENT_SECRET=${intraSecret}`, { file: 'auth.ts', code: `const secret = '${'s-s4t2af-' + sample(HEX, 64, 'ft2')}';\n` }],
    valid: [`FT_CLIENT_ID=u-s4t2ud-${sample(HEX, 64, 'ft3')}`, { file: 'auth.ts', code: 'const secret = process.env.FT_CLIENT_SECRET;\n' }, 'FT_CLIENT_SECRET=s-s4t2ud-...'],
  },
};

// ---------------------------------------------------------------------------
// Etsy

const etsyKey = sample(LOWER_ALNUM, 24, 'et1');

export const etsy: ProviderSpec = {
  id: 'etsy',
  provider: 'Etsy',
  title: 'Etsy API key',
  keywords: ['etsy'],
  patterns: [
    {
      // The keystring: 24 lower-case alphanumerics.
      name: 'Etsy API key',
      regex: keyed({ names: ['etsy'], value: '[a-z0-9]{24}' }),
      validate: lettersAndDigits,
      minEntropy: 3.5,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://www.etsy.com/developers/your-apps',
    steps: 'On Etsy\'s Your apps page, reset the app\'s shared secret or request a new keystring, and revoke OAuth tokens issued with it.',
  },
  formatDocs: 'https://developers.etsy.com/documentation/essentials/authentication',
  related: 'gitleaks `etsy-access-token`.',
  examples: {
    invalid: [`ETSY_API_KEY=${etsyKey}`, { file: 'shop.py', code: `etsy_keystring = "${etsyKey}"\n` }],
    valid: [{ file: 'sysctl.go', code: 'if err := sysctl.SetSysctl(sysctlBridgeCallIPTables); err != nil {\n' }, { file: 'shop.py', code: 'etsy_keystring = os.environ["ETSY_API_KEY"]\n' }, `BETSY_KEY=${etsyKey}`],
  },
};

// ---------------------------------------------------------------------------
// ReadMe

const readmeKey = 'rdme_' + sample(LOWER_ALNUM, 70, 'rd1');

export const readme: ProviderSpec = {
  id: 'readme',
  provider: 'ReadMe',
  title: 'ReadMe API key',
  keywords: ['rdme_'],
  patterns: [
    {
      name: 'ReadMe API key',
      regex: new RegExp(`${START}rdme_[a-z0-9]{70}${END}`, 'g'),
      minEntropy: 3.5,
    },
  ],
  rotation: {
    url: 'https://docs.readme.com/main/reference/intro/authentication',
    steps: 'Revoke the key in the ReadMe dashboard under the project\'s API Keys settings and create a new one.',
  },
  formatDocs: 'https://docs.readme.com/main/reference/intro/authentication',
  related: 'gitleaks `readme-api-token`; GitHub secret scanning `readmeio_api_access_token`.',
  examples: {
    invalid: [`README_API_KEY=${readmeKey}`, { file: 'sync.js', code: `const api = require('api')('@readme/v1'); api.auth('${readmeKey}');\n` }],
    valid: ["const API_KEY = 'rdme_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX';", { file: 'sync.js', code: 'api.auth(process.env.README_API_KEY);\n' }, 'rdme_data = readme_response.json()'],
  },
};

// ---------------------------------------------------------------------------
// Beamer

const beamerKey = 'b_' + sample(B64URL, 43, 'bm1') + '=';

export const beamer: ProviderSpec = {
  id: 'beamer',
  provider: 'Beamer',
  title: 'Beamer API key',
  keywords: ['beamer'],
  patterns: [
    {
      name: 'Beamer API key',
      regex: keyed({ names: ['beamer'], value: 'b_[A-Za-z0-9=_-]{44}', end: '(?![A-Za-z0-9=_-])' }),
      minEntropy: 4,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://www.getbeamer.com/api',
    steps: 'Delete the key in the Beamer dashboard under Settings › API and create a new one with only the permissions needed.',
  },
  formatDocs: 'https://www.getbeamer.com/api',
  related: 'gitleaks `beamer-api-token`.',
  examples: {
    invalid: [`BEAMER_API_KEY=${beamerKey}`, { file: 'news.js', code: `const beamerKey = "${beamerKey}";\n` }],
    valid: [{ file: 'news.js', code: 'const beamerKey = process.env.BEAMER_API_KEY;\n' }, `BEAMER_PRODUCT_ID=${sample(ALNUM, 8, 'bm2')}`, 'R21A-A-V010SP13RC181024R16900-CN-B_250K-Release-OTA-97B6C6C59241976086FABDC41472150C.bfu'],
  },
};

// ---------------------------------------------------------------------------
// Cisco Meraki

const merakiKey = sample(HEX, 40, 'mk1');

export const meraki: ProviderSpec = {
  id: 'meraki',
  provider: 'Cisco Meraki',
  title: 'Cisco Meraki Dashboard API key',
  keywords: ['meraki'],
  patterns: [
    {
      name: 'Cisco Meraki API key',
      regex: keyed({ names: ['meraki'], value: '[0-9a-f]{40}' }),
      validate: lettersAndDigits,
      minEntropy: 3,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://documentation.meraki.com/General_Administration/Other_Topics/Cisco_Meraki_Dashboard_API',
    steps: 'In the Meraki dashboard open My profile › API access, generate a new key and revoke the leaked one (each administrator can hold two keys).',
  },
  formatDocs: 'https://developer.cisco.com/meraki/api-v1/authorization/',
  related: 'gitleaks `cisco-meraki-api-key`.',
  examples: {
    invalid: [`MERAKI_DASHBOARD_API_KEY=${merakiKey}`, { file: 'net.py', code: `dashboard = meraki.DashboardAPI("x")\nmeraki_api_key = "${merakiKey}"\n` }],
    valid: ['meraki: aaaaaaaaaa1111111111bbbbbbbbbb2222222222', `ReactNativeCameraKit: ${sample(HEX, 40, 'mk2')}`, { file: 'net.py', code: 'meraki_api_key = os.environ["MERAKI_DASHBOARD_API_KEY"]\n' }],
  },
};

export const APP_PROVIDERS: readonly ProviderSpec[] = [
  facebook, twitter, linkedin, twitch, hubspot, notion, airtable, asana, zendesk, typeform, contentful, dropbox, algolia,
  sumologic, maxmind, sidekiq, intra42, etsy, readme, beamer, meraki,
];
