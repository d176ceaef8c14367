import { base62ChecksumValid, withBase62Checksum } from '../checksum';
import type { ProviderSpec, Validation } from '../spec';
import {
  ALNUM,
  atlassianChecksum,
  B64URL,
  base64Of,
  decodeBase64,
  diverseAfter,
  gitlabRoutable,
  HEX,
  keyed,
  mixedAlnum,
  nameWord,
  notCounting,
  seeded,
  UPPER_ALNUM,
  UUID,
  withAtlassianCrc,
  withGitlabCrc,
} from './cloud-checks';

// ---------------------------------------------------------------------------
// GitLab

const GITLAB_PREFIXES = 'gl(?:pat|rt|dt|ft|soat|cbt|imt|agent|ffct|oas|ptt)-';

/**
 * A routable token's CRC covers its whole prefix, an instance prefix
 * (`acme-glpat-…`) included; without one it starts at `gl`.
 */
function gitlabRoutableToken(secret: string): Validation {
  if (gitlabRoutable(secret) === 'verified') return 'verified';
  const at = secret.search(/gl[a-z]+-/);
  return at > 0 ? gitlabRoutable(secret.slice(at)) : 'unverified';
}

const glPayload = seeded(B64URL, 43, 'gitlab-routable');
const glRoutable = withGitlabCrc('glpat' + '-' + glPayload + '.01.' + glPayload.length.toString(36).padStart(2, '0'));
const glLegacy = 'glpat' + '-' + seeded(B64URL, 20, 'gitlab-legacy');

export const gitlab: ProviderSpec = {
  id: 'gitlab',
  provider: 'GitLab',
  title: 'GitLab token',
  keywords: ['glpat-', 'glrt-', 'gldt-', 'glft-', 'glsoat-', 'glcbt-', 'glimt-', 'glagent-', 'glffct-', 'gloas-', 'glptt-', 'gr1348941'],
  patterns: [
    {
      name: 'GitLab routable token',
      regex: new RegExp(`(?<![A-Za-z0-9_])(?:[A-Za-z][A-Za-z0-9]{0,19}-)?${GITLAB_PREFIXES}(?:t\\d_)?[\\w-]{27,300}\\.(?:[0-9a-z]{2}\\.)?[0-9a-z]{9}(?![\\w.-])`, 'g'),
      validate: gitlabRoutableToken,
    },
    {
      name: 'GitLab access token',
      regex: /(?<![A-Za-z0-9_])gl(?:pat|rt|dt|ft|soat|imt|ffct)-(?:t\d_)?[\w-]{20}(?![\w-]|\.[0-9a-z])/g,
      minEntropy: 3,
    },
    {
      name: 'GitLab CI/CD job token',
      regex: /(?<![A-Za-z0-9_])glcbt-(?:[0-9a-zA-Z]{1,5}_)?[\w-]{20,}(?![\w-]|\.[0-9a-z])/g,
      minEntropy: 3,
    },
    {
      name: 'GitLab pipeline trigger token',
      regex: /(?<![A-Za-z0-9_])glptt-[0-9a-f]{40}(?![\w-])/g,
    },
    {
      name: 'GitLab OAuth application secret',
      regex: /(?<![A-Za-z0-9_])gloas-[0-9a-f]{64}(?![\w-])/g,
    },
    {
      name: 'GitLab agent for Kubernetes token',
      regex: /(?<![A-Za-z0-9_])glagent-[\w-]{50}(?![\w-])/g,
      minEntropy: 3.5,
    },
    {
      name: 'GitLab runner registration token',
      regex: /(?<![A-Za-z0-9_])GR1348941[\w-]{20}(?![\w-])/g,
      keywords: ['gr1348941'],
      validate: diverseAfter(9),
    },
  ],
  rotation: {
    url: 'https://docs.gitlab.com/user/profile/personal_access_tokens/#revoke-or-rotate-a-personal-access-token',
    steps: 'Revoke or rotate the token where it was created (User settings › Access tokens, the project or group access tokens, the runner, deploy or trigger token page), then issue a new one with the least scope and an expiry date.',
  },
  formatDocs: 'https://docs.gitlab.com/security/tokens/#token-prefixes',
  related: 'gitleaks `gitlab-pat`, `gitlab-pat-routable`, `gitlab-ptt`, `gitlab-rrt`, `gitlab-runner-authentication-token`, `gitlab-deploy-token`; GitHub secret scanning `gitlab_access_token`.',
  examples: {
    invalid: [
      `GITLAB_TOKEN=${glLegacy}`,
      { file: 'ci.py', code: `headers = {"PRIVATE-TOKEN": "${glRoutable}"}\n` },
      `gitlab-runner register --registration-token GR1348941${seeded(B64URL, 20, 'gitlab-runner')}`,
      `trigger_token: glptt-${seeded(HEX, 40, 'gitlab-trigger')}`,
    ],
    valid: [
      'GITLAB_TOKEN=glpat-' + 'x'.repeat(20),
      'GR1348941' + '12312312312312312312',
      { file: 'ci.py', code: 'token = os.environ["GITLAB_TOKEN"]\n' },
    ],
  },
};

