import { ciFiles, ciTexts, SCANNERS, TEST_COMMANDS } from './ci';
import type { Inventory } from './inventory';
import type { ChecklistItem, GeneratorId, ItemFix, ItemStatus, Pillar } from './types';

/** What the detectors know beyond the files: computed by the caller (git runs only in trusted workspaces). */
export interface DetectorFacts {
  /** Env var names the code reads (static names), with where each is first read. */
  envReads: ReadonlyMap<string, { path: string; line: number }>;
  /** Keys of the root env template, or undefined when there is none. */
  envTemplate?: { path: string; keys: ReadonlySet<string> };
  /** Git state of the root `.env`: tracked, ignored by a rule, or neither; undefined without a repository. */
  dotenvGit?: 'tracked' | 'ignored' | 'untracked';
  /** Whether a `.env` at the root would be ignored, when the file does not exist. */
  dotenvWouldBeIgnored: boolean;
  /** Median changed lines per commit over the last 90 days, or why it is unknown. */
  batch: { median: number; commits: number } | { unknown: string };
  /** Threshold for `lean/small-batches`. */
  smallBatchLines: number;
  /** DORA could be computed, or why not. */
  dora: { deployments: number; level: string | null } | { unknown: string };
}

interface Definition {
  id: string;
  pillar: Pillar;
  title: string;
  why: string;
  fix?: ItemFix;
  detect(inv: Inventory, facts: DetectorFacts): Promise<Verdict> | Verdict;
}

interface Verdict {
  status: ItemStatus;
  evidence: string;
  evidencePath?: string;
  /** False: the item's fix does not apply to this outcome. */
  fixable?: boolean;
}

const fix = (generator: GeneratorId, title: string): ItemFix => ({ generator, title });

/**
 * Example apps, fixtures and tests are not the product: their manifests,
 * probes and env reads say nothing about how this workspace is run.
 */
export const NOT_PRODUCT =
  /(^|\/)(examples?|samples?|demos?|fixtures?|testdata|test|tests|spec|specs|__tests__|e2e|bench(marks?)?)\/|\.(test|spec|examples?|fixtures?|stories)\.[a-z]+$|_test\.(go|py)$|(^|\/)test_[^/]*\.py$/;

/** The first few paths, for evidence lines. */
function listed(paths: readonly string[], max = 3): string {
  return paths.length <= max ? paths.join(', ') : `${paths.slice(0, max).join(', ')} and ${paths.length - max} more`;
}

