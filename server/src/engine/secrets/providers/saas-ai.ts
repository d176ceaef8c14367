import type { ProviderSpec } from '../spec';
import { ALNUM, B64URL, END, HEX, LETTERS, START, UUID, keyed, lettersAndDigits, mixedCase, sample } from './saas-helpers';

// Example tokens are generated from seeds (saas-helpers `sample`), so this file never holds a whole token.
const uuid = (seed: string): string =>
  sample(HEX, 8, seed + 1) + '-' + sample(HEX, 4, seed + 2) + '-4' + sample(HEX, 3, seed + 3) + '-b' + sample(HEX, 3, seed + 4) + '-' + sample(HEX, 12, seed + 5);

// ---------------------------------------------------------------------------
// OpenAI

/** `T3BlbkFJ` is "OpenAI" in base64: every key format carries it in the middle. */
const OPENAI_MARK = 'T3Blbk' + 'FJ';
const openaiProject = 'sk-proj-' + sample(B64URL, 74, 'oa1') + OPENAI_MARK + sample(B64URL, 74, 'oa2');
const openaiLegacy = 'sk-' + sample(ALNUM, 20, 'oa3') + OPENAI_MARK + sample(ALNUM, 20, 'oa4');
const openaiAdmin = 'sk-admin-' + sample(B64URL, 58, 'oa5') + OPENAI_MARK + sample(B64URL, 58, 'oa6');

export const openai: ProviderSpec = {
  id: 'openai',
  provider: 'OpenAI',
  title: 'OpenAI API key',
  keywords: ['sk-'],
  patterns: [
    {
      name: 'OpenAI admin API key',
      regex: new RegExp(`${START}sk-admin-[A-Za-z0-9_-]{40,250}${END}`, 'g'),
      keywords: ['sk-admin-'],
      minEntropy: 4,
    },
    {
      // sk-proj-…, sk-svcacct-…, sk-<name>-… and legacy sk-<20>T3BlbkFJ<20>.
      name: 'OpenAI API key',
      regex: new RegExp(`${START}sk-[A-Za-z0-9_-]{20,250}${OPENAI_MARK}[A-Za-z0-9_-]{20,250}${END}`, 'g'),
      minEntropy: 4,
    },
    {
      // Project and service-account keys, should a future variant drop the marker.
      name: 'OpenAI API key',
      regex: new RegExp(`${START}sk-(?:proj|svcacct)-[A-Za-z0-9_-]{40,250}${END}`, 'g'),
      keywords: ['sk-proj-', 'sk-svcacct-'],
      minEntropy: 4,
    },
  ],
  rotation: {
    url: 'https://help.openai.com/en/articles/5112595-best-practices-for-api-key-safety',
    steps: 'Delete the key on the API keys page of the OpenAI platform (project or organization settings for admin and service-account keys) and create a new one.',
  },
  formatDocs: 'https://platform.openai.com/docs/api-reference/authentication',
  related: 'gitleaks `openai-api-key`; secretlint `@secretlint/secretlint-rule-openai`; GitHub secret scanning `openai_api_key`.',
  examples: {
    invalid: [
      `OPENAI_API_KEY=${openaiProject}`,
      { file: 'chat.py', code: `client = OpenAI(api_key="${openaiLegacy}")\n` },
      { file: 'admin.ts', code: `const adminKey = '${openaiAdmin}';\n` },
    ],
    valid: [
      { file: 'chat.py', code: 'client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\n' },
      'OPENAI_API_KEY=sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `task-${sample(ALNUM, 20, 'oa7')}${OPENAI_MARK}${sample(ALNUM, 20, 'oa8')}`,
    ],
  },
};

// ---------------------------------------------------------------------------
// Anthropic

const anthropicKey = 'sk-ant-api03-' + sample(B64URL, 93, 'an1') + 'AA';
const anthropicAdmin = 'sk-ant-admin01-' + sample(B64URL, 93, 'an2') + 'AA';