// ---------------------------------------------------------------------------
// npm

const npmRandom = seeded(ALNUM, 30, 'npm-random');

export const npm: ProviderSpec = {
  id: 'npm',
  provider: 'npm',
  title: 'npm access token',
  keywords: ['npm_'],
  patterns: [
    {
      name: 'npm access token',
      regex: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g,
      validate: (secret) => (base62ChecksumValid(secret.slice(4)) ? 'verified' : 'unverified'),
    },
  ],
  rotation: {
    url: 'https://docs.npmjs.com/revoking-access-tokens',
    steps: 'Delete the token on npmjs.com under Access Tokens (or `npm token revoke <id>`), then create a granular token with the least scope and an expiry date.',
  },
  formatDocs: 'https://github.blog/security/announcing-npms-new-access-token-format/',
  related: 'gitleaks `npm-access-token`; secretlint `@secretlint/secretlint-rule-npm`; GitHub secret scanning `npm_access_token`.',
  examples: {
    invalid: [
      `//registry.npmjs.org/:_authToken=npm_${withBase62Checksum(npmRandom)}`,
      { file: 'publish.js', code: `const token = "npm_${withBase62Checksum(npmRandom)}";\n` },
      `NPM_TOKEN=npm_${npmRandom}AbC123`,
    ],
    valid: [
      'NPM_TOKEN=npm_' + 'x'.repeat(36),
      '//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
      'Tokens start with npm_ and carry a checksum.',
    ],
  },
};

// ---------------------------------------------------------------------------
// PyPI

const pypiBody = seeded(B64URL, 140, 'pypi-macaroon');

export const pypi: ProviderSpec = {
  id: 'pypi',
  provider: 'PyPI',
  title: 'PyPI API token',
  keywords: ['pypi-age'],
  patterns: [
    {
      name: 'PyPI API token',
      // `AgEIcHlwaS5vcmc` and `AgENdGVzdC5weXBpLm9yZw` are the macaroon headers naming pypi.org and test.pypi.org.
      regex: /(?<![A-Za-z0-9_-])pypi-AgE(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,1000}(?![A-Za-z0-9_-])/g,
      minEntropy: 4,
    },
  ],
  rotation: {
    url: 'https://pypi.org/help/#apitoken',
    steps: 'Remove the token under Account settings › API tokens on pypi.org, then create a project-scoped token (or switch to trusted publishing, which needs no token).',
  },
  formatDocs: 'https://pypi.org/help/#apitoken',
  related: 'gitleaks `pypi-upload-token`; GitHub secret scanning `pypi_api_token`.',
  examples: {
    invalid: [
      `TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmc${pypiBody}`,
      { file: '.pypirc', code: `[pypi]\nusername = __token__\npassword = pypi-AgENdGVzdC5weXBpLm9yZw${pypiBody}\n` },
    ],
    valid: [
      'password = pypi-AgEIcHlwaS5vcmc' + 'x'.repeat(60),
      'TWINE_PASSWORD=${PYPI_TOKEN}',
      'password = pypi-AgEIcHlwaS5vcmc...',
    ],
  },
};

// ---------------------------------------------------------------------------
// Docker Hub

