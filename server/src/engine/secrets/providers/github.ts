import { base62ChecksumValid, withBase62Checksum } from '../checksum';
import type { ProviderSpec, Validation } from '../spec';

/** Classic GitHub tokens end in a CRC-32 of their random part. */
function githubChecksum(secret: string): Validation {
  return base62ChecksumValid(secret.slice(4)) ? 'verified' : 'unverified';
}

// Example tokens are assembled from parts, so this file never holds a whole token.
const random = 'R7dKq2Vx9Lm4Tz8Wp3Nc6Hb1Fg5Js0'; // 30 characters
const valid = 'ghp' + '_' + withBase62Checksum(random);
const badChecksum = 'ghp' + '_' + random + 'AbC123';

export const github: ProviderSpec = {
  id: 'github',
  provider: 'GitHub',
  title: 'GitHub token',
  keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
  patterns: [
    {
      name: 'GitHub personal access token',
      regex: /(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g,
      validate: githubChecksum,
    },
    {
      name: 'GitHub fine-grained personal access token',
      regex: /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}(?![A-Za-z0-9_])/g,
      minEntropy: 3.5,
    },
  ],
  rotation: {
    url: 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens#deleting-a-personal-access-token',
    steps: 'Delete the token under Settings › Developer settings › Personal access tokens (or revoke the app or installation token), then create a new one with the least scope needed.',
  },
  formatDocs: 'https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/',
  related: 'gitleaks `github-pat`, `github-fine-grained-pat`, `github-oauth`, `github-app-token`, `github-refresh-token`; secretlint `@secretlint/secretlint-rule-github`; GitHub secret scanning `github_personal_access_token`.',
  examples: {
    invalid: [
      `GITHUB_TOKEN=${valid}`,
      { file: 'deploy.py', code: `token = "${valid}"\n` },
      `export GH_TOKEN=${badChecksum}`,
      ['github', 'pat', '11ABCDEFG0' + 'aB3dE5gH7jK9', 'q2W4e6R8t0Y1u3I5o7P9a2S4d6F8g0H1j3K5l7Z9x2C4v6B8n0M1q3W5e7R'].join('_'),
    ],
    valid: [
      'ghp_' + 'x'.repeat(36),
      'token = process.env.GITHUB_TOKEN',
      'The prefix ghp_ marks a personal access token.',
    ],
  },
};
