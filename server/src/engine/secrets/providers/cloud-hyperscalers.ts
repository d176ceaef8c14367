import type { ProviderSpec, Validation } from '../spec';
import {
  ALNUM,
  anyCase,
  base64Of,
  decodeBase64,
  HEX,
  keyed,
  mixedAlnum,
  mixedAlnumNotCounting,
  nameWord,
  seeded,
} from './cloud-checks';

// ---------------------------------------------------------------------------
// Amazon Web Services

const AWS_KEY_ID = '(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}';
const AWS_SECRET = '[A-Za-z0-9/+]{40}';
const B64_START = '(?<![A-Za-z0-9/+])';
const B64_END = '(?![A-Za-z0-9/+=])';

/**
 * Key ids are base32 (`A-Z`, `2-7`). `ASIA` is also a word: a temporary key
 * id without a single digit (`ASIAPACIFICSOUTHEAST`) is prose, not a key.
 */
function awsKeyId(secret: string): Validation {
  return !secret.startsWith('ASIA') || /[2-7]/.test(secret);
}

/** A secret access key is random base64: upper, lower and digits all occur. */
function awsSecret(secret: string): Validation {
  return mixedAlnum(secret);
}

/** Long-term Bedrock keys are base64 of `BedrockAPIKey-<user>:<password>`. */
function bedrockLongLived(secret: string): Validation {
  const text = decodeBase64(secret.slice(4));
  return text !== undefined && /^BedrockAPIKey-[\x21-\x7e]+:[\x21-\x7e]{20,}$/.test(text) ? 'verified' : 'unverified';
}

/** `bedrock.amazonaws.com` in base64: how every short-term Bedrock key begins after its prefix. */
const BEDROCK_HOST = 'YmVkcm9jay5hbWF6b25hd3MuY29t';

/**
 * Short-term Bedrock keys are base64 of a SigV4-presigned `bedrock.amazonaws.com`
 * URL: without the signature (a bare or cut prefix) it is probably a stand-in.
 */
function bedrockShortLived(secret: string): Validation {
  const text = decodeBase64(secret.slice('bedrock-api-key-'.length));
  return text !== undefined && text.includes('X-Amz-Signature=') && text.includes('X-Amz-Credential=') ? 'verified' : 'unverified';
}

const awsKeyIdExample = 'AKIA' + 'Q3EGRT7ZK5MWXJ2V';
const awsSecretExample = seeded(ALNUM + '+/', 40, 'aws-secret');
const bedrockLong = 'ABSK' + base64Of('BedrockAPIKey-' + 'xk2j-at-123456789012:' + seeded(ALNUM, 60, 'bedrock-long'));
const bedrockShort =
  'bedrock-api-key-' +
  base64Of(
    'bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=' +
      'ASIA' + 'EXAMPLEKEYID' + '%2F20250101%2Fus-east-1%2Fbedrock%2Faws4_request&X-Amz-Date=20250101T000000Z&X-Amz-Expires=43200' +
      '&X-Amz-Security-Token=' + seeded(ALNUM, 40, 'bedrock-sts') + '&X-Amz-Signature=' + seeded(HEX, 64, 'bedrock-sig') + '&Version=1',
  );