export const dockerHub: ProviderSpec = {
  id: 'docker-hub',
  provider: 'Docker Hub',
  title: 'Docker Hub access token',
  keywords: ['dckr_pat_', 'dckr_oat_'],
  patterns: [
    {
      name: 'Docker Hub access token',
      regex: /(?<![A-Za-z0-9_-])dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,60}(?![A-Za-z0-9_-])/g,
      minEntropy: 3.5,
    },
  ],
  rotation: {
    url: 'https://docs.docker.com/security/access-tokens/',
    steps: 'Delete the token under Account settings › Personal access tokens (organization tokens: Organization settings › Access tokens), then create a new one with read-only scope where possible.',
  },
  formatDocs: 'https://docs.docker.com/security/access-tokens/',
  related: 'gitleaks `docker-hub-pat` (community); GitHub secret scanning `docker_personal_access_token`, `docker_organization_access_token`.',
  examples: {
    invalid: [
      `echo dckr_pat_${seeded(B64URL, 27, 'docker-pat')} | docker login -u demo --password-stdin`,
      { file: 'docker-compose.yml', code: `environment:\n  DOCKERHUB_TOKEN: dckr_oat_${seeded(B64URL, 32, 'docker-oat')}\n` },
    ],
    valid: [
      'DOCKERHUB_TOKEN=dckr_pat_' + 'x'.repeat(27),
      'echo "$DOCKERHUB_TOKEN" | docker login -u demo --password-stdin',
      'Personal access tokens start with dckr_pat_.',
    ],
  },
};

// ---------------------------------------------------------------------------
// JFrog Artifactory

/** Reference tokens are base64 of `reftkn:01:<expiry>:<random>`. */
function jfrogReference(secret: string): Validation {
  return decodeBase64(secret)?.startsWith('reftkn:') ? 'verified' : 'unverified';
}

export const jfrog: ProviderSpec = {
  id: 'jfrog',
  provider: 'JFrog Artifactory',
  title: 'JFrog Artifactory credential',
  keywords: ['akcp', 'cmvmdgtu'],
  patterns: [
    {
      name: 'JFrog Artifactory API key',
      regex: /(?<![A-Za-z0-9])AKCp[A-Za-z0-9]{69}(?![A-Za-z0-9])/g,
      keywords: ['akcp'],
      minEntropy: 4,
      validate: (secret) => mixedAlnum(secret.slice(4)),
    },
    {
      name: 'JFrog Artifactory reference token',
      regex: /(?<![A-Za-z0-9+/])cmVmdGtu[A-Za-z0-9+/]{56}(?![A-Za-z0-9+/=])/g,
      keywords: ['cmvmdgtu'],
      minEntropy: 4,
      validate: jfrogReference,
    },
  ],
  rotation: {
    url: 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens',
    steps: 'Revoke the token under Administration › User Management › Access Tokens (API keys: regenerate or revoke in the user profile), then issue a scoped, expiring access token.',
  },
  formatDocs: 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens',
  related: 'gitleaks `artifactory-api-key`, `artifactory-reference-token`; GitHub secret scanning `jfrog_platform_reference_token`, `jfrog_platform_access_token`.',
  examples: {
    invalid: [
      `ARTIFACTORY_API_KEY=AKCp${seeded(ALNUM, 69, 'jfrog-api-key')}`,
      `curl -H "Authorization: Bearer ${base64Of('reftkn:01:1893456000:' + seeded(ALNUM, 27, 'jfrog-ref'))}" https://demo.jfrog.io`,
    ],
    valid: [
      'lowEntropy := AKCp' + 'X'.repeat(69),
      'ARTIFACTORY_TOKEN=${ARTIFACTORY_TOKEN}',
      'cmVmdGtu' + 'X'.repeat(56),
    ],
  },
};

// ---------------------------------------------------------------------------
// SonarQube / SonarCloud

