// Which corpus rules (gitleaks rule ids) secretlint's recommended preset claims
// to cover, each mapped to the preset rule that claims it. A corpus rule is
// listed when a preset rule's README or messages name that kind of credential
// (a Slack token, an AWS access key ID, a PEM private key...), whether or not
// its pattern then matches the corpus's samples. Read from
// @secretlint/secretlint-rule-preset-recommend 13.0.6 (module/index.js).
// The restricted recall is measured on the tp samples of these rules only.
export const SECRETLINT_COVERS = {
  // secretlint-rule-aws: "AWS Access Key ID" (AKIA/ASIA... IDs). The rule has
  // it, but the preset leaves it off unless `enableIDScanRule` is set; by
  // default only `AWS_SECRET_ACCESS_KEY = ...` assignments are reported.
  'aws-access-token': 'aws',
  // secretlint-rule-slack: "slack token" (its README points at all of Slack's
  // token types; the pattern lists xoxb, xoxp, xapp, xoxa, xoxo, xoxr) and
  // Incoming Webhook URLs.
  'slack-app-token': 'slack',
  'slack-bot-token': 'slack',
  'slack-config-access-token': 'slack',
  'slack-config-refresh-token': 'slack',
  'slack-legacy-bot-token': 'slack',
  'slack-legacy-token': 'slack',
  'slack-legacy-workspace-token': 'slack',
  'slack-user-token': 'slack',
  'slack-webhook-url': 'slack',
  // secretlint-rule-basicauth: user:password in http(s)/ftp URLs.
  'sidekiq-sensitive-url': 'basicauth',
  // secretlint-rule-privatekey: PEM private key blocks.
  'private-key': 'privatekey',
  // secretlint-rule-gcp: service-account key files (.json; .p12 with the
  // "notasecret" password). Not GCP API keys (AIza...).
  'gcp-service-account': 'gcp',
  // secretlint-rule-1password: service account tokens (ops_...), not the
  // account Secret Key (A3-...).
  '1password-service-account-token': '1password',
  // secretlint-rule-anthropic: API keys (sk-ant-api0N-...), not admin keys.
  'anthropic-api-key': 'anthropic',
  'openai-api-key': 'openai',
  // secretlint-rule-huggingface: user access tokens (hf_...), not api_org_.
  'huggingface-access-token': 'huggingface',
  'notion-api-token': 'notion',
  'databricks-api-token': 'databricks',
  'grafana-cloud-api-token': 'grafana',
  'grafana-service-account-token': 'grafana',
  'vault-service-token': 'hashicorp-vault',
  'vault-batch-token': 'hashicorp-vault',
  'stripe-access-token': 'stripe',
  // Not listed although the provider has a preset rule:
  //   cloudflare-*: the cloudflare rule claims only the prefixed cfk_/cfut_/cfat_
  //     formats; the corpus holds the older unprefixed keys and Origin CA keys.
  //   aws-amazon-bedrock-*, gcp-api-key, anthropic-admin-api-key,
  //   huggingface-organization-api-token, 1password-secret-key, pkcs12-file,
  //   curl-auth-user (basicauth only reads credentials inside URLs).
  // github-*, gitlab-* are covered but have only fp samples in the corpus.
};