export const anthropic: ProviderSpec = {
  id: 'anthropic',
  provider: 'Anthropic',
  title: 'Anthropic API key',
  keywords: ['sk-ant-'],
  patterns: [
    {
      // sk-ant-api03-<93>AA
      name: 'Anthropic API key',
      regex: new RegExp(`${START}sk-ant-api\\d{2}-[A-Za-z0-9_-]{93}AA${END}`, 'g'),
      keywords: ['sk-ant-api'],
      minEntropy: 3.5,
    },
    {
      name: 'Anthropic Admin API key',
      regex: new RegExp(`${START}sk-ant-admin\\d{2}-[A-Za-z0-9_-]{93}AA${END}`, 'g'),
      keywords: ['sk-ant-admin'],
      minEntropy: 3.5,
    },
  ],
  rotation: {
    url: 'https://support.anthropic.com/en/articles/8384961-what-should-i-do-if-i-suspect-my-api-key-has-been-compromised',
    steps: 'Delete the key under Settings › API Keys in the Anthropic Console (admin keys under the organization\'s Admin keys) and create a new one.',
  },
  formatDocs: 'https://docs.anthropic.com/en/api/overview#authentication',
  related: 'gitleaks `anthropic-api-key`, `anthropic-admin-api-key`; secretlint `@secretlint/secretlint-rule-anthropic`; GitHub secret scanning `anthropic_api_key`.',
  examples: {
    invalid: [`ANTHROPIC_API_KEY=${anthropicKey}`, { file: 'agent.py', code: `client = anthropic.Anthropic(api_key="${anthropicKey}")\n` }, `ANTHROPIC_ADMIN_KEY=${anthropicAdmin}`],
    valid: [
      { file: 'agent.py', code: 'client = anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])\n' },
      'ANTHROPIC_API_KEY=sk-ant-api03-...',
      // Wrong ending: keys end in AA.
      'sk-ant-api03-' + sample(B64URL, 93, 'an3') + 'BB',
    ],
  },
};

// ---------------------------------------------------------------------------
// Hugging Face

const hfToken = 'hf_' + sample(LETTERS, 34, 'hf1');
const hfOrg = 'api_org_' + sample(LETTERS, 34, 'hf2');

export const huggingface: ProviderSpec = {
  id: 'huggingface',
  provider: 'Hugging Face',
  title: 'Hugging Face access token',
  keywords: ['hf_', 'api_org_'],
  patterns: [
    {
      // hf_ + 34 letters; mixed case tells a token from an identifier such as hf_requiredCharacteristic…
      name: 'Hugging Face user access token',
      regex: new RegExp(`${START}hf_[A-Za-z]{34}${END}`, 'g'),
      keywords: ['hf_'],
      validate: mixedCase(5),
    },
    {
      name: 'Hugging Face organization API token (legacy)',
      regex: new RegExp(`${START}api_org_[A-Za-z]{34}${END}`, 'g'),
      keywords: ['api_org_'],
      validate: mixedCase(5),
    },
  ],
  rotation: {
    url: 'https://huggingface.co/docs/hub/security-tokens',
    steps: 'Under Settings › Access Tokens on huggingface.co choose Manage › Invalidate and refresh (or delete the token) and create a fine-grained token with only the access needed.',
  },
  formatDocs: 'https://huggingface.co/docs/hub/security-tokens',
  related: 'gitleaks `huggingface-access-token`, `huggingface-organization-api-token`; GitHub secret scanning `hf_user_access_token`, `hf_org_api_key`.',
  examples: {
    invalid: [`HF_TOKEN=${hfToken}`, { file: 'train.py', code: `login(token="${hfToken}")\nds = load_dataset("x", use_auth_token="${hfOrg}")\n` }],
    valid: [
      { file: 'train.py', code: 'login(token=os.environ["HF_TOKEN"])\n' },
      'HUGGINGFACE_API_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      // A 34-letter identifier: too few capitals to be random.
      '- (id)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;',
      'const api_org_controller = require("./organizations");',
    ],
  },
};

// ---------------------------------------------------------------------------
// Perplexity

const pplxKey = 'pplx-' + sample(ALNUM, 48, 'px1');

export const perplexity: ProviderSpec = {
  id: 'perplexity',
  provider: 'Perplexity',
  title: 'Perplexity API key',
  keywords: ['pplx-'],
  patterns: [
    {
      name: 'Perplexity API key',
      regex: new RegExp(`${START}pplx-[A-Za-z0-9]{48}${END}`, 'g'),
      minEntropy: 3.5,
    },
  ],
  rotation: {
    url: 'https://docs.perplexity.ai/guides/getting-started',
    steps: 'Revoke the key in the API settings of your Perplexity account (API Keys tab) and generate a new one.',
  },
  formatDocs: 'https://docs.perplexity.ai/guides/getting-started',
  related: 'gitleaks `perplexity-api-key`.',
  examples: {
    invalid: [`PERPLEXITY_API_KEY=${pplxKey}`, { file: 'search.ts', code: `const client = new OpenAI({ apiKey: '${pplxKey}', baseURL: 'https://api.perplexity.ai' });\n` }],
    valid: ['PERPLEXITY_API_KEY=pplx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', { file: 'search.ts', code: "const client = new OpenAI({ apiKey: process.env.PERPLEXITY_API_KEY, baseURL: 'https://api.perplexity.ai' });\n" }, `pplx-${sample(ALNUM, 30, 'px2')}`],
  },
};

// ---------------------------------------------------------------------------
// Cohere

const cohereKey = sample(ALNUM, 40, 'co1');