async function packageJson(inv: Inventory): Promise<Record<string, unknown> | undefined> {
  const text = await inv.read('package.json');
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export async function packageScripts(inv: Inventory): Promise<Record<string, string>> {
  const scripts = (await packageJson(inv))?.scripts;
  if (!scripts || typeof scripts !== 'object') return {};
  return Object.fromEntries(Object.entries(scripts as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

const README = /^readme(\.(md|markdown|rst|txt|adoc))?$/;

function readmePath(inv: Inventory): string | undefined {
  return inv.find(README)[0];
}

/** Code and config files worth searching for health endpoints and probes. */
const HEALTH_SOURCES = /\.(js|mjs|cjs|ts|tsx|py|go|java|kt|cs|rb|php|ya?ml|json|properties|xml|gradle|kts|toml)$|(^|\/)(dockerfile[^/]*|[^/]*\.dockerfile|gemfile|requirements[^/]*\.txt|go\.mod)$/;
const CODE = /\.(js|mjs|cjs|ts|tsx|py|go|java|kt|cs|rb|php)$/;
const MANIFEST = /(^|\/)(package\.json|pom\.xml|build\.gradle(\.kts)?|[^/]+\.csproj|gemfile|requirements[^/]*\.txt|pyproject\.toml|go\.mod|composer\.json)$/;
/** Each kind of evidence, and the files it counts in (a probe in a manifest, a route in code, a library in a dependency list). */
const HEALTH_EVIDENCE: [RegExp, RegExp, string][] = [
  [/\.ya?ml$/, /\b(liveness|readiness|startup)Probe\s*:/, 'a Kubernetes probe'],
  [/(^|\/)(dockerfile[^/]*|[^/]*\.dockerfile)$/, /^\s*HEALTHCHECK\s+(?!NONE)/im, 'a Dockerfile HEALTHCHECK'],
  [/(^|\/)(docker-)?compose[^/]*\.ya?ml$/, /^\s*healthcheck\s*:/m, 'a compose healthcheck'],
  [MANIFEST, /spring-boot-starter-actuator/, 'Spring Boot Actuator'],
  [/\.cs$/, /\b(MapHealthChecks|AddHealthChecks|UseHealthChecks)\s*[(<]/, 'ASP.NET Core health checks'],
  [MANIFEST, /@nestjs\/terminus|@godaddy\/terminus|express-healthcheck|fastify-healthcheck|lightship|django-health-check|flask-healthz|hellofresh\/health-go|heptiolabs\/healthcheck|health_check/, 'a health-check library'],
  [CODE, /["'`](\/(health|healthz|healthcheck|health-check|ready|readyz|readiness|live|livez|liveness|up|ping|status\/health)\/?)["'`]/, 'a health route'],
  [/(^|\/)routes\.rb$/, /rails\/health#show/, 'the Rails health route'],
];

const MAX_HEALTH_FILES = 5000;

export const DEFINITIONS: readonly Definition[] = [
  {
    id: 'automation/ci-pipeline',
    pillar: 'automation',
    title: 'A CI pipeline builds every change',
    why: 'A pipeline that runs on every push is where the rest of the automation lives: tests, scans and builds that no one has to remember to run.',
    fix: fix('ciWorkflow', 'Create a GitHub Actions workflow'),
    detect(inv) {
      const files = ciFiles(inv);
      return files.length > 0
        ? { status: 'pass', evidence: `CI config: ${listed(files)}`, evidencePath: files[0] }
        : { status: 'fail', evidence: 'No CI config found (GitHub Actions, GitLab CI, Azure Pipelines, Jenkins, CircleCI, Bitbucket Pipelines…).' };
    },
  },
  {
    id: 'automation/tests-in-ci',
    pillar: 'automation',
    title: 'CI runs the tests',
    why: 'Tests that only run on a developer\'s machine run when someone remembers. In CI they gate every change.',
    fix: fix('ciWorkflow', 'Create a workflow that runs the tests'),
    async detect(inv) {
      const texts = await ciTexts(inv);
      if (texts.length === 0) return { status: 'fail', evidence: 'No CI config, so no CI step runs the tests.' };
      for (const { path, text } of texts) {
        const m = TEST_COMMANDS.exec(text);
        if (m) return { status: 'pass', evidence: `${path} runs \`${m[0].trim()}\``, evidencePath: path.split(' → ').pop() };
      }
      const configs = texts.filter((t) => !t.path.includes(' → '));
      return { status: 'fail', evidence: `None of ${listed(configs.map((t) => t.path))} runs a test command.`, evidencePath: configs[0].path };
    },
  },
  {
    id: 'automation/secret-scan-in-ci',
    pillar: 'automation',
    title: 'CI scans for secrets and insecure code',
    why: 'A secret scan in the pipeline stops a leaked key at the pull request, before it reaches the default branch and every clone.',
    fix: fix('ciWorkflow', 'Create a workflow that runs factorguard scan'),
    async detect(inv) {
      const texts = await ciTexts(inv);
      if (texts.length === 0) return { status: 'fail', evidence: 'No CI config, so nothing scans changes for secrets.' };
      for (const { path, text } of texts) {
        const found = SCANNERS.find(([re]) => re.test(text));
        if (found) return { status: 'pass', evidence: `${path} runs ${found[1]}`, evidencePath: path.split(' → ').pop() };
      }
      const configs = texts.filter((t) => !t.path.includes(' → '));
      return { status: 'fail', evidence: `None of ${listed(configs.map((t) => t.path))} runs a secret or code scanner.`, evidencePath: configs[0].path };
    },
  },
  {
    id: 'automation/dependency-updates',
    pillar: 'automation',
    title: 'Dependency updates are automated',
    why: 'Dependabot or Renovate turns a quarterly upgrade slog into small, reviewed pull requests, and security fixes arrive without anyone watching advisories.',
    fix: fix('dependabot', 'Create a Dependabot config'),
    async detect(inv) {
      const files = inv.find(/^(\.github\/dependabot\.ya?ml|renovate\.json5?|\.github\/renovate\.json5?|\.gitlab\/renovate\.json5?|\.renovaterc(\.json5?)?)$/);
      if (files.length > 0) return { status: 'pass', evidence: `${files[0]} is configured`, evidencePath: files[0] };
      if ((await packageJson(inv))?.renovate !== undefined) return { status: 'pass', evidence: 'package.json has a "renovate" section', evidencePath: 'package.json' };
      return { status: 'fail', evidence: 'No Dependabot or Renovate config found.' };
    },
  },
  {
    id: 'automation/pre-commit-hooks',
    pillar: 'automation',
    title: 'Pre-commit hooks catch problems before they are committed',
    why: 'The earliest and cheapest place to stop a secret or a broken file is the developer\'s own commit.',
    fix: fix('preCommitHook', 'Create a pre-commit hook that runs factorguard scan --staged'),
    async detect(inv) {
      const files = inv.find(/^(\.pre-commit-config\.ya?ml|\.husky\/[^/]+|\.?lefthook\.ya?ml|lefthook-local\.ya?ml|\.githooks\/[^/]+|\.overcommit\.ya?ml)$/);
      if (files.length > 0) return { status: 'pass', evidence: `Hooks: ${listed(files)}`, evidencePath: files[0] };
      const pkg = await packageJson(inv);
      if (pkg && (pkg['simple-git-hooks'] !== undefined || pkg.husky !== undefined || pkg['lint-staged'] !== undefined)) {
        return { status: 'pass', evidence: 'package.json configures git hooks', evidencePath: 'package.json' };
      }
      return { status: 'fail', evidence: 'No pre-commit, husky, lefthook or .githooks config found.' };
    },
  },
  {
    id: 'automation/one-command-setup',
    pillar: 'automation',
    title: 'One command sets the project up',
    why: 'When setup is a single command, a new teammate is productive on day one, and the steps cannot drift from what the team really does.',
    async detect(inv) {
      const files = inv.find(/^(makefile|gnumakefile|taskfile(\.dist)?\.ya?ml|\.?justfile|\.devcontainer\/devcontainer\.json|\.devcontainer\.json|\.devcontainer\/[^/]+\/devcontainer\.json|bin\/setup|script\/(setup|bootstrap)|scripts\/(setup|bootstrap)[^/]*)$/);
      if (files.length > 0) return { status: 'pass', evidence: `Setup entry point: ${listed(files)}`, evidencePath: files[0] };
      const scripts = await packageScripts(inv);
      const setup = Object.keys(scripts).find((s) => /^(setup|bootstrap|init)(:|$)/.test(s));
      if (setup && scripts.test) return { status: 'pass', evidence: `package.json scripts "${setup}" and "test"`, evidencePath: 'package.json' };
      return { status: 'fail', evidence: 'No Makefile, Taskfile, justfile, devcontainer or setup script found.' };
    },
  },
  {
    id: 'automation/iac',
    pillar: 'automation',
    title: 'Infrastructure is code',
    why: 'Infrastructure described in files is reviewed, versioned and rebuilt the same way every time, instead of clicked together and forgotten.',
    async detect(inv) {
      const direct = inv.find(/(\.tf|\.tf\.json|\.bicep)$|(^|\/)(pulumi\.ya?ml|chart\.ya?ml|kustomization\.ya?ml|cdk\.json|serverless\.ya?ml|skaffold\.ya?ml|helmfile\.ya?ml)$/).filter((f) => !NOT_PRODUCT.test(f));
      if (direct.length > 0) return { status: 'pass', evidence: `Infrastructure code: ${listed(direct)}`, evidencePath: direct[0] };
      for (const file of inv.find(/\.(ya?ml|json|template)$/).filter((f) => !NOT_PRODUCT.test(f)).slice(0, 2000)) {
        if (/(^|\/)(\.github|node_modules)\//.test(file)) continue;
        const text = await inv.read(file);
        if (text === undefined) continue;
        if (/AWSTemplateFormatVersion/.test(text.slice(0, 4096))) return { status: 'pass', evidence: `CloudFormation template: ${file}`, evidencePath: file };
        if (/^apiVersion\s*:/m.test(text) && /^kind\s*:/m.test(text)) return { status: 'pass', evidence: `Kubernetes manifest: ${file}`, evidencePath: file };
      }
      return { status: 'fail', evidence: 'No Terraform, Pulumi, CloudFormation, Bicep, Helm or Kubernetes files found.' };
    },
  },
  {
    id: 'config/env-example',
    pillar: 'sharing',
    title: 'An env template documents every variable the code reads',
    why: 'Config in the environment is invisible. The template (.env.example) is the one list of what a deploy must set; a variable missing from it is found by the next failed deploy.',
    fix: fix('envExample', 'Create .env.example from the variables the code reads'),
    detect(_inv, facts) {
      const template = facts.envTemplate;
      const reads = [...facts.envReads.keys()];
      if (!template) {
        if (reads.length === 0) return { status: 'na', evidence: 'The code reads no environment variable by name, and there is no env template.' };
        return { status: 'fail', evidence: `No .env.example, while the code reads ${reads.length} variable${reads.length === 1 ? '' : 's'} (${listed(reads, 4)}).` };
      }
      const missing = reads.filter((name) => !template.keys.has(name));
      if (missing.length === 0) return { status: 'pass', evidence: `${template.path} lists all ${reads.length} variables the code reads.`, evidencePath: template.path };
      const first = facts.envReads.get(missing[0])!;
      return {
        status: 'fail',
        evidence: `${template.path} misses ${missing.length} variable${missing.length === 1 ? '' : 's'} the code reads: ${listed(missing, 4)} (first read in ${first.path}:${first.line + 1}).`,
        evidencePath: template.path,
        // The generator creates a template; adding keys to one is the rule's quick fix.
        fixable: false,
      };
    },
  },
  {
    id: 'config/env-gitignored',
    pillar: 'automation',
    title: '.env is ignored by git and not tracked',
    why: 'A .env file holds real values for one machine. Ignored by git, the next `git add .` cannot publish them.',
    fix: fix('gitignoreEnv', 'Add .env to .gitignore'),
    detect(inv, facts) {
      const exists = inv.files.includes('.env');
      if (facts.dotenvGit === 'tracked') return { status: 'fail', evidence: '.env is tracked by git: its values are in the history. Stop tracking it and rotate what it held.', evidencePath: '.env', fixable: false };
      if (exists && facts.dotenvGit === 'ignored') return { status: 'pass', evidence: '.env is ignored by git and not tracked.', evidencePath: '.gitignore' };
      if (!exists && facts.dotenvWouldBeIgnored) return { status: 'pass', evidence: '.gitignore ignores .env (no .env file yet).', evidencePath: '.gitignore' };
      return { status: 'fail', evidence: exists ? '.env exists and no .gitignore rule ignores it.' : 'No .gitignore rule ignores .env yet.' };
    },
  },
  {
    id: 'culture/codeowners',
    pillar: 'culture',
    title: 'Code has named owners',
    why: 'A CODEOWNERS file routes every change to people who know the code, so reviews are not left to whoever happens to notice.',
    fix: fix('codeowners', 'Create a CODEOWNERS skeleton'),
    detect(inv) {
      const files = inv.find(/^(\.github\/|\.gitlab\/|docs\/)?codeowners$/);
      return files.length > 0 ? { status: 'pass', evidence: `${files[0]} assigns owners`, evidencePath: files[0] } : { status: 'fail', evidence: 'No CODEOWNERS file (root, .github/, .gitlab/ or docs/).' };
    },
  },
  {
    id: 'culture/on-call',
    pillar: 'culture',
    title: 'The team that builds it runs it',
    why: 'When the people who write the code are also paged for it, operability is designed in rather than thrown over a wall.',
    detect: () => ({ status: 'manual', evidence: 'Only the team can tell: tick it when the team that builds the service is on call for it.' }),
  },
  {
    id: 'lean/small-batches',
    pillar: 'lean',
    title: 'Changes ship in small batches',
    why: 'Small commits are reviewed properly, fail in obvious ways and are easy to revert. Batch size is one of the strongest predictors of delivery performance.',
    detect(_inv, facts) {
      const batch = facts.batch;
      if ('unknown' in batch) return { status: 'na', evidence: batch.unknown };
      const verdict = batch.median < facts.smallBatchLines;
      return {
        status: verdict ? 'pass' : 'fail',
        evidence: `The median commit of the last 90 days changed ${batch.median} line${batch.median === 1 ? '' : 's'} (${batch.commits} commits; the threshold is ${facts.smallBatchLines}).`,
      };
    },
  },
  {
    id: 'lean/pr-template',
    pillar: 'lean',
    title: 'Pull requests follow a template',
    why: 'A short template makes every pull request say what changed, why, and how it was tested, so review starts from the same questions.',
    detect(inv) {
      const files = inv.find(/^(\.github\/|docs\/|\.gitlab\/)?(pull_request_template\.md|pull_request_template\/[^/]+\.md|merge_request_templates\/[^/]+\.md)$/);
      return files.length > 0 ? { status: 'pass', evidence: `${files[0]}`, evidencePath: files[0] } : { status: 'fail', evidence: 'No pull request template (.github/pull_request_template.md or similar).' };
    },
  },
  {
    id: 'measurement/dora',
    pillar: 'measurement',
    title: 'Delivery performance can be measured (DORA)',
    why: 'Deployment frequency, lead time, change failure rate and time to restore tell a team whether its changes to the process help. Tagging releases is enough to compute them.',
    detect(_inv, facts) {
      const dora = facts.dora;
      if ('unknown' in dora) return { status: /not a git repository|trusted/i.test(dora.unknown) ? 'na' : 'fail', evidence: dora.unknown };
      return { status: 'pass', evidence: `${dora.deployments} deployment${dora.deployments === 1 ? '' : 's'} in the window${dora.level ? `; level: ${dora.level}` : ''}.` };
    },
  },
  {
    id: 'measurement/health-endpoint',
    pillar: 'measurement',
    title: 'The service exposes a health check',
    why: 'A health or readiness endpoint lets the platform route traffic only to instances that work and restart the ones that do not, without a person watching.',
    async detect(inv) {
      const files = inv.find(HEALTH_SOURCES).filter((f) => !NOT_PRODUCT.test(f)).slice(0, MAX_HEALTH_FILES);
      for (const file of files) {
        const text = await inv.read(file);
        if (text === undefined) continue;
        const found = HEALTH_EVIDENCE.find(([files, re]) => files.test(file.toLowerCase()) && re.test(text));
        if (found) return { status: 'pass', evidence: `${file}: ${found[2]}`, evidencePath: file };
      }
      return { status: 'fail', evidence: 'No health route, probe or health-check library found.' };
    },
  },
  {
    id: 'sharing/readme-run-instructions',
    pillar: 'sharing',
    title: 'The README says how to install and run it',
    why: 'Written-down setup is shared knowledge: nobody has to ask the one person who remembers how the project starts.',
    async detect(inv) {
      const readme = readmePath(inv);
      if (!readme) return { status: 'fail', evidence: 'No README at the workspace root.' };
      const text = (await inv.read(readme)) ?? '';
      const install = /^(#{1,4}|\.\.|=+|[A-Za-z].*\n[=-]{3,})?.*\b(install(ation|ing)?|setup|set up|getting started|prerequisites|requirements|quick ?start|build(ing)?)\b/im.test(text);
      const run = /\b(run(ning)?|usage|start(ing)?|quick ?start|develop(ment)?|launch)\b/i.test(text);
      const command = /(^|\n)\s*(```|\$ |> )|\b(npm|yarn|pnpm|pip|poetry|go (run|build)|make|docker( compose)?|mvn|gradle|dotnet|bundle|rails|composer|php artisan|cargo)\b/.test(text);
      if (install && run && command) return { status: 'pass', evidence: `${readme} has install and run steps.`, evidencePath: readme };
      const lacking = [!install && 'install steps', !run && 'run steps', !command && 'commands to copy'].filter(Boolean).join(', ');
      return { status: 'fail', evidence: `${readme} lacks ${lacking}.`, evidencePath: readme };
    },
  },
  {
    id: 'sharing/postmortem-template',
    pillar: 'sharing',
    title: 'A blameless post-mortem template exists',
    why: 'A template that asks how the system allowed a failure, not who caused it, turns incidents into shared learning instead of blame.',
    fix: fix('postmortemTemplate', 'Create docs/postmortems/TEMPLATE.md'),
    detect(inv) {
      const files = inv.find(/(^|\/)(post-?mortems?|incidents?|incident-reviews?)\/[^/]*\.(md|rst|txt|adoc)$|(^|\/)[^/]*(post-?mortem|incident[-_ ]?review)[^/]*\.(md|rst|txt|adoc)$/);
      return files.length > 0 ? { status: 'pass', evidence: `${listed(files, 2)}`, evidencePath: files[0] } : { status: 'fail', evidence: 'No post-mortem or incident review template or folder found.' };
    },
  },
  {
    id: 'sharing/adr',
    pillar: 'sharing',
    title: 'Architecture decisions are recorded',
    why: 'Architecture decision records keep the "why" of a design next to the code, for the next person who wants to change it.',
    detect(inv) {
      const files = inv.find(/(^|\/)(adrs?|decisions|architecture[-_ ]decisions?|decision-records)\/[^/]+\.(md|rst|txt|adoc)$|^\.adr-dir$/);
      return files.length > 0 ? { status: 'pass', evidence: `${files.length} decision record${files.length === 1 ? '' : 's'}, e.g. ${files[0]}`, evidencePath: files[0] } : { status: 'fail', evidence: 'No docs/adr/ or docs/decisions/ folder with records found.' };
    },
  },
];

/** Runs every detector; one that throws is reported as `na` with the error, never fatal. */
export async function detectItems(inv: Inventory, facts: DetectorFacts): Promise<ChecklistItem[]> {
  const items: ChecklistItem[] = [];
  for (const def of DEFINITIONS) {
    let verdict: Verdict;
    try {
      verdict = await def.detect(inv, facts);
    } catch (error) {
      verdict = { status: 'na', evidence: `Could not be checked: ${error instanceof Error ? error.message : String(error)}` };
    }
    if (inv.truncated && verdict.status === 'fail') verdict = { ...verdict, evidence: `${verdict.evidence} (only the first ${inv.files.length} files were looked at)` };
    const item: ChecklistItem = { id: def.id, pillar: def.pillar, title: def.title, status: verdict.status, evidence: verdict.evidence, why: def.why };
    if (verdict.evidencePath) item.evidencePath = verdict.evidencePath;
    if (def.fix && verdict.status === 'fail' && verdict.fixable !== false) item.fix = def.fix;
    items.push(item);
  }
  return items;
}
