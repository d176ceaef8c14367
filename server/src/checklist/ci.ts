import type { Inventory } from './inventory';

/** CI config files of the systems the checklist knows, by workspace-relative path (lower-cased). */
export const CI_FILES = /^(\.github\/workflows\/[^/]+\.ya?ml|\.gitlab-ci\.ya?ml|azure-pipelines\.ya?ml|\.azure-pipelines\/[^/]+\.ya?ml|jenkinsfile|\.circleci\/config\.ya?ml|bitbucket-pipelines\.ya?ml|\.buildkite\/[^/]*\.ya?ml|\.drone\.ya?ml|\.travis\.ya?ml|\.woodpecker(\.ya?ml|\/[^/]+\.ya?ml)|appveyor\.ya?ml|cloudbuild\.ya?ml|buildspec\.ya?ml)$/;

export function ciFiles(inv: Inventory): string[] {
  return inv.find(CI_FILES);
}

/** YAML comment lines: a comment that mentions `npm test` runs nothing. */
function withoutComments(file: string, text: string): string {
  return /\.ya?ml$/i.test(file) ? text.replace(/^[ \t]*#.*$/gm, '') : text;
}

/** Local scripts a CI step runs (`bash .ci/run`, `./scripts/test.sh`, `sh ci/build.sh`). */
const LOCAL_SCRIPT = /(?:^|[\s;&|'"])(?:(?:bash|sh|zsh|pwsh|\.)\s+)?((?:\.\/)?(?:\.?[\w-]+\/)+[\w.-]+|(?:\.\/)?[\w-]+\.(?:sh|bash|ps1))(?=[\s;&|'"]|$)/gm;

/**
 * The text of each CI config, comments left out, and of the local scripts its
 * steps run (one level deep), labelled `ci.yml → scripts/ci.sh`.
 */
export async function ciTexts(inv: Inventory): Promise<{ path: string; text: string }[]> {
  const out: { path: string; text: string }[] = [];
  for (const file of ciFiles(inv)) {
    const raw = await inv.read(file);
    if (raw === undefined) continue;
    const text = withoutComments(file, raw);
    out.push({ path: file, text });
    const scripts = new Set([...text.matchAll(LOCAL_SCRIPT)].map((m) => m[1].replace(/^\.\//, '')).filter((p) => p !== file && inv.files.includes(p)));
    for (const script of [...scripts].slice(0, 10)) {
      const body = await inv.read(script);
      if (body !== undefined) out.push({ path: `${file} → ${script}`, text: body.replace(/^[ \t]*#.*$/gm, '') });
    }
  }
  return out;
}

/** Commands that run a project's tests, in the ecosystems we cover. */
export const TEST_COMMANDS =
  /\b(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?(?:test|ci-test|test:\w+|coverage)\b|\bnpx\s+(?:jest|vitest|mocha|playwright\s+test|cypress\s+run)\b|\b(?:jest|vitest|mocha|ava|tap)\b(?=\s|$)|\bpytest\b|\bpython\d?(?:\.\d+)?\s+-m\s+(?:pytest|unittest)\b|\btox\b|\bnox\b|\bgo\s+test\b|\bmvnw?\s+(?:[\w:.=-]+\s+)*(?:test|verify|package|install)\b|\bgradlew?\s+(?:[\w:.=-]+\s+)*(?:test|check|build)\b|\bdotnet\s+test\b|\b(?:bundle\s+exec\s+)?(?:rspec|rake(?:\s+test|\s+spec)?|rails\s+test)\b|\bphpunit\b|\bcomposer\s+(?:run(?:-script)?\s+)?test\b|\bpest\b|\bcargo\s+test\b|\bmake\s+(?:test|check)\b|\bctest\b/;

/** Secret and code scanners people run in CI. */
export const SCANNERS: [RegExp, string][] = [
  [/\bfactorguard\b/i, 'FactorGuard'],
  [/\bgitleaks\b/i, 'gitleaks'],
  [/\btrufflehog\b/i, 'TruffleHog'],
  [/\bggshield\b|gitguardian/i, 'GitGuardian ggshield'],
  [/\bsemgrep\b/i, 'Semgrep'],
  [/codeql-action|\bcodeql\b/i, 'CodeQL'],
  [/\bdevskim\b/i, 'DevSkim'],
  [/\bsnyk/i, 'Snyk'],
  [/\bdetect-secrets\b/i, 'detect-secrets'],
  [/\btalisman\b/i, 'Talisman'],
  [/\btrivy\b/i, 'Trivy'],
  [/\bsonar(?:cloud|qube|-scanner|source)?\b/i, 'SonarQube'],
  [/\bcheckov\b/i, 'Checkov'],
  [/\bbandit\b/i, 'Bandit'],
  [/\bgosec\b/i, 'gosec'],
  [/\bbrakeman\b/i, 'Brakeman'],
  [/\bkics\b/i, 'KICS'],
  [/\bsecretlint\b/i, 'secretlint'],
  [/\bosv-scanner\b/i, 'OSV-Scanner'],
];

