import { ciTexts, TEST_COMMANDS } from './ci';
import { packageScripts } from './detectors';
import type { Inventory } from './inventory';
import type { GeneratorId } from './types';

/**
 * What a generator writes: new files (never an existing one: the host
 * creates them only if missing) and lines appended to existing files.
 * Planned here, applied by the host as one previewed, undoable edit.
 */
export interface GeneratedChange {
  generator: GeneratorId;
  title: string;
  /** Files to create, workspace-relative with `/`. */
  create: { path: string; content: string }[];
  /** Lines to append to a file (created when missing), skipping lines already there. */
  append: { path: string; lines: string[] }[];
  /** One line for the person: what was generated, and what to do next. */
  summary: string;
}

export type GenerateResult = { ok: true; change: GeneratedChange } | { ok: false; reason: string };

export interface GeneratorFacts {
  /** Env var names the code reads, with where each is first read. */
  envReads: ReadonlyMap<string, { path: string; line: number }>;
}

interface Ecosystem {
  /** Dependabot's package-ecosystem value. */
  dependabot: string;
  /** Where its manifest is; Dependabot's `directory`. */
  directories: string[];
}

const MANIFESTS: [RegExp, string][] = [
  [/(^|\/)package\.json$/, 'npm'],
  [/(^|\/)(requirements[^/]*\.txt|pyproject\.toml|setup\.py|pipfile)$/, 'pip'],
  [/(^|\/)go\.mod$/, 'gomod'],
  [/(^|\/)pom\.xml$/, 'maven'],
  [/(^|\/)build\.gradle(\.kts)?$/, 'gradle'],
  [/(^|\/)[^/]+\.(csproj|fsproj|sln)$|(^|\/)packages\.config$/, 'nuget'],
  [/(^|\/)gemfile$/, 'bundler'],
  [/(^|\/)composer\.json$/, 'composer'],
  [/(^|\/)cargo\.toml$/, 'cargo'],
  [/(^|\/)(dockerfile|[^/]+\.dockerfile)$/, 'docker'],
  [/^\.github\/workflows\/[^/]+\.ya?ml$/, 'github-actions'],
];

