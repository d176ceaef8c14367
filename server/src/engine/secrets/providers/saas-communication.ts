import type { ProviderSpec, Validation } from '../spec';
import { ALNUM, B64URL, DIGITS, END, HEX, START, UUID, base64Of, decodeBase64, keyed, lettersAndDigits, sample } from './saas-helpers';

// Example tokens are generated from seeds (saas-helpers `sample`), so this file never holds a whole token.
const digits = (n: number, seed: string): string => '1' + sample(DIGITS, n - 1, seed);

// ---------------------------------------------------------------------------
// Slack

const slackBot = 'xoxb-' + digits(12, 'sb1') + '-' + digits(13, 'sb2') + '-' + sample(ALNUM, 24, 'sb3');
const slackUser = 'xoxp-' + digits(11, 'su1') + '-' + digits(12, 'su2') + '-' + digits(12, 'su3') + '-' + sample(HEX, 32, 'su4');
const slackApp = ['xapp', '1', 'A'].join('-') + sample('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10, 'sa1') + '-' + digits(13, 'sa2') + '-' + sample(HEX, 64, 'sa3');
const slackRefresh = 'xoxe-1-' + sample(ALNUM, 146, 'sr1');
const slackHook = 'https://hooks.slack.com/services/' + 'T0' + sample('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8, 'sh1') + '/B0' + sample('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8, 'sh2') + '/' + sample(ALNUM, 24, 'sh3');

/** Slack: bot, user, app-level, rotating and legacy tokens, and webhook URLs. */
export const slack: ProviderSpec = {
  id: 'slack',
  provider: 'Slack',
  title: 'Slack token or webhook URL',
  keywords: ['xoxb-', 'xoxp-', 'xoxe', 'xapp-', 'xoxa-', 'xoxo-', 'xoxr-', 'xoxs-', 'hooks.slack.com'],
  patterns: [
    {
      // xoxb-<team>-<bot user>-<24 alphanumerics>; legacy bot tokens lack the second number.
      name: 'Slack bot token',
      regex: new RegExp(`${START}xoxb-\\d{8,14}-(?:\\d{8,14}-)?[A-Za-z0-9]{18,34}${END}`, 'g'),
      keywords: ['xoxb-'],
    },
    {
      // xoxp-<team>-<user>-<id>-<32 hex>; `xoxe-` with the same shape appears in file URLs.
      name: 'Slack user token',
      regex: new RegExp(`${START}xox[pe]-\\d{6,14}-\\d{6,14}-\\d{6,14}-[a-f0-9]{32}${END}`, 'g'),
      keywords: ['xoxp-', 'xoxe-'],
    },
    {
      name: 'Slack app-level token',
      regex: new RegExp(`${START}xapp-\\d-[A-Z0-9]{8,14}-\\d{8,16}-[a-f0-9]{64}${END}`, 'g'),
      keywords: ['xapp-'],
    },
    {
      // Token rotation and app configuration tokens: xoxe.xoxp-1-<base64>, xoxe.xoxb-1-<base64>.
      name: 'Slack rotating access token',
      regex: new RegExp(`${START}xoxe\\.xox[bp]-\\d-[A-Za-z0-9]{100,250}${END}`, 'g'),
      keywords: ['xoxe.'],
    },
    {
      name: 'Slack refresh token',
      regex: new RegExp(`${START}xoxe-\\d-[A-Za-z0-9]{100,250}${END}`, 'g'),
      keywords: ['xoxe-'],
    },
    {
      name: 'Slack workspace token (legacy)',
      regex: new RegExp(`${START}xoxa-(?:\\d-)?\\d{6,14}-\\d{6,14}-\\d{6,14}-[a-f0-9]{10,64}${END}`, 'g'),
      keywords: ['xoxa-'],
    },
    {
      name: 'Slack legacy token',
      regex: new RegExp(`${START}xox[ors]-(?:\\d-)?\\d{6,14}-\\d{6,14}-\\d{6,14}-[a-f0-9]{10,64}${END}`, 'g'),
      keywords: ['xoxo-', 'xoxr-', 'xoxs-'],
    },
    {
      name: 'Slack webhook URL',
      regex: new RegExp(
        'https?://hooks\\.slack\\.com/(?:services/T[A-Z0-9]{6,12}/B[A-Z0-9]{6,12}/[A-Za-z0-9]{20,32}' +
          '|workflows/T[A-Z0-9]{6,12}/A[A-Z0-9]{6,12}/\\d{12,20}/[A-Za-z0-9]{20,32}' +
          `|triggers/T[A-Z0-9]{6,12}/\\d{10,20}/[a-f0-9]{32})${END}`,
        'g',
      ),
      keywords: ['hooks.slack.com'],
    },
  ],
  rotation: {
    url: 'https://api.slack.com/methods/auth.revoke',
    steps: 'Revoke the token with `auth.revoke` (or reinstall the app / regenerate it under OAuth & Permissions or Basic Information › App-Level Tokens); for a webhook, remove it under Incoming Webhooks or Workflow Builder and create a new one.',
  },
  formatDocs: 'https://api.slack.com/authentication/token-types',
  related: 'gitleaks `slack-bot-token`, `slack-user-token`, `slack-app-token`, `slack-config-access-token`, `slack-config-refresh-token`, `slack-legacy-bot-token`, `slack-legacy-workspace-token`, `slack-legacy-token`, `slack-webhook-url`; secretlint `@secretlint/secretlint-rule-slack`; GitHub secret scanning `slack_api_token`, `slack_incoming_webhook_url`, `slack_workflow_webhook_url`.',
  examples: {
    invalid: [
      `SLACK_BOT_TOKEN=${slackBot}`,
      { file: 'notify.py', code: `client = WebClient(token="${slackUser}")\n` },
      { file: 'config.yaml', code: `slack:\n  app_token: ${slackApp}\n  refresh_token: ${slackRefresh}\n` },
      { file: 'alert.sh', code: `curl -X POST -d '{"text":"deploy done"}' ${slackHook}\n` },
    ],
    valid: [
      `SLACK_BOT_TOKEN=xoxb-${'x'.repeat(12)}-${'x'.repeat(13)}-${'x'.repeat(24)}`,
      { file: 'notify.py', code: 'client = WebClient(token=os.environ["SLACK_BOT_TOKEN"])\n' },
      'See https://github.com/xoxa-nyc/xoxa-nyc.github.io/blob/master/README.md',
      `https://hooks.slack.com/services/T${'0'.repeat(8)}/B${'0'.repeat(8)}/${'X'.repeat(24)}`,
    ],
  },
};

// ---------------------------------------------------------------------------
// Discord

/** The first part of a bot token is the bot's user id (a snowflake) in base64. */
function discordUserId(secret: string): Validation {
  const decoded = decodeBase64(secret.slice(0, secret.indexOf('.')));
  return decoded !== undefined && /^\d{17,20}$/.test(decoded);
}

const discordBot = base64Of(digits(18, 'db1')) + '.' + sample(B64URL, 6, 'db2') + '.' + sample(B64URL, 27, 'db3');
const discordBotNew = base64Of(digits(19, 'dn1')) + '.' + sample(B64URL, 6, 'dn2') + '.' + sample(B64URL, 38, 'dn3');
const discordHook = 'https://discord.com/api/webhooks/' + digits(19, 'dw1') + '/' + sample(B64URL, 68, 'dw2');

export const discord: ProviderSpec = {
  id: 'discord',
  provider: 'Discord',
  title: 'Discord bot token, webhook URL or client secret',
  keywords: ['discord', 'bot', 'token'],
  patterns: [
    {
      // <base64 user id>.<6: timestamp>.<27+: HMAC>
      name: 'Discord bot token',
      regex: /(?<![A-Za-z0-9_.-])[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}(?![A-Za-z0-9_.-])/g,
      validate: discordUserId,
      minEntropy: 3.5,
    },
    {
      name: 'Discord webhook URL',
      regex: new RegExp(`https?://(?:(?:ptb|canary)\\.)?discord(?:app)?\\.com/api(?:/v\\d{1,2})?/webhooks/\\d{17,20}/[A-Za-z0-9_-]{60,72}${END}`, 'g'),
      keywords: ['discord'],
    },
    {
      name: 'Discord client secret',
      regex: keyed({ names: ['discord'], qualifiers: ['secret'], value: '[A-Za-z0-9_-]{32}' }),
      keywords: ['discord'],
      minEntropy: 3.5,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://discord.com/developers/applications',
    steps: 'In the Developer Portal open the application and press Reset Token on the Bot page (Reset Secret under OAuth2 for a client secret); delete a leaked webhook in the channel\'s Integrations settings and create a new one.',
  },
  formatDocs: 'https://discord.com/developers/docs/reference#authentication',
  related: 'gitleaks `discord-api-token`, `discord-client-id`, `discord-client-secret`; GitHub secret scanning `discord_bot_token`.',
  examples: {
    invalid: [
      { file: 'bot.py', code: `import discord\nclient.run("${discordBot}")\n` },
      `DISCORD_BOT_TOKEN=${discordBotNew}`,
      { file: 'notify.js', code: `const hook = '${discordHook}';\n` },
      `DISCORD_CLIENT_SECRET=${sample(B64URL, 32, 'dcs')}`,
    ],
    valid: [
      { file: 'bot.py', code: 'import discord\nclient.run(os.environ["DISCORD_TOKEN"])\n' },
      // A dotted string whose first part is not a base64 user id.
      'token = "Nhello-world-not-a-token.abcdef.ghijklmnopqrstuvwxyzABCDEFG"',
      'discord=00000000000000000000000000000000',
      'https://discord.com/api/webhooks/<id>/<token>',
    ],
  },
};

// ---------------------------------------------------------------------------
// Telegram

const telegramToken = digits(10, 'tg1') + ':AA' + sample(B64URL, 33, 'tg2');

export const telegram: ProviderSpec = {
  id: 'telegram',
  provider: 'Telegram',
  title: 'Telegram bot token',
  keywords: [':aa'],
  patterns: [
    {
      // <bot id>:AA<33 base64url characters>
      name: 'Telegram bot token',
      regex: new RegExp(`${START}\\d{8,10}:AA[A-Za-z0-9_-]{33}${END}`, 'g'),
      minEntropy: 3.5,
    },
  ],
  rotation: {
    url: 'https://core.telegram.org/bots/features#botfather',
    steps: 'Send /revoke to @BotFather and pick the bot: the old token stops working and BotFather issues a new one.',
  },
  formatDocs: 'https://core.telegram.org/bots/api#authorizing-your-bot',
  related: 'gitleaks `telegram-bot-api-token`; GitHub secret scanning `telegram_bot_token`.',
  examples: {
    invalid: [`TELEGRAM_BOT_TOKEN=${telegramToken}`, { file: 'bot.py', code: `bot = telebot.TeleBot("${telegramToken}")\n` }],
    valid: ['TELEGRAM_BOT_TOKEN=123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', { file: 'bot.py', code: 'bot = telebot.TeleBot(os.getenv("TELEGRAM_BOT_TOKEN"))\n' }, 'time 12345678:AA to 12345679:AB'],
  },
};

// ---------------------------------------------------------------------------
// Twilio

const twilioKey = 'SK' + sample(HEX, 32, 'tw1');
const twilioAuth = sample(HEX, 32, 'tw2');

export const twilio: ProviderSpec = {
  id: 'twilio',
  provider: 'Twilio',
  title: 'Twilio API key or auth token',
  keywords: ['sk', 'twilio'],
  patterns: [
    {
      // API key SIDs: SK + 32 hex. Account SIDs (AC…) identify, they do not authenticate.
      name: 'Twilio API key',
      regex: new RegExp(`${START}SK[0-9a-f]{32}${END}`, 'g'),
      keywords: ['sk'],
      minEntropy: 3,
    },
    {
      name: 'Twilio auth token or API key secret',
      regex: keyed({ names: ['twilio'], qualifiers: ['token', 'secret', 'auth'], value: '[A-Za-z0-9]{32}' }),
      keywords: ['twilio'],
      validate: lettersAndDigits,
      minEntropy: 3.2,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://www.twilio.com/docs/iam/api-keys',
    steps: 'Delete the API key in the Console under Account › API keys & tokens and create a new one; for the auth token, request a secondary token there, switch to it and promote it, which invalidates the old one.',
  },
  formatDocs: 'https://www.twilio.com/docs/glossary/what-is-a-sid',
  related: 'gitleaks `twilio-api-key`; GitHub secret scanning `twilio_api_key`; account SIDs (`AC…`) alone are not reported here.',
  examples: {
    invalid: [`TWILIO_API_KEY=${twilioKey}`, { file: 'sms.py', code: `TWILIO_AUTH_TOKEN = "${twilioAuth}"\n` }],
    valid: [
      `TWILIO_ACCOUNT_SID=AC${sample(HEX, 32, 'tw3')}`,
      { file: 'sms.py', code: 'TWILIO_AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]\n' },
      'TWILIO_AUTH_TOKEN=your_auth_token',
      'TASK' + sample(HEX, 32, 'tw4'),
    ],
  },
};

// ---------------------------------------------------------------------------
// SendGrid

const sendgridKey = 'SG.' + sample(B64URL, 22, 'sg1') + '.' + sample(B64URL, 43, 'sg2');

export const sendgrid: ProviderSpec = {
  id: 'sendgrid',
  provider: 'SendGrid',
  title: 'SendGrid API key',
  keywords: ['sg.'],
  patterns: [
    {
      // SG.<22: key id>.<43: secret>
      name: 'SendGrid API key',
      regex: new RegExp(`${START}SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}${END}`, 'g'),
      minEntropy: 4,
    },
  ],
  rotation: {
    url: 'https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys',
    steps: 'Delete the key under Settings › API Keys in the SendGrid console and create a new one with only the permissions the app needs.',
  },
  formatDocs: 'https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys',
  related: 'gitleaks `sendgrid-api-token`; secretlint `@secretlint/secretlint-rule-sendgrid`; GitHub secret scanning `sendgrid_api_key`.',
  examples: {
    invalid: [`SENDGRID_API_KEY=${sendgridKey}`, { file: 'mail.js', code: `sgMail.setApiKey('${sendgridKey}');\n` }],
    valid: [`SENDGRID_API_KEY=SG.${'x'.repeat(22)}.${'x'.repeat(43)}`, { file: 'mail.js', code: 'sgMail.setApiKey(process.env.SENDGRID_API_KEY);\n' }, 'Keys look like SG.<id>.<secret>'],
  },
};

// ---------------------------------------------------------------------------
// Mailgun

const mailgunLegacy = 'key-' + sample(HEX, 32, 'mg1');
const mailgunKey = sample(HEX, 32, 'mg2') + '-' + sample(HEX, 8, 'mg3') + '-' + sample(HEX, 8, 'mg4');

export const mailgun: ProviderSpec = {
  id: 'mailgun',
  provider: 'Mailgun',
  title: 'Mailgun API key',
  keywords: ['mailgun'],
  patterns: [
    {
      name: 'Mailgun private API key (legacy)',
      regex: new RegExp(`${START}key-[0-9a-f]{32}${END}`, 'g'),
      minEntropy: 3,
    },
    {
      // <32 hex>-<8 hex>-<8 hex>: private API keys, sending keys and webhook signing keys.
      name: 'Mailgun API key',
      regex: new RegExp(`${START}[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}${END}`, 'g'),
      minEntropy: 3,
    },
  ],
  rotation: {
    url: 'https://documentation.mailgun.com/docs/mailgun/api-reference/authentication',
    steps: 'In the Mailgun dashboard open API Security (or the domain\'s Sending API keys), add a new key, switch the app to it and delete the leaked one.',
  },
  formatDocs: 'https://documentation.mailgun.com/docs/mailgun/api-reference/authentication',
  related: 'gitleaks `mailgun-private-api-token`, `mailgun-signing-key`; GitHub secret scanning `mailgun_api_key`.',
  examples: {
    invalid: [`MAILGUN_API_KEY=${mailgunLegacy}`, { file: 'mail.py', code: `# mailgun\nrequests.post(url, auth=("api", "${mailgunKey}"))\n` }],
    valid: [`MAILGUN_API_KEY=${mailgunLegacy.slice(0, 20)}`, { file: 'mail.py', code: '# mailgun\nrequests.post(url, auth=("api", os.environ["MAILGUN_API_KEY"]))\n' }, `checksum ${mailgunKey}`],
  },
};

// ---------------------------------------------------------------------------
// Mailchimp

const mailchimpKey = sample(HEX, 32, 'mc1') + '-us' + '18';

export const mailchimp: ProviderSpec = {
  id: 'mailchimp',
  provider: 'Mailchimp',
  title: 'Mailchimp API key',
  // `-us` + a digit: plain `-us` (`--user`, `non-usable`) is too common a prefilter.
  keywords: ['-us1', '-us2', '-us3', '-us4', '-us5', '-us6', '-us7', '-us8', '-us9'],
  patterns: [
    {
      // <32 hex>-us<data centre>: the suffix names the data centre, which makes the key self-identifying.
      name: 'Mailchimp API key',
      regex: new RegExp(`${START}[0-9a-f]{32}-us\\d{1,2}${END}`, 'g'),
      minEntropy: 3,
    },
  ],
  rotation: {
    url: 'https://mailchimp.com/help/about-api-keys/',
    steps: 'Disable the key under Profile › Extras › API keys in Mailchimp, then create a new one.',
  },
  formatDocs: 'https://mailchimp.com/developer/marketing/guides/quick-start/#generate-your-api-key',
  related: 'gitleaks `mailchimp-api-key`; GitHub secret scanning `mailchimp_api_key`.',
  examples: {
    invalid: [`mailchimp_api_key: ${mailchimpKey}`, { file: 'news.php', code: `$MailChimp = new MailChimp('${mailchimpKey}');\n` }],
    valid: ['mailchimp_api_key: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-us18', { file: 'news.php', code: "$MailChimp = new MailChimp(getenv('MAILCHIMP_KEY'));\n" }, `region ${sample(HEX, 32, 'mc2')}-us-east-1`],
  },
};

// ---------------------------------------------------------------------------
// MessageBird (Bird)

const messagebirdKey = sample(ALNUM, 25, 'mb1');
const messagebirdUuid = sample(HEX, 8, 'mb2') + '-' + sample(HEX, 4, 'mb3') + '-4' + sample(HEX, 3, 'mb4') + '-a' + sample(HEX, 3, 'mb5') + '-' + sample(HEX, 12, 'mb6');

export const messagebird: ProviderSpec = {
  id: 'messagebird',
  provider: 'MessageBird',
  title: 'MessageBird access key',
  keywords: ['messagebird'],
  patterns: [
    {
      // Access keys are 25 alphanumerics; client ids are UUIDs. Neither has a prefix.
      name: 'MessageBird access key',
      regex: keyed({ names: ['messagebird'], spellings: ['MessageBird'], value: `[A-Za-z0-9]{25}|${UUID}` }),
      validate: (s) => s.includes('-') || lettersAndDigits(s),
      minEntropy: 3,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://developers.messagebird.com/api/#authentication',
    steps: 'Delete the access key in the MessageBird (Bird) dashboard under Developers › API access and create a new live key.',
  },
  formatDocs: 'https://developers.messagebird.com/api/#authentication',
  related: 'gitleaks `messagebird-api-token`, `messagebird-client-id`.',
  examples: {
    invalid: [`MESSAGEBIRD_ACCESS_KEY=${messagebirdKey}`, { file: 'sms.go', code: `var MessageBirdClientID = "${messagebirdUuid}"\n` }],
    valid: [{ file: 'sms.go', code: 'var MessageBirdKey = os.Getenv("MESSAGEBIRD_ACCESS_KEY")\n' }, 'MESSAGEBIRD_ACCESS_KEY=<your-access-key>', `other_key = "${messagebirdKey}"`],
  },
};

// ---------------------------------------------------------------------------
// Mailjet

const mailjetSecret = sample(HEX, 32, 'mj1');

export const mailjet: ProviderSpec = {
  id: 'mailjet',
  provider: 'Mailjet',
  title: 'Mailjet API secret key',
  keywords: ['mailjet', 'mj_api'],
  patterns: [
    {
      // The public key (MJ_APIKEY_PUBLIC) is the user name; the private key is the secret.
      name: 'Mailjet API secret key',
      regex: keyed({ names: ['mailjet', 'mj_apikey', 'mj_api'], spellings: ['MailJet'], qualifiers: ['secret', 'private'], value: '[0-9a-f]{32}' }),
      minEntropy: 3,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://documentation.mailjet.com/hc/en-us/articles/360043227053-How-to-reset-my-Secret-Key-',
    steps: 'Regenerate the secret key of the API key pair under Account settings › API Key Management (or create a sub-account key) and update the app.',
  },
  formatDocs: 'https://documentation.mailjet.com/hc/en-us/articles/360043225693-What-is-an-API-key',
  related: 'No dedicated gitleaks rule; its `generic-api-key` may report it.',
  examples: {
    invalid: [`MJ_APIKEY_PRIVATE=${mailjetSecret}`, { file: 'mail.py', code: `mailjet_secret_key = "${mailjetSecret}"\n` }],
    valid: [`MJ_APIKEY_PUBLIC=${sample(HEX, 32, 'mj2')}`, { file: 'mail.py', code: 'mailjet_secret_key = os.environ["MJ_APIKEY_PRIVATE"]\n' }, 'MJ_APIKEY_PRIVATE=<secret>'],
  },
};

// ---------------------------------------------------------------------------
// Postmark

const postmarkToken = sample(HEX, 8, 'pm1') + '-' + sample(HEX, 4, 'pm2') + '-4' + sample(HEX, 3, 'pm3') + '-8' + sample(HEX, 3, 'pm4') + '-' + sample(HEX, 12, 'pm5');

export const postmark: ProviderSpec = {
  id: 'postmark',
  provider: 'Postmark',
  title: 'Postmark server or account token',
  keywords: ['postmark'],
  patterns: [
    {
      name: 'Postmark API token',
      regex: keyed({ names: ['postmark'], value: UUID }),
      minEntropy: 3,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://postmarkapp.com/support/article/1008-what-are-the-account-and-server-api-tokens',
    steps: 'Regenerate the server token on the server\'s API Tokens tab (or the account token under Account › API Tokens) and update the app.',
  },
  formatDocs: 'https://postmarkapp.com/developer/api/overview#authentication',
  related: 'gitleaks `postmark-api-token`.',
  examples: {
    invalid: [`POSTMARK_SERVER_TOKEN=${postmarkToken}`, { file: 'mail.rb', code: `client = Postmark::ApiClient.new('${postmarkToken}')\npostmark_api_token: '${postmarkToken}'\n` }],
    valid: ['POSTMARK_SERVER_TOKEN=POSTMARK_API_TEST', { file: 'mail.rb', code: "client = Postmark::ApiClient.new(ENV['POSTMARK_SERVER_TOKEN'])\n" }, `request_id: ${postmarkToken}`],
  },
};

export const COMMUNICATION_PROVIDERS: readonly ProviderSpec[] = [slack, discord, telegram, twilio, sendgrid, mailgun, mailchimp, messagebird, mailjet, postmark];