export const cohere: ProviderSpec = {
  id: 'cohere',
  provider: 'Cohere',
  title: 'Cohere API key',
  keywords: ['cohere', 'co_api_key'],
  patterns: [
    {
      name: 'Cohere API key',
      regex: keyed({ names: ['cohere', 'co_api_key'], value: '[A-Za-z0-9]{40}' }),
      validate: lettersAndDigits,
      minEntropy: 3.5,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://dashboard.cohere.com/api-keys',
    steps: 'Delete the key on the API Keys page of the Cohere dashboard and create a new production key.',
  },
  formatDocs: 'https://docs.cohere.com/reference/about',
  related: 'gitleaks `cohere-api-token`.',
  examples: {
    invalid: [`CO_API_KEY=${cohereKey}`, { file: 'rag.py', code: `co = cohere.Client("x")\ncohere_api_key = "${cohereKey}"\n` }],
    valid: ['CO_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', { file: 'rag.py', code: 'cohere_api_key = os.environ["CO_API_KEY"]\n' }, `ECO_API_KEY=${cohereKey}`],
  },
};

// ---------------------------------------------------------------------------
// Groq

const groqKey = 'gsk_' + sample(ALNUM, 52, 'gq1');

export const groq: ProviderSpec = {
  id: 'groq',
  provider: 'Groq',
  title: 'Groq API key',
  keywords: ['gsk_'],
  patterns: [
    {
      name: 'Groq API key',
      regex: new RegExp(`${START}gsk_[A-Za-z0-9]{52}${END}`, 'g'),
      minEntropy: 4,
    },
  ],
  rotation: {
    url: 'https://console.groq.com/keys',
    steps: 'Delete the key on the API Keys page of the GroqCloud console and create a new one.',
  },
  formatDocs: 'https://console.groq.com/docs/quickstart',
  related: 'GitHub secret scanning `groq_api_key`; no gitleaks rule.',
  examples: {
    invalid: [`GROQ_API_KEY=${groqKey}`, { file: 'llm.py', code: `client = Groq(api_key="${groqKey}")\n` }],
    valid: ['GROQ_API_KEY=gsk_...', { file: 'llm.py', code: 'client = Groq(api_key=os.getenv("GROQ_API_KEY"))\n' }, 'gsk_render_node_serialize (node, bytes_out_of_order_please)'],
  },
};

// ---------------------------------------------------------------------------
// Replicate

const replicateToken = 'r8_' + sample(ALNUM, 37, 'rp1');

export const replicate: ProviderSpec = {
  id: 'replicate',
  provider: 'Replicate',
  title: 'Replicate API token',
  keywords: ['r8_'],
  patterns: [
    {
      name: 'Replicate API token',
      regex: new RegExp(`${START}r8_[A-Za-z0-9]{37}${END}`, 'g'),
      validate: lettersAndDigits,
      minEntropy: 4,
    },
  ],
  rotation: {
    url: 'https://replicate.com/account/api-tokens',
    steps: 'Disable the token on the API tokens page of your Replicate account and create a new one.',
  },
  formatDocs: 'https://replicate.com/docs/reference/http#authentication',
  related: 'GitHub secret scanning `replicate_api_token`; no gitleaks rule.',
  examples: {
    invalid: [`REPLICATE_API_TOKEN=${replicateToken}`, { file: 'gen.js', code: `const replicate = new Replicate({ auth: "${replicateToken}" });\n` }],
    valid: ['REPLICATE_API_TOKEN=r8_******', { file: 'gen.js', code: 'const replicate = new Replicate({ auth: process.env.REPLICATE_API_TOKEN });\n' }, 'from apps.research.application.r8_monitoring_policy_registry import X'],
  },
};

// ---------------------------------------------------------------------------
// Mistral AI

const mistralKey = sample(ALNUM, 32, 'ms1');

export const mistral: ProviderSpec = {
  id: 'mistral',
  provider: 'Mistral AI',
  title: 'Mistral AI API key',
  keywords: ['mistral'],
  patterns: [
    {
      name: 'Mistral AI API key',
      regex: keyed({ names: ['mistral'], spellings: ['MistralAI'], value: '[A-Za-z0-9]{32}' }),
      validate: lettersAndDigits,
      minEntropy: 3.5,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://console.mistral.ai/api-keys',
    steps: 'Delete the key on the API Keys page of La Plateforme (console.mistral.ai) and create a new one.',
  },
  formatDocs: 'https://docs.mistral.ai/getting-started/quickstart/',
  related: 'No dedicated gitleaks rule; its `generic-api-key` may report it.',
  examples: {
    invalid: [`MISTRAL_API_KEY=${mistralKey}`, { file: 'chat.py', code: `mistral_api_key = "${mistralKey}"\n` }],
    valid: [{ file: 'chat.py', code: 'mistral_api_key = os.environ["MISTRAL_API_KEY"]\n' }, 'MISTRAL_MODEL=mistral-large-latest', 'MISTRAL_API_KEY=<your-key>'],
  },
};

// ---------------------------------------------------------------------------
// DeepSeek

const deepseekKey = 'sk-' + sample(HEX, 32, 'ds1');

export const deepseek: ProviderSpec = {
  id: 'deepseek',
  provider: 'DeepSeek',
  title: 'DeepSeek API key',
  keywords: ['deepseek'],
  patterns: [
    {
      // sk- + 32 hex: shared with other OpenAI-compatible services, so the key name must say DeepSeek.
      name: 'DeepSeek API key',
      regex: keyed({ names: ['deepseek'], spellings: ['DeepSeek'], value: 'sk-[a-f0-9]{32}' }),
      minEntropy: 3,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://platform.deepseek.com/api_keys',
    steps: 'Delete the key on the API keys page of the DeepSeek platform and create a new one.',
  },
  formatDocs: 'https://api-docs.deepseek.com/',
  related: 'No dedicated gitleaks rule.',
  examples: {
    invalid: [`DEEPSEEK_API_KEY=${deepseekKey}`, { file: 'chat.ts', code: `const deepseekKey = "${deepseekKey}";\n` }],
    valid: [{ file: 'chat.ts', code: 'const deepseekKey = process.env.DEEPSEEK_API_KEY;\n' }, `OTHER_API_KEY=${deepseekKey}`, 'DEEPSEEK_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
};

// ---------------------------------------------------------------------------
// Pinecone

const pineconeKey = 'pcsk_' + sample(ALNUM, 6, 'pc1') + '_' + sample(ALNUM, 65, 'pc2');

export const pinecone: ProviderSpec = {
  id: 'pinecone',
  provider: 'Pinecone',
  title: 'Pinecone API key',
  keywords: ['pcsk_', 'pinecone'],
  patterns: [
    {
      // pcsk_<label>_<secret>
      name: 'Pinecone API key',
      regex: new RegExp(`${START}pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{50,90}${END}`, 'g'),
      keywords: ['pcsk_'],
      minEntropy: 4,
    },
    {
      // Keys created before 2024 are bare UUIDs.
      name: 'Pinecone API key (legacy)',
      regex: keyed({ names: ['pinecone'], value: UUID }),
      keywords: ['pinecone'],
      minEntropy: 3,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://docs.pinecone.io/guides/projects/manage-api-keys',
    steps: 'In the Pinecone console open the project\'s API keys tab, delete the key and create a new one with the permissions needed.',
  },
  formatDocs: 'https://docs.pinecone.io/guides/projects/manage-api-keys',
  related: 'GitHub secret scanning `pinecone_api_key`; no gitleaks rule.',
  examples: {
    invalid: [`PINECONE_API_KEY=${pineconeKey}`, { file: 'index.py', code: `pc = Pinecone(api_key="${pineconeKey}")\npinecone_api_key = "${uuid('pc3')}"\n` }],
    valid: ['PINECONE_API_KEY=pcsk_...', { file: 'index.py', code: 'pc = Pinecone(api_key=os.environ["PINECONE_API_KEY"])\n' }, `PINECONE_INDEX=${uuid('pc4')}-index`],
  },
};

// ---------------------------------------------------------------------------
// Private AI

const privateAiKey = sample(ALNUM, 32, 'pa1');

export const privateai: ProviderSpec = {
  id: 'privateai',
  provider: 'Private AI',
  title: 'Private AI API key',
  keywords: ['privateai', 'private_ai', 'private-ai'],
  patterns: [
    {
      name: 'Private AI API key',
      regex: keyed({ names: ['privateai', 'private_ai', 'private-ai'], spellings: ['PrivateAI', 'PrivateAi'], value: '[A-Za-z0-9]{32}' }),
      validate: lettersAndDigits,
      minEntropy: 3.5,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://docs.private-ai.com/',
    steps: 'Ask Private AI (via the customer portal) to revoke the key and issue a new one, then update the container or API client configuration.',
  },
  formatDocs: 'https://docs.private-ai.com/',
  related: 'gitleaks `privateai-api-token`.',
  examples: {
    invalid: [`PRIVATEAI_API_KEY=${privateAiKey}`, { file: 'redact.ts', code: `const privateaiToken = "${privateAiKey}";\n` }],
    valid: ['const privateaiToken = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";', { file: 'redact.ts', code: 'const privateaiToken = process.env.PRIVATEAI_API_KEY;\n' }, `API_KEY=${privateAiKey}`],
  },
};

export const AI_PROVIDERS: readonly ProviderSpec[] = [openai, anthropic, huggingface, perplexity, cohere, groq, replicate, mistral, deepseek, pinecone, privateai];