/** Ecosystems and the folders of their manifests, as Dependabot wants them. */
export function ecosystemsOf(inv: Inventory): Ecosystem[] {
  const found = new Map<string, Set<string>>();
  for (const [re, ecosystem] of MANIFESTS) {
    for (const file of inv.find(re)) {
      if (/(^|\/)(examples?|test|tests|fixtures?|samples?|docs?)\//.test(file) && ecosystem !== 'github-actions') continue;
      const dir = ecosystem === 'github-actions' ? '/' : `/${file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : ''}`;
      if (!found.has(ecosystem)) found.set(ecosystem, new Set());
      found.get(ecosystem)!.add(dir);
    }
  }
  return [...found].map(([dependabot, dirs]) => ({ dependabot, directories: [...dirs].sort().slice(0, 10) }));
}

/** The command that runs the project's tests in CI, best guess first; undefined when none is known. */
async function testSetup(inv: Inventory): Promise<{ setup: string[]; test: string } | undefined> {
  const scripts = await packageScripts(inv);
  if (inv.files.includes('package.json') && scripts.test && !/no test specified/.test(scripts.test)) {
    const lock = (await inv.exists('pnpm-lock.yaml')) ? 'pnpm' : (await inv.exists('yarn.lock')) ? 'yarn' : 'npm';
    const install = lock === 'pnpm' ? 'pnpm install --frozen-lockfile' : lock === 'yarn' ? 'yarn install --frozen-lockfile' : (await inv.exists('package-lock.json')) ? 'npm ci' : 'npm install';
    const setup = ['      - uses: actions/setup-node@v4', '        with:', '          node-version: 20'];
    if (lock === 'pnpm') setup.unshift('      - uses: pnpm/action-setup@v4');
    return { setup: [...setup, `      - run: ${install}`], test: `${lock} test` };
  }
  if (inv.files.includes('go.mod')) return { setup: ['      - uses: actions/setup-go@v5', '        with:', '          go-version-file: go.mod'], test: 'go test ./...' };
  if (inv.files.some((f) => /^(pyproject\.toml|requirements\.txt|setup\.py)$/.test(f))) {
    const install = inv.files.includes('requirements.txt') ? 'pip install -r requirements.txt' : 'pip install .';
    return { setup: ['      - uses: actions/setup-python@v5', '        with:', '          python-version: "3.12"', `      - run: ${install} pytest`], test: 'pytest' };
  }
  if (inv.files.includes('pom.xml')) return { setup: ['      - uses: actions/setup-java@v4', '        with:', '          distribution: temurin', '          java-version: 21'], test: inv.files.includes('mvnw') ? './mvnw -B verify' : 'mvn -B verify' };
  if (inv.files.some((f) => /^build\.gradle(\.kts)?$/.test(f))) return { setup: ['      - uses: actions/setup-java@v4', '        with:', '          distribution: temurin', '          java-version: 21'], test: inv.files.includes('gradlew') ? './gradlew check' : 'gradle check' };
  if (inv.files.some((f) => /\.(sln|csproj)$/.test(f))) return { setup: ['      - uses: actions/setup-dotnet@v4', '        with:', '          dotnet-version: 8.0.x'], test: 'dotnet test' };
  if (inv.files.includes('Gemfile')) return { setup: ['      - uses: ruby/setup-ruby@v1', '        with:', '          bundler-cache: true'], test: inv.files.some((f) => f.startsWith('spec/')) ? 'bundle exec rspec' : 'bundle exec rake test' };
  if (inv.files.includes('composer.json')) return { setup: ['      - uses: shivammathur/setup-php@v2', '        with:', '          php-version: "8.3"', '      - run: composer install --no-interaction'], test: 'vendor/bin/phpunit' };
  return undefined;
}

function unusedPath(inv: Inventory, candidates: readonly string[]): string | undefined {
  return candidates.find((c) => !inv.files.some((f) => f.toLowerCase() === c.toLowerCase()));
}

async function ciWorkflow(inv: Inventory): Promise<GenerateResult> {
  const target = unusedPath(inv, ['.github/workflows/ci.yml', '.github/workflows/factorguard.yml', '.github/workflows/factorguard-ci.yml']);
  if (!target) return { ok: false, reason: 'The workflow files this would create already exist.' };
  // Tests already run in CI: the new workflow only adds the scan.
  const tested = (await ciTexts(inv)).some((t) => TEST_COMMANDS.test(t.text));
  const tests = tested ? undefined : await testSetup(inv);
  const testJob = tested
    ? []
    : tests
    ? ['  test:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '        with:', '          persist-credentials: false', ...tests.setup, `      - run: ${tests.test}`, '']
    : ['  # No test runner was recognised: add a job that runs the project\'s tests here.', ''];
  const content = [
    tested ? `# Generated by FactorGuard: runs FactorGuard's scan on every push and pull request.` : `# Generated by FactorGuard: runs the tests and FactorGuard's scan on every push and pull request.`,
    tested ? 'name: FactorGuard' : 'name: CI',
    '',
    'on:',
    '  push:',
    '    branches: [main]',
    '  pull_request:',
    '',
    'permissions:',
    '  contents: read',
    '',
    'jobs:',
    ...testJob,
    '  factorguard:',
    '    runs-on: ubuntu-latest',
    '    permissions:',
    '      contents: read',
    '      # Upload the findings to GitHub code scanning.',
    '      security-events: write',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '        with:',
    '          persist-credentials: false',
    '      - uses: actions/setup-node@v4',
    '        with:',
    '          node-version: 20',
    '      # Same engine and rules as the editor; exits 1 on an error-level finding.',
    '      - run: npx --yes factorguard scan --format sarif --output factorguard.sarif',
    '      - uses: github/codeql-action/upload-sarif@v3',
    '        if: always()',
    '        with:',
    '          sarif_file: factorguard.sarif',
    '          category: factorguard',
    '',
  ].join('\n');
  return {
    ok: true,
    change: {
      generator: 'ciWorkflow',
      title: `Create ${target}`,
      create: [{ path: target, content }],
      append: [],
      summary: tested
        ? `${target} runs factorguard scan on every push and pull request, next to the CI that already runs the tests.`
        : tests
          ? `${target} runs \`${tests.test}\` and factorguard scan on every push and pull request.`
          : `${target} runs factorguard scan; add your test command to it.`,
    },
  };
}

function preCommitHook(inv: Inventory): GenerateResult {
  if (inv.files.includes('.pre-commit-config.yaml') || inv.files.includes('.pre-commit-config.yml')) {
    return { ok: false, reason: 'A pre-commit config exists: add `factorguard scan --staged` to it as a local hook.' };
  }
  const hook = [
    '#!/bin/sh',
    '# Generated by FactorGuard: scans what is about to be committed.',
    '# Enable it once per clone with: git config core.hooksPath .githooks',
    '# Needs FactorGuard in the project: npm install --save-dev factorguard',
    'exec npx factorguard scan --staged',
    '',
  ].join('\n');
  if (inv.files.includes('.githooks/pre-commit')) return { ok: false, reason: '.githooks/pre-commit exists already.' };
  return {
    ok: true,
    change: {
      generator: 'preCommitHook',
      title: 'Create .githooks/pre-commit',
      create: [{ path: '.githooks/pre-commit', content: hook }],
      append: [],
      summary: 'Created .githooks/pre-commit. Run `git config core.hooksPath .githooks` once per clone, and `chmod +x .githooks/pre-commit` if your system needs it.',
    },
  };
}

function envExample(inv: Inventory, facts: GeneratorFacts): GenerateResult {
  if (inv.files.includes('.env.example')) return { ok: false, reason: '.env.example exists already: the Add to .env.example quick fix adds the missing variables one by one.' };
  if (facts.envReads.size === 0) return { ok: false, reason: 'The code reads no environment variable by name.' };
  const lines = ['# Every environment variable the app reads. Copy to .env (git-ignored) and fill in; never commit real values here.', ''];
  for (const [name, at] of [...facts.envReads].sort((a, b) => a[0].localeCompare(b[0]))) lines.push(`# used in ${at.path}`, `${name}=`);
  return {
    ok: true,
    change: {
      generator: 'envExample',
      title: 'Create .env.example',
      create: [{ path: '.env.example', content: `${lines.join('\n')}\n` }],
      append: [],
      summary: `Created .env.example with the ${facts.envReads.size} variable${facts.envReads.size === 1 ? '' : 's'} the code reads, without values.`,
    },
  };
}

function gitignoreEnv(): GenerateResult {
  return {
    ok: true,
    change: {
      generator: 'gitignoreEnv',
      title: 'Add .env to .gitignore',
      create: [],
      append: [{ path: '.gitignore', lines: ['.env', '.env.*.local', '!.env.example'] }],
      summary: 'Added .env to .gitignore. If .env was committed before, run `git rm --cached .env` and rotate what it held.',
    },
  };
}

function dependabot(inv: Inventory): GenerateResult {
  if (inv.files.some((f) => /^\.github\/dependabot\.ya?ml$/.test(f))) return { ok: false, reason: '.github/dependabot.yml exists already.' };
  const ecosystems = ecosystemsOf(inv);
  if (ecosystems.length === 0) return { ok: false, reason: 'No package manifest was found for Dependabot to update.' };
  const lines = ['# Generated by FactorGuard: weekly dependency updates as pull requests.', 'version: 2', 'updates:'];
  for (const e of ecosystems) {
    for (const dir of e.directories) {
      lines.push(`  - package-ecosystem: ${e.dependabot}`, `    directory: "${dir}"`, '    schedule:', '      interval: weekly', '    open-pull-requests-limit: 5');
    }
  }
  return {
    ok: true,
    change: {
      generator: 'dependabot',
      title: 'Create .github/dependabot.yml',
      create: [{ path: '.github/dependabot.yml', content: `${lines.join('\n')}\n` }],
      append: [],
      summary: `Created .github/dependabot.yml for ${ecosystems.map((e) => e.dependabot).join(', ')}.`,
    },
  };
}

const POSTMORTEM = `# Post-mortem: <title>

<!-- Blameless: describe what the system and the process allowed, not who did what.
     People acted in good faith on the information they had at the time. -->

- **Date of the incident:** YYYY-MM-DD
- **Authors:**
- **Status:** draft | in review | final
- **Severity:**

## Summary

Two or three sentences: what happened, for how long, and who was affected.

## Impact

Users, requests or data affected; duration; revenue or SLO budget spent.

## Timeline

All times in UTC.

| Time | What happened |
|---|---|
| HH:MM | First signal (alert, customer report…) |
| HH:MM | Response started |
| HH:MM | Mitigated |
| HH:MM | Resolved |

## Detection

How did we find out? How long did it take, and what would have told us sooner?

## Contributing factors

The conditions that together made the incident possible (technical, process, organisational). There is rarely a
single root cause.

## How did the system allow this?

Which safeguards were missing, bypassed or did not fire, and why did doing the risky thing look reasonable at the
time?

## What went well

## Where we got lucky

## Action items

| Action | Type (prevent / detect / mitigate) | Owner | Due |
|---|---|---|---|
|  |  |  |  |

## Follow-up

Link the tickets and, once done, the changes that closed them.
`;

function postmortemTemplate(inv: Inventory): GenerateResult {
  if (inv.files.some((f) => f.toLowerCase() === 'docs/postmortems/template.md')) return { ok: false, reason: 'docs/postmortems/TEMPLATE.md exists already.' };
  return {
    ok: true,
    change: {
      generator: 'postmortemTemplate',
      title: 'Create docs/postmortems/TEMPLATE.md',
      create: [{ path: 'docs/postmortems/TEMPLATE.md', content: POSTMORTEM }],
      append: [],
      summary: 'Created docs/postmortems/TEMPLATE.md, a blameless post-mortem template.',
    },
  };
}

function codeowners(inv: Inventory): GenerateResult {
  if (inv.files.some((f) => /^(\.github\/|\.gitlab\/|docs\/)?codeowners$/i.test(f))) return { ok: false, reason: 'A CODEOWNERS file exists already.' };
  const top = [...new Set(inv.files.filter((f) => f.includes('/') && !f.startsWith('.')).map((f) => f.slice(0, f.indexOf('/'))))].sort().slice(0, 12);
  const lines = [
    '# Generated by FactorGuard. Each line: a path pattern, then the owners (@user, @org/team or an email).',
    '# The last matching pattern wins. Replace the placeholders; GitHub requests reviews from the owners.',
    '',
    '*                 @your-org/your-team',
    ...top.map((dir) => `/${dir}/`.padEnd(18) + ' @your-org/your-team'),
    '/.github/         @your-org/your-team',
    '',
  ];
  return {
    ok: true,
    change: {
      generator: 'codeowners',
      title: 'Create .github/CODEOWNERS',
      create: [{ path: '.github/CODEOWNERS', content: lines.join('\n') }],
      append: [],
      summary: 'Created .github/CODEOWNERS with placeholder owners: replace @your-org/your-team with real teams.',
    },
  };
}

/** Plans one generator for the workspace; never writes anything. */
export async function generate(id: GeneratorId, inv: Inventory, facts: GeneratorFacts): Promise<GenerateResult> {
  switch (id) {
    case 'ciWorkflow':
      return ciWorkflow(inv);
    case 'preCommitHook':
      return preCommitHook(inv);
    case 'envExample':
      return envExample(inv, facts);
    case 'gitignoreEnv':
      return gitignoreEnv();
    case 'dependabot':
      return dependabot(inv);
    case 'postmortemTemplate':
      return postmortemTemplate(inv);
    case 'codeowners':
      return codeowners(inv);
  }
}

export const GENERATOR_IDS: readonly GeneratorId[] = ['ciWorkflow', 'preCommitHook', 'envExample', 'gitignoreEnv', 'dependabot', 'postmortemTemplate', 'codeowners'];