export const sonar: ProviderSpec = {
  id: 'sonar',
  provider: 'SonarQube / SonarCloud',
  title: 'SonarQube token',
  keywords: ['squ_', 'sqp_', 'sqa_', 'sonar'],
  patterns: [
    {
      name: 'SonarQube token',
      regex: /(?<![A-Za-z0-9_])sq[upa]_[a-f0-9]{40}(?![A-Za-z0-9_])/g,
      keywords: ['squ_', 'sqp_', 'sqa_'],
    },
    {
      name: 'SonarQube token',
      regex: keyed(nameWord('sonar'), '(?:sq[upa]_)?[A-Za-z0-9]{40}', { secretWord: true }),
      keywords: ['sonar'],
      minEntropy: 3,
      validate: notCounting,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/',
    steps: 'Revoke the token under My Account › Security (project and global analysis tokens in the same list), then generate a new one and store it as a CI secret.',
  },
  formatDocs: 'https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/',
  related: 'gitleaks `sonar-api-token`; GitHub secret scanning `sonarcloud_token`, `sonarqube_user_token`.',
  examples: {
    invalid: [
      `SONAR_TOKEN=squ_${seeded(HEX, 40, 'sonar-user')}`,
      { file: 'sonar-project.properties', code: `sonar.login=${seeded(HEX, 40, 'sonar-legacy')}\n` },
      `mvn sonar:sonar -Dsonar.token=sqp_${seeded(HEX, 40, 'sonar-project')}`,
    ],
    valid: [
      `sonar.scm.revision=${seeded(HEX, 40, 'sonar-sha')}`,
      'SONAR_TOKEN=${{ secrets.SONAR_TOKEN }}',
      'SONAR_TOKEN=squ_' + 'x'.repeat(40),
    ],
  },
};

// ---------------------------------------------------------------------------
// Snyk

export const snyk: ProviderSpec = {
  id: 'snyk',
  provider: 'Snyk',
  title: 'Snyk API token',
  keywords: ['snyk'],
  patterns: [
    {
      name: 'Snyk API token',
      regex: keyed(nameWord('snyk'), UUID, { secretWord: true }),
      validate: notCounting,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://docs.snyk.io/snyk-api/authentication-for-api/revoke-and-regenerate-a-snyk-api-token',
    steps: 'Revoke and regenerate the token under Account settings › General › Auth Token (service-account tokens: the organization or group settings), then store it as a CI secret.',
  },
  related: 'gitleaks `snyk-api-token`; GitHub secret scanning `snyk_api_token`.',
  examples: {
    invalid: [
      'SNYK_TOKEN=' + '3f9c2a7e-' + '5b1d-4e8f-a6c0-9d2b7e4f1a3c',
      { file: 'scan.js', code: 'const snykApiKey = "' + '7c1e4b9a-' + '2d6f-4a3e-8b5c-0f9e1d7a2b6c";\n' },
    ],
    valid: [
      'SNYK_TOKEN=${SNYK_TOKEN}',
      'snyk_org_id = 3f9c2a7e-5b1d-4e8f-a6c0-9d2b7e4f1a3c',
      { file: 'scan.js', code: 'const token = process.env.SNYK_TOKEN;\n' },
    ],
  },
};

// ---------------------------------------------------------------------------
// Sourcegraph

export const sourcegraph: ProviderSpec = {
  id: 'sourcegraph',
  provider: 'Sourcegraph',
  title: 'Sourcegraph access token',
  keywords: ['sgp_', 'sourcegraph', 'src_'],
  patterns: [
    {
      name: 'Sourcegraph access token',
      regex: /(?<![A-Za-z0-9_])sgp_(?:(?:[a-fA-F0-9]{16}|local)_)?[a-fA-F0-9]{40}(?![A-Za-z0-9_])/g,
      keywords: ['sgp_'],
    },
    {
      name: 'Sourcegraph access token',
      regex: keyed(nameWord('sourcegraph'), '[a-fA-F0-9]{40}'),
      keywords: ['sourcegraph'],
      minEntropy: 3,
      validate: notCounting,
      severity: 'warning',
    },
    {
      name: 'Sourcegraph access token',
      regex: keyed(nameWord('src'), '[a-fA-F0-9]{40}', { secretWord: true }),
      keywords: ['src'],
      minEntropy: 3,
      validate: notCounting,
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://sourcegraph.com/docs/cli/how-tos/creating_an_access_token',
    steps: 'Delete the token under your user settings › Access tokens on the Sourcegraph instance, then create a new one.',
  },
  formatDocs: 'https://sourcegraph.com/docs/cli/how-tos/creating_an_access_token',
  related: 'gitleaks `sourcegraph-access-token`; GitHub secret scanning `sourcegraph_access_token`.',
  examples: {
    invalid: [
      `SRC_ACCESS_TOKEN=sgp_${seeded(HEX, 16, 'sg-instance')}_${seeded(HEX, 40, 'sg-token')}`,
      `token: sgp_local_${seeded(HEX, 40, 'sg-local')}`,
      `sourcegraph: ${seeded(HEX, 40, 'sg-legacy')}`,
    ],
    valid: [
      'SRC_ACCESS_TOKEN=${SRC_ACCESS_TOKEN}',
      `commit: ${seeded(HEX, 40, 'sg-commit')}`,
      'sgp_local_' + 'd45b6G86aBb0F2Cee943902dbaDBCFCFDD1dA089',
    ],
  },
};

// ---------------------------------------------------------------------------
// Buildkite

export const buildkite: ProviderSpec = {
  id: 'buildkite',
  provider: 'Buildkite',
  title: 'Buildkite API access token',
  keywords: ['bkua_'],
  patterns: [
    {
      name: 'Buildkite user API access token',
      regex: /(?<![A-Za-z0-9_])bkua_[a-f0-9]{40}(?![A-Za-z0-9_])/g,
    },
  ],
  rotation: {
    url: 'https://buildkite.com/docs/apis/managing-api-tokens',
    steps: 'Revoke the token under Personal Settings › API Access Tokens, then create a new one scoped to the organizations and permissions it needs.',
  },
  formatDocs: 'https://buildkite.com/docs/apis/managing-api-tokens',
  related: 'GitHub secret scanning `buildkite_user_access_token`; GitGuardian Buildkite token.',
  examples: {
    invalid: [
      `BUILDKITE_API_TOKEN=bkua_${seeded(HEX, 40, 'buildkite')}`,
      { file: 'deploy.sh', code: `curl -H "Authorization: Bearer bkua_${seeded(HEX, 40, 'buildkite-2')}" https://api.buildkite.com/v2/user\n` },
    ],
    valid: ['BUILDKITE_API_TOKEN=bkua_' + 'x'.repeat(40), 'BUILDKITE_API_TOKEN=${BUILDKITE_API_TOKEN}', 'bkua_' + seeded(HEX, 39, 'buildkite-short')],
  },
};

// ---------------------------------------------------------------------------
// CircleCI

export const circleci: ProviderSpec = {
  id: 'circleci',
  provider: 'CircleCI',
  title: 'CircleCI API token',
  keywords: ['ccipat_', 'cciprj_'],
  patterns: [
    {
      name: 'CircleCI API token',
      regex: /(?<![A-Za-z0-9_])CCIP(?:AT|RJ)_[A-Za-z0-9]{22}_[a-f0-9]{40}(?![A-Za-z0-9_])/g,
    },
  ],
  rotation: {
    url: 'https://circleci.com/docs/managing-api-tokens/',
    steps: 'Delete the token under User Settings › Personal API Tokens (project tokens: Project Settings › API Permissions), then create a new one.',
  },
  formatDocs: 'https://circleci.com/docs/managing-api-tokens/',
  related: 'GitHub secret scanning `circleci_personal_access_token`, `circleci_project_api_token`.',
  examples: {
    invalid: [
      `CIRCLE_TOKEN=CCIPAT_${seeded(ALNUM, 22, 'circle-id')}_${seeded(HEX, 40, 'circle-secret')}`,
      { file: 'trigger.py', code: `headers = {"Circle-Token": "CCIPRJ_${seeded(ALNUM, 22, 'circle-prj')}_${seeded(HEX, 40, 'circle-prj-2')}"}\n` },
    ],
    valid: ['CIRCLE_TOKEN=CCIPAT_' + 'x'.repeat(22) + '_' + 'x'.repeat(40), 'CIRCLE_TOKEN=${CIRCLE_TOKEN}', 'Personal tokens start with CCIPAT_.'],
  },
};

// ---------------------------------------------------------------------------
// Bitbucket

export const bitbucket: ProviderSpec = {
  id: 'bitbucket',
  provider: 'Bitbucket',
  title: 'Bitbucket app password',
  keywords: ['atbb'],
  patterns: [
    {
      name: 'Bitbucket app password',
      regex: /(?<![A-Za-z0-9])ATBB[A-Za-z0-9]{32}(?![A-Za-z0-9])/g,
      minEntropy: 3.5,
      validate: (secret) => mixedAlnum(secret.slice(4)),
    },
  ],
  rotation: {
    url: 'https://support.atlassian.com/bitbucket-cloud/docs/app-passwords/',
    steps: 'Revoke the app password under Personal Bitbucket settings › App passwords, then move to a scoped API token (app passwords are being retired).',
  },
  formatDocs: 'https://support.atlassian.com/bitbucket-cloud/docs/app-passwords/',
  related: 'GitHub secret scanning `bitbucket_app_password` (Atlassian); GitGuardian Bitbucket app password.',
  examples: {
    invalid: [
      `git clone https://demo:ATBB${seeded(ALNUM, 32, 'bitbucket')}@bitbucket.org/team/repo.git`,
      `BITBUCKET_APP_PASSWORD=ATBB${seeded(ALNUM, 32, 'bitbucket-2')}`,
    ],
    valid: ['BITBUCKET_APP_PASSWORD=ATBB' + 'x'.repeat(32), 'BITBUCKET_APP_PASSWORD=${BITBUCKET_APP_PASSWORD}', 'App passwords start with ATBB.'],
  },
};

// ---------------------------------------------------------------------------
// Atlassian (Jira, Confluence)

const atlassianToken = withAtlassianCrc('ATATT3' + seeded(B64URL, 177, 'atlassian') + '=');

export const atlassian: ProviderSpec = {
  id: 'atlassian',
  provider: 'Atlassian',
  title: 'Atlassian API token',
  keywords: ['atatt3', 'jira', 'confluence', 'atlassian'],
  patterns: [
    {
      name: 'Atlassian API token',
      regex: /(?<![A-Za-z0-9_-])ATATT3[A-Za-z0-9_=-]{100,300}(?![A-Za-z0-9_=-])/g,
      keywords: ['atatt3'],
      validate: atlassianChecksum,
    },
    {
      name: 'Atlassian API token',
      regex: keyed(nameWord('jira', 'confluence', 'atlassian'), '[A-Za-z0-9]{24}', { secretWord: true }),
      keywords: ['jira', 'confluence', 'atlassian'],
      minEntropy: 3.5,
      validate: (secret) => mixedAlnum(secret) && notCounting(secret),
      severity: 'warning',
    },
  ],
  rotation: {
    url: 'https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/',
    steps: 'Revoke the token at id.atlassian.com › Security › API tokens, then create a new one (with scopes and an expiry date).',
  },
  formatDocs: 'https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/',
  related: 'gitleaks `atlassian-api-token`; GitHub secret scanning `atlassian_api_token`.',
  examples: {
    invalid: [
      `JIRA_API_TOKEN=${atlassianToken}`,
      { file: 'jira.py', code: `jira = JIRA(server, basic_auth=("me@example.com", "${atlassianToken}"))\n` },
      `CONFLUENCE_API_TOKEN=${seeded(ALNUM, 24, 'confluence-classic')}`,
    ],
    valid: [
      'JIRA_API_TOKEN=${JIRA_API_TOKEN}',
      'getPagesInConfluenceSpace,searchConfluenceUsingCql',
      'JIRA_PROJECT_KEY=ABCDEFGHIJKLMNOPQRSTUVWX',
    ],
  },
};

// ---------------------------------------------------------------------------
// Linear

export const linear: ProviderSpec = {
  id: 'linear',
  provider: 'Linear',
  title: 'Linear API key',
  keywords: ['lin_api_', 'lin_oauth_'],
  patterns: [
    {
      name: 'Linear API key',
      regex: /(?<![A-Za-z0-9_])lin_api_[A-Za-z0-9]{40}(?![A-Za-z0-9_])/g,
      minEntropy: 3.5,
    },
    {
      name: 'Linear OAuth token',
      regex: /(?<![A-Za-z0-9_])lin_oauth_[a-f0-9]{64}(?![A-Za-z0-9_])/g,
    },
  ],
  rotation: {
    url: 'https://linear.app/docs/security-and-access',
    steps: 'Revoke the key under Settings › Account › Security & access › Personal API keys (OAuth: revoke the application’s access), then create a new one.',
  },
  formatDocs: 'https://linear.app/developers/graphql#personal-api-keys',
  related: 'gitleaks `linear-api-key`, `linear-client-secret`; GitHub secret scanning `linear_api_key`.',
  examples: {
    invalid: [
      `LINEAR_API_KEY=lin_api_${seeded(ALNUM, 40, 'linear')}`,
      { file: 'linear.ts', code: `const client = new LinearClient({ apiKey: "lin_api_${seeded(ALNUM, 40, 'linear-2')}" });\n` },
    ],
    valid: ['LINEAR_API_KEY=lin_api_' + 'x'.repeat(40), 'LINEAR_API_KEY=${LINEAR_API_KEY}', { file: 'linear.ts', code: 'new LinearClient({ apiKey: process.env.LINEAR_API_KEY });\n' }],
  },
};

// ---------------------------------------------------------------------------
// Postman

export const postman: ProviderSpec = {
  id: 'postman',
  provider: 'Postman',
  title: 'Postman API key',
  keywords: ['pmak-'],
  patterns: [
    {
      name: 'Postman API key',
      regex: /(?<![A-Za-z0-9_-])PMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34}(?![A-Za-z0-9_-])/g,
    },
  ],
  rotation: {
    url: 'https://learning.postman.com/docs/developer/postman-api/authentication/',
    steps: 'Revoke the key under Settings › API keys in Postman (or regenerate it), then create a new key with an expiry.',
  },
  formatDocs: 'https://learning.postman.com/docs/developer/postman-api/authentication/',
  related: 'gitleaks `postman-api-token`; GitHub secret scanning `postman_api_key`.',
  examples: {
    invalid: [
      `POSTMAN_API_KEY=PMAK-${seeded(HEX, 24, 'postman-id')}-${seeded(HEX, 34, 'postman-secret')}`,
      { file: 'sync.sh', code: `curl -H "X-Api-Key: PMAK-${seeded(HEX, 24, 'postman-2')}-${seeded(HEX, 34, 'postman-3')}" https://api.getpostman.com/me\n` },
    ],
    valid: ['POSTMAN_API_KEY=PMAK-' + 'x'.repeat(24) + '-' + 'x'.repeat(34), 'POSTMAN_API_KEY=${POSTMAN_API_KEY}', 'Keys look like PMAK-<24 hex>-<34 hex>.'],
  },
};

// ---------------------------------------------------------------------------
// Octopus Deploy

export const octopusDeploy: ProviderSpec = {
  id: 'octopus-deploy',
  provider: 'Octopus Deploy',
  title: 'Octopus Deploy API key',
  keywords: ['api-'],
  patterns: [
    {
      name: 'Octopus Deploy API key',
      regex: /(?<![\w./-])API-[A-Z0-9]{26}(?![\w-])/g,
      minEntropy: 3.5,
      validate: (secret) => /[0-9]/.test(secret.slice(4)) && /[A-Z]/.test(secret.slice(4)),
    },
  ],
  rotation: {
    url: 'https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key',
    steps: 'Revoke the key under your profile › My API Keys in Octopus, then create a new one with an expiry (or use a service account with OIDC).',
  },
  formatDocs: 'https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key',
  related: 'gitleaks `octopus-deploy-api-key`; GitHub secret scanning `octopus_deploy_api_key`.',
  examples: {
    invalid: [
      `set apikey="API-${seeded(UPPER_ALNUM, 26, 'octopus')}"`,
      { file: 'deploy.ps1', code: `$headers = @{ "X-Octopus-ApiKey" = "API-${seeded(UPPER_ALNUM, 26, 'octopus-2')}" }\n` },
    ],
    valid: [
      'msgstr "GSSAPI-VIRHEKAPSELOINTIMERKKIJONO."',
      'https://fog-ringer-f42.notion.site/API-BD80F56CDC1441E6BF6011AB6D852875',
      'OCTOPUS_API_KEY=API-' + 'X'.repeat(26),
    ],
  },
};

// ---------------------------------------------------------------------------
// Pulumi

export const pulumi: ProviderSpec = {
  id: 'pulumi',
  provider: 'Pulumi',
  title: 'Pulumi access token',
  keywords: ['pul-'],
  patterns: [
    {
      name: 'Pulumi access token',
      regex: /(?<![\w.-])pul-[a-f0-9]{40}(?![\w-])/g,
    },
  ],
  rotation: {
    url: 'https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/',
    steps: 'Delete the token in Pulumi Cloud under Personal access tokens (or the organization and team token pages), then create a new one.',
  },
  formatDocs: 'https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/',
  related: 'gitleaks `pulumi-api-token`; GitHub secret scanning `pulumi_access_token`.',
  examples: {
    invalid: [
      `PULUMI_ACCESS_TOKEN=pul-${seeded(HEX, 40, 'pulumi')}`,
      { file: 'Pulumi.ci.yaml', code: `env:\n  PULUMI_ACCESS_TOKEN: pul-${seeded(HEX, 40, 'pulumi-2')}\n` },
    ],
    valid: [
      `<img src="./assets/vipul-${seeded(HEX, 64, 'pulumi-img')}.png">`,
      'PULUMI_ACCESS_TOKEN=${PULUMI_ACCESS_TOKEN}',
      'PULUMI_ACCESS_TOKEN=pul-' + 'x'.repeat(40),
    ],
  },
};

// ---------------------------------------------------------------------------
// Terraform Cloud / HCP Terraform

export const terraformCloud: ProviderSpec = {
  id: 'terraform-cloud',
  provider: 'HCP Terraform (Terraform Cloud)',
  title: 'Terraform Cloud API token',
  keywords: ['atlasv1'],
  patterns: [
    {
      name: 'Terraform Cloud API token',
      regex: /(?<![A-Za-z0-9.])[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70}(?![A-Za-z0-9_=-])/g,
      minEntropy: 4,
    },
  ],
  rotation: {
    url: 'https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens',
    steps: 'Revoke the token under User settings › Tokens (team and organization tokens under their settings), then create a new one and keep it in the credentials file or a CI secret.',
  },
  formatDocs: 'https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens',
  related: 'gitleaks `hashicorp-tf-api-token`; GitHub secret scanning `terraform_cloud_api_token`.',
  examples: {
    invalid: [
      `token = "${seeded(ALNUM, 14, 'tfc-id')}.atlasv1.${seeded(ALNUM, 67, 'tfc-secret')}"`,
      { file: '.terraformrc', code: `credentials "app.terraform.io" {\n  token = "${seeded(ALNUM, 14, 'tfc-id-2')}.atlasv1.${seeded(ALNUM, 67, 'tfc-secret-2')}"\n}\n` },
    ],
    valid: [
      'token = "' + 'x'.repeat(14) + '.atlasv1.' + 'x'.repeat(67) + '"',
      'token = var.tfc_token',
      'Team tokens contain .atlasv1. in the middle.',
    ],
  },
};

// ---------------------------------------------------------------------------
// Infracost

export const infracost: ProviderSpec = {
  id: 'infracost',
  provider: 'Infracost',
  title: 'Infracost API key',
  keywords: ['ico-'],
  patterns: [
    {
      name: 'Infracost API key',
      regex: /(?<![\w.-])ico-[A-Za-z0-9]{32}(?![\w-])/g,
      validate: mixedAlnum,
    },
  ],
  rotation: {
    url: 'https://www.infracost.io/docs/infracost_cloud/key_concepts/',
    steps: 'Rotate the organization API key in Infracost Cloud under Org Settings › API key, then update the CLI and CI secrets (`infracost configure set api_key`).',
  },
  related: 'gitleaks `infracost-api-token`; GitGuardian Infracost API key.',
  examples: {
    invalid: [
      `INFRACOST_API_KEY=ico-${seeded(ALNUM, 32, 'infracost')}`,
      { file: 'main.tf', code: `variable {\n  name = "INFRACOST_API_KEY"\n  secret_value = "ico-${seeded(ALNUM, 32, 'infracost-2')}"\n}\n` },
    ],
    valid: [
      'http://assets.example.com/video_box.ico-7a388b69018576d24b59331fd60aab0c.png',
      'INFRACOST_API_KEY=ico-' + 'X'.repeat(32),
      'INFRACOST_API_KEY=${INFRACOST_API_KEY}',
    ],
  },
};