export const aws: ProviderSpec = {
  id: 'aws',
  provider: 'Amazon Web Services',
  title: 'AWS credential',
  keywords: ['akia', 'asia', 'abia', 'acca', 'aws', 'secret', 'absk', 'bedrock-api-key-'],
  patterns: [
    {
      name: 'AWS access key ID',
      regex: new RegExp(`(?<![A-Za-z0-9])${AWS_KEY_ID}(?![A-Za-z0-9])`, 'g'),
      keywords: ['akia', 'asia', 'abia', 'acca'],
      validate: awsKeyId,
    },
    {
      name: 'AWS secret access key',
      regex: new RegExp(`(?<![A-Za-z0-9])${AWS_KEY_ID}(?![A-Za-z0-9])[\\s\\S]{1,200}?${B64_START}(?<secret>${AWS_SECRET})${B64_END}`, 'g'),
      keywords: ['akia', 'asia', 'abia', 'acca'],
      minEntropy: 4.2,
      validate: awsSecret,
    },
    {
      name: 'AWS secret access key',
      regex: new RegExp(`${B64_START}(?<secret>${AWS_SECRET})${B64_END}[\\s\\S]{1,200}?(?<![A-Za-z0-9])${AWS_KEY_ID}(?![A-Za-z0-9])`, 'g'),
      keywords: ['akia', 'asia', 'abia', 'acca'],
      minEntropy: 4.2,
      validate: awsSecret,
    },
    {
      name: 'AWS secret access key',
      regex: keyed(
        `(?:${nameWord('aws')}[\\w.-]{0,20}?${anyCase('secret')}|${anyCase('secret')}[_.-]?${anyCase('access')}[_.-]?${anyCase('key')})`,
        AWS_SECRET,
        { after: B64_END },
      ),
      keywords: ['secret'],
      minEntropy: 4.2,
      validate: awsSecret,
      severity: 'warning',
    },
    {
      name: 'AWS session token',
      regex: keyed(`${nameWord('aws')}[\\w.-]{0,10}?${anyCase('session')}[_.-]?${anyCase('token')}`, '[A-Za-z0-9/+]{100,2000}={0,2}', { after: B64_END }),
      keywords: ['session'],
      minEntropy: 4.5,
      severity: 'warning',
    },
    {
      name: 'Amazon Bedrock long-term API key',
      regex: /(?<![A-Za-z0-9+/])ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{80,240}={0,2}(?![A-Za-z0-9+/=])/g,
      keywords: ['absk'],
      validate: bedrockLongLived,
    },
    {
      name: 'Amazon Bedrock short-term API key',
      regex: new RegExp(`(?<![\\w-])bedrock-api-key-${BEDROCK_HOST}[A-Za-z0-9+/]{0,4000}={0,2}(?![A-Za-z0-9+/=])`, 'g'),
      keywords: ['bedrock-api-key-'],
      validate: bedrockShortLived,
    },
  ],
  rotation: {
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
    steps: 'In IAM › Users › Security credentials, create a second access key, switch the application to it, then deactivate and delete the leaked key (Bedrock API keys: delete the service-specific credential); check CloudTrail for use of the leaked key.',
  },
  formatDocs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids',
  related: 'gitleaks `aws-access-token`, `aws-amazon-bedrock-api-key-long-lived`, `aws-amazon-bedrock-api-key-short-lived`; secretlint `@secretlint/secretlint-rule-aws`; GitHub secret scanning `aws_access_key_id`, `aws_secret_access_key`, `aws_session_token`, `aws_bedrock_api_key`.',
  examples: {
    invalid: [
      `aws_access_key_id = ${awsKeyIdExample}\naws_secret_access_key = ${awsSecretExample}\n`,
      { file: 'deploy.py', code: `client = boto3.client("s3", aws_access_key_id="${awsKeyIdExample}")\n` },
      { file: 'config.json', code: `{ "SecretAccessKey": "${awsSecretExample}" }\n` },
      `AWS_BEARER_TOKEN_BEDROCK=${bedrockLong}`,
      `AWS_BEARER_TOKEN_BEDROCK=${bedrockShort}`,
    ],
    valid: [
      'aws_access_key_id = AKIA' + 'IOSFODNN7EXAMPLE',
      'aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}',
      'ASIA' + 'PACIFICSOUTHEAST is a region group, not a key.',
      { file: 'app.py', code: 'key = os.environ["AWS_SECRET_ACCESS_KEY"]\n' },
    ],
  },
};

// ---------------------------------------------------------------------------
// Google Cloud

/**
 * API keys committed in the Firebase SDKs' own test suites
 * (firebase-android-sdk, firebase-js-sdk, flutterfire): published fixtures,
 * not anyone's key.
 */
const FIREBASE_TEST_KEYS = new Set(
  [
    'Syabcdefghijklmnopqrstuvwxyz1234567',
    'SyA4UrcGxgwQFTfaI3no3t7Lt1sjmdnP5sQ',
    'SyA5_iVawFQ8ABuTZNUdcwERLJv_a_p4wtM',
    'SyANUvH9H9BsUccjsu2pCmEkOPjjaXeDQgY',
    'SyASWm6HmTMdYWpgMnjRBjxcQ9CKctWmLd4',
    'SyAdOS2zB6NCsk1pCdZ4-P6GBdi_UUPwX7c',
    'SyAnLA7NfeLquW1tJFpx_eQCxoX-oo6YyIs',
    'SyCkEhVjf3pduRDt6d1yKOMitrUEke8agEM',
    'SyDMAScliyLx7F0NPDEJi1QmyCgHIAODrlU',
    'SyDSb51JiIcB6OJpwwMicseKRhhrOq1cS7g',
    'SyBF2RrAIm4a0mO64EShQfqfd2AFnzAvvuU',
    'SyD3asb-2pEZVqMkmL6M9N6nHZRR_znhrh0',
    'SyBcE-OOIbhjyR83gm4r2MFCu4MJmprNXsw',
  ].map((rest) => 'AIza' + rest),
);

function googleApiKey(secret: string): Validation {
  return !FIREBASE_TEST_KEYS.has(secret);
}

/**
 * A `service_account` key file with its private key: the structure proves
 * what it is. The finding points at `private_key_id`, the id to delete in
 * IAM; the PEM block itself is the private-key rule's finding.
 */
function serviceAccountKey(): Validation {
  return 'verified';
}

const gcpKey = 'AIza' + 'Sy' + seeded(ALNUM + '-_', 33, 'gcp-api-key');
const pemBody = seeded(ALNUM + '+/', 64, 'gcp-pem-1') + '\\n' + seeded(ALNUM + '+/', 64, 'gcp-pem-2') + '\\n' + seeded(ALNUM + '+/', 40, 'gcp-pem-3') + '==';
const serviceAccountJson = [
  '{',
  '  "type": "service_account",',
  '  "project_id": "demo-project",',
  `  "private_key_id": "${seeded(HEX, 40, 'gcp-sa-key-id')}",`,
  `  "private_key": "-----BEGIN ` + `PRIVATE KEY-----\\n${pemBody}\\n-----END ` + 'PRIVATE KEY-----\\n",',
  '  "client_email": "deployer@demo-project.iam.gserviceaccount.com"',
  '}',
  '',
].join('\n');

export const gcp: ProviderSpec = {
  id: 'gcp',
  provider: 'Google Cloud',
  title: 'Google Cloud credential',
  keywords: ['aiza', 'service_account', 'gocspx-'],
  patterns: [
    {
      name: 'Google API key',
      regex: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/g,
      keywords: ['aiza'],
      minEntropy: 3.5,
      validate: googleApiKey,
    },
    {
      name: 'Google Cloud service account key',
      regex:
        /\\?["']type\\?["']\s*:\s*\\?["']service_account\\?["'][\s\S]{0,400}?\\?["']private_key_id\\?["']\s*:\s*\\?["'](?<secret>[a-f0-9]{40})\\?["'][\s\S]{0,400}?\\?["']private_key\\?["']\s*:\s*\\?["']-----BEGIN (?:RSA )?PRIVATE KEY-----[A-Za-z0-9+/=\s\\]{64,8000}?-----END (?:RSA )?PRIVATE KEY-----/g,
      keywords: ['service_account'],
      validate: serviceAccountKey,
    },
    {
      name: 'Google OAuth client secret',
      regex: /(?<![A-Za-z0-9_-])GOCSPX-[A-Za-z0-9_-]{28}(?![A-Za-z0-9_-])/g,
      keywords: ['gocspx-'],
      minEntropy: 3.5,
    },
  ],
  rotation: {
    url: 'https://cloud.google.com/iam/docs/keys-create-delete',
    steps: 'Delete the service-account key under IAM › Service accounts › Keys (for an API key or OAuth client secret: regenerate or delete it under APIs & Services › Credentials), then prefer workload identity or a secret manager over key files.',
  },
  formatDocs: 'https://cloud.google.com/docs/authentication/api-keys',
  related: 'gitleaks `gcp-api-key`; secretlint `@secretlint/secretlint-rule-gcp`; GitHub secret scanning `google_api_key`, `google_cloud_private_key_id`, `google_oauth_client_secret`.',
  examples: {
    invalid: [
      `GOOGLE_API_KEY=${gcpKey}`,
      { file: 'maps.js', code: `const map = new Maps({ key: "${gcpKey}" });\n` },
      { file: 'service-account.json', code: serviceAccountJson },
      `client_secret = "GOCSPX-${seeded(ALNUM, 28, 'gocspx')}"`,
    ],
    valid: [
      '"type": "service_account"',
      { file: 'app.js', code: 'const key = process.env.GOOGLE_API_KEY;\n' },
      'apiKey: "AIza' + 'a'.repeat(35) + '"',
      'AIza' + 'SyabcdefghijklmnopqrstuvwxyzABCDEFGHI' + 'JKL',
    ],
  },
};

// ---------------------------------------------------------------------------
// Microsoft Azure

const SAS_SIGNATURE = '(?:[A-Za-z0-9+/]|%2[BbFf]){43}(?:%3[Dd]|=)';
const SAS_PARAMS = `(?:&[\\w-]+=[^&\\s"'<>#]{0,200}){0,14}?`;

const azureSecret = 'Zx3' + '8Q~' + seeded(ALNUM + '_.-', 34, 'azure-secret');
const storageKey = seeded(ALNUM + '+/', 86, 'azure-storage') + '==';
const sasSig = seeded(ALNUM, 43, 'azure-sas') + '%3D';

export const azure: ProviderSpec = {
  id: 'azure',
  provider: 'Microsoft Azure',
  title: 'Azure credential',
  keywords: ['q~', 'accountkey=', 'sharedaccesskey=', 'sig=', 'azure', 'storage'],
  patterns: [
    {
      name: 'Microsoft Entra ID client secret',
      regex: /(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])/g,
      keywords: ['q~'],
      minEntropy: 3.5,
      validate: mixedAlnum,
    },
    {
      name: 'Azure storage account key',
      regex: /(?<![A-Za-z0-9])AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])/g,
      keywords: ['accountkey='],
      minEntropy: 4.5,
    },
    {
      name: 'Azure shared access key',
      regex: /(?<![A-Za-z0-9])SharedAccessKey=(?<secret>[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/g,
      keywords: ['sharedaccesskey='],
      minEntropy: 4.2,
    },
    {
      name: 'Azure shared access signature',
      regex: new RegExp(`(?<![\\w%])sv=\\d{4}-\\d\\d-\\d\\d${SAS_PARAMS}&sig=(?<secret>${SAS_SIGNATURE})(?![\\w%])`, 'g'),
      keywords: ['sig='],
      minEntropy: 4,
    },
    {
      name: 'Azure shared access signature',
      regex: new RegExp(`[?&]sig=(?<secret>${SAS_SIGNATURE})${SAS_PARAMS}&sv=\\d{4}-\\d\\d-\\d\\d`, 'g'),
      keywords: ['sig='],
      minEntropy: 4,
    },
    {
      name: 'Azure storage account key',
      regex: keyed(nameWord('azure', 'storage', 'account'), '[A-Za-z0-9+/]{86}==', { secretWord: true, after: B64_END }),
      keywords: ['azure', 'storage'],
      minEntropy: 4.5,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://learn.microsoft.com/en-us/entra/identity-platform/how-to-add-credentials',
    steps: 'Delete the client secret under App registrations › Certificates & secrets and add a new one (storage keys: Storage account › Access keys › Rotate key; SAS: rotate the key that signed it or revoke its stored access policy).',
  },
  formatDocs: 'https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage',
  related: 'gitleaks `azure-ad-client-secret`; secretlint `@secretlint/secretlint-rule-azure`; GitHub secret scanning `azure_active_directory_application_secret`, `azure_storage_account_key`, `azure_sas_token`.',
  examples: {
    invalid: [
      `client_secret=${azureSecret}`,
      { file: 'appsettings.json', code: `{ "Storage": "DefaultEndpointsProtocol=https;AccountName=demo;AccountKey=${storageKey};EndpointSuffix=core.windows.net" }\n` },
      `https://demo.blob.core.windows.net/c/f.txt?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01T00:00:00Z&spr=https&sig=${sasSig}`,
      `AZURE_STORAGE_KEY=${storageKey}`,
    ],
    valid: [
      'client_secret=bP8' + '8Q~' + 'x'.repeat(34),
      'AccountKey=${STORAGE_KEY}',
      'https://demo.blob.core.windows.net/c/f.txt?sv=2022-11-02&sp=r&sig=<signature>',
      { file: 'app.cs', code: 'var secret = Environment.GetEnvironmentVariable("AZURE_CLIENT_SECRET");\n' },
    ],
  },
};

// ---------------------------------------------------------------------------
// Alibaba Cloud

const alibabaId = 'LTAI' + '5tQ8mZr2Kx7WvN3pL9hB';
const alibabaSecret = seeded(ALNUM, 30, 'alibaba-secret');

export const alibaba: ProviderSpec = {
  id: 'alibaba',
  provider: 'Alibaba Cloud',
  title: 'Alibaba Cloud AccessKey',
  keywords: ['ltai', 'alibaba', 'aliyun', 'alicloud'],
  patterns: [
    {
      name: 'Alibaba Cloud AccessKey ID',
      regex: /(?<![A-Za-z0-9])LTAI(?:[A-Za-z0-9]{20}|[A-Za-z0-9]{12})(?![A-Za-z0-9])/g,
      keywords: ['ltai'],
      minEntropy: 3,
      validate: (secret) => /[0-9]/.test(secret.slice(4)) && /[A-Za-z]/.test(secret.slice(4)),
    },
    {
      name: 'Alibaba Cloud AccessKey secret',
      regex: keyed(nameWord('alibaba', 'aliyun', 'alicloud', 'alibaba_cloud'), '[A-Za-z0-9]{30}', { secretWord: true }),
      keywords: ['alibaba', 'aliyun', 'alicloud'],
      minEntropy: 3.5,
      validate: mixedAlnumNotCounting,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://www.alibabacloud.com/help/en/ram/developer-reference/api-ims-2019-08-15-deleteaccesskey',
    steps: 'In the RAM console (Users › the user › AccessKey), create a new AccessKey pair, move the application to it, then disable and delete the leaked pair.',
  },
  related: 'gitleaks `alibaba-access-key-id`, `alibaba-secret-key`; GitHub secret scanning `alibaba_cloud_access_key_id`, `alibaba_cloud_access_key_secret`.',
  examples: {
    invalid: [
      `ALIBABA_CLOUD_ACCESS_KEY_ID=${alibabaId}`,
      `alibaba_cloud_access_key_secret = "${alibabaSecret}"`,
      { file: 'oss.py', code: `auth = oss2.Auth("${alibabaId}", os.environ["ALIYUN_SECRET"])\n` },
    ],
    valid: [
      'ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI' + 'x'.repeat(20),
      'alibaba_cloud_access_key_secret = os.getenv("ALIBABA_SECRET")',
      'LTAI' + 'FORMATEXPLANATIONONLY',
    ],
  },
};

// ---------------------------------------------------------------------------
// Tencent Cloud

const tencentId = 'AKID' + seeded(ALNUM, 32, 'tencent-id');
const tencentSubId = 'IKID' + seeded(ALNUM, 32, 'tencent-sub-id');
const tencentKey = seeded(ALNUM, 32, 'tencent-key');

export const tencent: ProviderSpec = {
  id: 'tencent',
  provider: 'Tencent Cloud',
  title: 'Tencent Cloud API key',
  keywords: ['akid', 'ikid', 'tencent', 'qcloud'],
  patterns: [
    {
      name: 'Tencent Cloud SecretId',
      regex: /(?<![A-Za-z0-9])[AI]KID[A-Za-z0-9]{32}(?![A-Za-z0-9])/g,
      keywords: ['akid', 'ikid'],
      minEntropy: 3.5,
      validate: (secret) => mixedAlnum(secret.slice(4)),
    },
    {
      name: 'Tencent Cloud SecretKey',
      regex: keyed(nameWord('tencent', 'qcloud', 'tencentcloud', 'tencent_cloud'), '[A-Za-z0-9]{32}', { secretWord: true }),
      keywords: ['tencent', 'qcloud'],
      minEntropy: 3.5,
      validate: mixedAlnumNotCounting,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://www.tencentcloud.com/document/product/598/34228',
    steps: 'In CAM › Access Key › API Keys, create a new key, move the application to it, then disable and delete the leaked SecretId/SecretKey pair.',
  },
  formatDocs: 'https://www.tencentcloud.com/document/product/598/32675',
  related: 'GitHub secret scanning `tencent_cloud_secret_id`; GitGuardian Tencent Cloud keys.',
  examples: {
    invalid: [
      `TENCENTCLOUD_SECRET_ID=${tencentId}`,
      `TENCENTCLOUD_SECRET_KEY=${tencentKey}`,
      { file: 'cos.py', code: `cred = credential.Credential("${tencentSubId}", os.environ["SK"])\n` },
    ],
    valid: [
      'TENCENTCLOUD_SECRET_ID=AKID' + 'x'.repeat(32),
      'TENCENTCLOUD_SECRET_KEY=${TENCENT_KEY}',
      'The SecretId of a sub-account starts with IKID.',
    ],
  },
};
