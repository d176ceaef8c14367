import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { DEFINITIONS } from '../../server/src/checklist/detectors';
import { generate } from '../../server/src/checklist/generators';
import { Inventory } from '../../server/src/checklist/inventory';
import { buildChecklist, NO_GIT, scoreOf, type ChecklistGit } from '../../server/src/checklist/report';
import { readState, setTick, STATE_FILE, updateState } from '../../server/src/checklist/state';
import { suggestToil, toilBudget } from '../../server/src/checklist/toil';
import type { ChecklistItem, ChecklistReport, DoraReport } from '../../server/src/checklist/types';
import { run } from '../../server/src/cli/run';
import { engine, settings } from './helpers';
import { tempTree } from './tempTree';


function tree(files: Record<string, string | Buffer>): string {
  return tempTree('fg-checklist-', files);
}

const BATCH_UNKNOWN: ChecklistGit = NO_GIT;

function fakeGit(median: number, dora: DoraReport | { unknown: string }): ChecklistGit {
  return { dora: async () => dora, batch: async () => ({ median, commits: 42 }) };
}

async function checklist(root: string, git: ChecklistGit = BATCH_UNKNOWN): Promise<ChecklistReport> {
  return buildChecklist({ root, engine: engine(), settings: settings(), git, now: new Date('2026-06-15T12:00:00Z') });
}

function item(report: ChecklistReport, id: string): ChecklistItem {
  const found = report.items.find((i) => i.id === id);
  assert.ok(found, `no item ${id}`);
  return found;
}

/** A workspace with the practices in place. */
const GOOD: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'shop', scripts: { test: 'node --test', setup: 'npm ci', 'deploy:prod': 'scp -r dist deploy@web1:/srv/shop' } }),
  '.github/workflows/ci.yml': 'on: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm ci\n      - run: npm test\n      - uses: gitleaks/gitleaks-action@v2\n',
  '.github/dependabot.yml': 'version: 2\nupdates: []\n',
  '.husky/pre-commit': 'npx factorguard scan --staged\n',
  'Makefile': 'test:\n\tnpm test\n',
  'deploy/k8s/web.yaml': 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          readinessProbe:\n            httpGet: { path: /healthz, port: 8080 }\n',
  '.env.example': 'API_URL=\n',
  '.gitignore': '.env\nnode_modules/\n',
  'src/app.js': 'const api = process.env.API_URL;\nmodule.exports = api;\n',
  '.github/CODEOWNERS': '* @acme/shop\n',
  '.github/pull_request_template.md': '## What changed\n',
  'README.md': '# Shop\n\n## Installation\n\n```sh\nnpm ci\n```\n\n## Running\n\nnpm start\n\nTo release, ssh into web1 and restart the service by hand.\n',
  'docs/postmortems/TEMPLATE.md': '# Post-mortem\n',
  'docs/adr/0001-record-architecture-decisions.md': '# 1. Record decisions\n',
};

describe('checklist detectors', () => {
  it('pass on a workspace with the practices in place, with their evidence', async () => {
    const report = await checklist(tree(GOOD), fakeGit(40, { unknown: 'x' }));
    const failing = report.items.filter((i) => i.status === 'fail').map((i) => `${i.id}: ${i.evidence}`);
    // DORA is the only gap: the fake history has no deployment tag.
    assert.deepEqual(failing, ['measurement/dora: x']);
    assert.equal(item(report, 'automation/tests-in-ci').evidence, '.github/workflows/ci.yml runs `npm test`');
    assert.equal(item(report, 'automation/secret-scan-in-ci').evidence, '.github/workflows/ci.yml runs gitleaks');
    assert.equal(item(report, 'measurement/health-endpoint').evidence, 'deploy/k8s/web.yaml: a Kubernetes probe');
    assert.equal(item(report, 'config/env-example').evidence, '.env.example lists all 1 variables the code reads.');
    assert.equal(item(report, 'lean/small-batches').status, 'pass');
    assert.equal(item(report, 'culture/on-call').status, 'manual');
    assert.equal(report.items.length, DEFINITIONS.length);
    assert.ok(report.items.every((i) => !i.fix), 'no fix is offered for a passing item');
  });

  it('fail on an empty project, each with what is missing and a fix where a generator exists', async () => {
    const report = await checklist(tree({ 'src/app.py': 'import os\nDB = os.environ["DATABASE_URL"]\nKEY = os.getenv("GEO_KEY")\n', '.env': 'GEO_KEY=abc\n' }));
    const status = Object.fromEntries(report.items.map((i) => [i.id, i.status]));
    assert.deepEqual(status, {
      'automation/ci-pipeline': 'fail',
      'automation/tests-in-ci': 'fail',
      'automation/secret-scan-in-ci': 'fail',
      'automation/dependency-updates': 'fail',
      'automation/pre-commit-hooks': 'fail',
      'automation/one-command-setup': 'fail',
      'automation/iac': 'fail',
      'config/env-example': 'fail',
      'config/env-gitignored': 'fail',
      'culture/codeowners': 'fail',
      'culture/on-call': 'manual',
      'lean/small-batches': 'na',
      'lean/pr-template': 'fail',
      'measurement/dora': 'na',
      'measurement/health-endpoint': 'fail',
      'sharing/readme-run-instructions': 'fail',
      'sharing/postmortem-template': 'fail',
      'sharing/adr': 'fail',
    });
    assert.match(item(report, 'config/env-example').evidence, /^No \.env\.example, while the code reads 2 variables \(DATABASE_URL, GEO_KEY\)\.$/);
    assert.equal(item(report, 'config/env-example').fix?.generator, 'envExample');
    assert.equal(item(report, 'config/env-gitignored').evidence, '.env exists and no .gitignore rule ignores it.');
    assert.equal(item(report, 'automation/ci-pipeline').fix?.generator, 'ciWorkflow');
    assert.equal(item(report, 'sharing/adr').fix, undefined);
    assert.equal(item(report, 'lean/small-batches').evidence, 'Git history is read only in a trusted workspace.');
  });

  it('names what the env template misses, and why CI does not count', async () => {
    const root = tree({
      '.env.example': 'API_URL=\n',
      'src/a.ts': 'export const a = process.env.API_URL;\nexport const b = process.env.QUEUE_URL;\n',
      '.gitlab-ci.yml': 'build:\n  script:\n    - npm ci\n    - npm run build\n',
    });
    const report = await checklist(root, fakeGit(900, { unknown: 'x' }));
    assert.equal(item(report, 'config/env-example').evidence, '.env.example misses 1 variable the code reads: QUEUE_URL (first read in src/a.ts:2).');
    assert.equal(item(report, 'automation/tests-in-ci').evidence, 'None of .gitlab-ci.yml runs a test command.');
    assert.equal(item(report, 'automation/ci-pipeline').status, 'pass');
    assert.equal(item(report, 'lean/small-batches').status, 'fail');
    assert.match(item(report, 'lean/small-batches').evidence, /changed 900 lines \(42 commits; the threshold is 200\)/);
  });

  it('recognises the other CI systems, scanners and test runners', async () => {
    const cases: [Record<string, string>, string, string][] = [
      [{ Jenkinsfile: "sh 'mvn -B verify'\nsh 'trivy fs --scanners secret .'\n" }, 'Jenkinsfile runs `mvn -B verify`', 'Jenkinsfile runs Trivy'],
      [{ 'azure-pipelines.yml': 'steps:\n- script: dotnet test\n- task: SnykSecurityScan@1\n' }, 'azure-pipelines.yml runs `dotnet test`', 'azure-pipelines.yml runs Snyk'],
      [{ '.circleci/config.yml': 'jobs:\n  t:\n    steps:\n      - run: bundle exec rspec\n      - run: semgrep ci\n' }, '.circleci/config.yml runs `bundle exec rspec`', '.circleci/config.yml runs Semgrep'],
      [{ 'bitbucket-pipelines.yml': 'pipelines:\n  default:\n    - step:\n        script:\n          - go test ./...\n          - npx factorguard scan\n' }, 'bitbucket-pipelines.yml runs `go test`', 'bitbucket-pipelines.yml runs FactorGuard'],
    ];
    for (const [files, tests, scan] of cases) {
      const report = await checklist(tree(files));
      assert.equal(item(report, 'automation/tests-in-ci').evidence, tests);
      assert.equal(item(report, 'automation/secret-scan-in-ci').evidence, scan);
    }
  });

  it('follows the local scripts CI steps run, and ignores commented-out commands', async () => {
    const report = await checklist(tree({
      '.github/workflows/ci.yml': 'jobs:\n  t:\n    steps:\n      # - run: npm test (disabled)\n      - run: bash .ci/run\n      - run: ./scripts/scan.sh\n',
      '.ci/run': '#!/usr/bin/env bash\nset -e\nnpm ci\nnpm test\n',
      'scripts/scan.sh': '#!/bin/sh\n# gitleaks used to run here\ntrufflehog filesystem .\n',
    }));
    assert.equal(item(report, 'automation/tests-in-ci').evidence, '.github/workflows/ci.yml → .ci/run runs `npm test`');
    assert.equal(item(report, 'automation/tests-in-ci').evidencePath, '.ci/run');
    assert.equal(item(report, 'automation/secret-scan-in-ci').evidence, '.github/workflows/ci.yml → scripts/scan.sh runs TruffleHog');
    const commented = await checklist(tree({ '.github/workflows/ci.yml': 'jobs:\n  t:\n    steps:\n      # - run: npm test\n      - run: npm run build\n' }));
    assert.equal(item(commented, 'automation/tests-in-ci').status, 'fail');
  });

  it('reports a .env that git tracks, and an ignore rule without a .env', async () => {
    const ignored = await checklist(tree({ '.gitignore': '.env*\n!.env.example\n' }));
    assert.equal(item(ignored, 'config/env-gitignored').evidence, '.gitignore ignores .env (no .env file yet).');
  });
});

describe('checklist scores', () => {
  const base = { title: 't', evidence: 'e', why: 'w' };
  it('count passes and ticked manual items over the applicable items, per pillar', () => {
    const items: ChecklistItem[] = [
      { ...base, id: 'a', pillar: 'automation', status: 'pass' },
      { ...base, id: 'b', pillar: 'automation', status: 'fail' },
      { ...base, id: 'c', pillar: 'automation', status: 'na' },
      { ...base, id: 'd', pillar: 'culture', status: 'manual', manual: { checked: true } },
      { ...base, id: 'e', pillar: 'culture', status: 'manual' },
      { ...base, id: 'f', pillar: 'lean', status: 'na' },
    ];
    // automation 1/2, culture 1/2, lean nothing applicable, overall 2/4.
    assert.deepEqual(scoreOf(items), { culture: 0.5, automation: 0.5, lean: null, measurement: null, sharing: null, overall: 0.5 });
  });
});

describe('checklist state file', () => {
  const now = new Date('2026-06-15T12:00:00Z');

  it('round-trips ticks, notes and the toil log, and shows them in the report', async () => {
    const root = tree({});
    assert.deepEqual(await updateState(root, setTick('culture/on-call', true, 'Platform team is on call', now), now), { ok: true });
    assert.deepEqual(await updateState(root, (s) => s.toil.push({ id: 't1', task: 'Restart the queue', minutesEach: 30, timesPerWeek: 4, automatable: true }), now), { ok: true });
    const read = await readState(root);
    assert.equal(read.kind, 'ok');
    assert.deepEqual(read.state.items['culture/on-call'], { checked: true, note: 'Platform team is on call', updated: now.toISOString() });
    // Unticking keeps the note.
    await updateState(root, setTick('culture/on-call', false, undefined, now), now);
    assert.equal((await readState(root)).state.items['culture/on-call'].note, 'Platform team is on call');
    await updateState(root, setTick('culture/on-call', true, undefined, now), now);
    const report = await checklist(root);
    assert.deepEqual(item(report, 'culture/on-call').manual, { checked: true, note: 'Platform team is on call', updated: now.toISOString() });
    assert.equal(report.toil.hoursPerWeek, 2);
    // The file is plain, readable JSON with a final newline, and no temporary file is left behind.
    const text = readFileSync(path.join(root, STATE_FILE), 'utf8');
    assert.ok(text.endsWith('}\n') && text.includes('\n  "items": {'));
    assert.deepEqual(readdirSync(path.join(root, '.factorguard')), ['checklist.json']);
  });

  it('reports a corrupt file, shows nothing from it, and keeps it as a backup on the next write', async () => {
    const root = tree({ [STATE_FILE]: '{"version": 1, "items": {"culture/on-call": {"checked": tru' });
    const read = await readState(root);
    assert.equal(read.kind, 'corrupt');
    assert.match(read.kind === 'corrupt' ? read.problem : '', /^\.factorguard\/checklist\.json is not valid JSON at line 1, column \d+$/);
    const report = await checklist(root);
    assert.match(report.notes[0], /not valid JSON.*not shown until it is fixed; the next change keeps it as a backup/);
    const write = await updateState(root, setTick('culture/on-call', true, undefined, now), now);
    assert.ok(write.ok && write.backup);
    assert.equal(readFileSync(path.join(root, write.backup), 'utf8'), '{"version": 1, "items": {"culture/on-call": {"checked": tru');
    assert.equal((await readState(root)).kind, 'ok');
  });

  it('rejects a valid JSON file of the wrong shape with the path of the problem', async () => {
    const root = tree({ [STATE_FILE]: JSON.stringify({ version: 1, items: {}, toil: [{ task: 'x', minutesEach: -1, timesPerWeek: 1, automatable: true }] }) });
    const read = await readState(root);
    assert.equal(read.kind === 'corrupt' && read.problem, '.factorguard/checklist.json: "toil[0].minutesEach" is not a number of 0 or more');
  });

  it('fails clearly and loses nothing when the folder cannot be written', async () => {
    // `.factorguard` is a file: the state folder cannot be created, whoever runs the test.
    const root = tree({ '.factorguard': 'not a folder' });
    const write = await updateState(root, setTick('culture/on-call', true, undefined, now), now);
    assert.equal(write.ok, false);
    assert.match(!write.ok ? write.error : '', /^\.factorguard\/checklist\.json could not be (read|written) \(/);
    assert.equal(readFileSync(path.join(root, '.factorguard'), 'utf8'), 'not a folder');
  });

  it('fails clearly on a read-only workspace', { skip: process.getuid?.() === 0 ? 'root ignores file permissions' : false }, async () => {
    const root = tree({ [STATE_FILE]: JSON.stringify({ version: 1, items: {}, toil: [] }) });
    chmodSync(path.join(root, '.factorguard'), 0o555);
    const write = await updateState(root, setTick('culture/on-call', true, undefined, now), now);
    chmodSync(path.join(root, '.factorguard'), 0o755);
    assert.equal(write.ok, false);
    assert.match(!write.ok ? write.error : '', /permission denied.*unchanged/);
  });
});

describe('toil', () => {
  it('sums hours per week and warns above half of the team time', () => {
    const entries = [
      { id: 'a', task: 'Rotate certificates', minutesEach: 90, timesPerWeek: 2, automatable: true },
      { id: 'b', task: 'Answer access requests', minutesEach: 15, timesPerWeek: 40, automatable: false },
    ];
    // 3 h + 10 h = 13 h of 20 h: 65%, over budget; 3 h automatable.
    assert.deepEqual(toilBudget(entries, 20), { entries, hoursPerWeek: 13, automatableHoursPerWeek: 3, teamHoursPerWeek: 20, share: 0.65, overBudget: true, suggestions: [] });
    assert.equal(toilBudget(entries, 200).overBudget, false);
  });

  it('suggests toil from docs and from chores no CI step runs', async () => {
    const inv = Inventory.fromList(tree(GOOD), Object.keys(GOOD));
    const suggestions = await suggestToil(inv, []);
    assert.deepEqual(
      suggestions.map((s) => s.evidence),
      ['README.md:13 says "ssh into"', 'package.json script "deploy:prod" is not run by any CI step'],
    );
    assert.equal(suggestions[0].task, 'To release, ssh into web1 and restart the service by hand.');
    // Logged already: not suggested again.
    assert.equal((await suggestToil(inv, [{ id: 'x', task: 'deploy:prod', minutesEach: 5, timesPerWeek: 1, automatable: true }])).length, 1);
  });
});

describe('toil suggestions from scripts', () => {
  it('leave out scripts CI runs through other scripts, the development loop, and quoted phrases', async () => {
    const root = tree({
      'package.json': JSON.stringify({ scripts: { test: 'npm run lint && npm run unit', lint: 'eslint .', unit: 'node --test', dev: 'vite', 'build:watch': 'tsc -w', 'db:seed': 'node seed.js', release: 'np' } }),
      '.github/workflows/ci.yml': 'jobs:\n  t:\n    steps:\n      - run: npm test\n',
      'RUNBOOK.md': 'FactorGuard suggests lines that say `ssh into` as toil.\nEvery Friday, copy the export to the prod server.\n',
    });
    const suggestions = await suggestToil(await Inventory.of(root), []);
    assert.deepEqual(suggestions.map((s) => s.evidence), [
      'RUNBOOK.md:2 says "copy … to the server"',
      'package.json script "db:seed" is not run by any CI step',
      'package.json script "release" is not run by any CI step',
    ]);
  });
});

describe('checklist generators', () => {
  it('plan a CI workflow with the tests and a SARIF scan, never over an existing file', async () => {
    const root = tree({ 'package.json': JSON.stringify({ scripts: { test: 'jest' } }), 'package-lock.json': '{}' });
    const inv = await Inventory.of(root);
    const result = await generate('ciWorkflow', inv, { envReads: new Map() });
    assert.ok(result.ok);
    const [file] = result.change.create;
    assert.equal(file.path, '.github/workflows/ci.yml');
    assert.match(file.content, /- run: npm ci\n {6}- run: npm test\n/);
    assert.match(file.content, /factorguard scan --format sarif --output factorguard\.sarif/);
    assert.match(file.content, /github\/codeql-action\/upload-sarif@v3/);
    const taken = Inventory.fromList(root, ['.github/workflows/ci.yml']);
    const second = await generate('ciWorkflow', taken, { envReads: new Map() });
    assert.ok(second.ok && second.change.create[0].path === '.github/workflows/factorguard.yml');
  });

  it('plan .env.example from the reads, Dependabot per ecosystem, and the templates', async () => {
    const root = tree({ 'go.mod': 'module x\n', 'web/package.json': '{}', Dockerfile: 'FROM scratch\n', '.github/workflows/ci.yml': 'on: push\n' });
    const inv = await Inventory.of(root);
    const env = await generate('envExample', inv, { envReads: new Map([['QUEUE_URL', { path: 'main.go', line: 3 }], ['API_URL', { path: 'web/a.js', line: 0 }]]) });
    assert.ok(env.ok);
    assert.match(env.change.create[0].content, /# used in web\/a\.js\nAPI_URL=\n# used in main\.go\nQUEUE_URL=\n$/);
    const bot = await generate('dependabot', inv, { envReads: new Map() });
    assert.ok(bot.ok);
    const ecosystems = [...bot.change.create[0].content.matchAll(/package-ecosystem: (\S+)\n {4}directory: "([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`);
    assert.deepEqual(ecosystems, ['npm /web', 'gomod /', 'docker /', 'github-actions /']);
    const pm = await generate('postmortemTemplate', inv, { envReads: new Map() });
    assert.ok(pm.ok);
    for (const heading of ['## Timeline', '## Impact', '## Contributing factors', '## How did the system allow this?', '## Action items']) assert.ok(pm.change.create[0].content.includes(heading), heading);
    assert.doesNotMatch(pm.change.create[0].content, /root cause:|who (caused|broke)/i);
    const ignore = await generate('gitignoreEnv', inv, { envReads: new Map() });
    assert.ok(ignore.ok && ignore.change.append[0].path === '.gitignore' && ignore.change.append[0].lines[0] === '.env');
    const noReads = await generate('envExample', inv, { envReads: new Map() });
    assert.deepEqual(noReads, { ok: false, reason: 'The code reads no environment variable by name.' });
  });
});

describe('factorguard checklist (CLI)', () => {
  function io(cwd: string) {
    const stdout: string[] = [];
    const stderr: string[] = [];
    return { stdout, stderr, io: { cwd, env: {}, stdout: { write: (s: string) => stdout.push(s) }, stderr: { write: (s: string) => stderr.push(s) } } };
  }

  it('prints the same report as JSON, Markdown and text', async () => {
    const root = tree(GOOD);
    const json = io(root);
    assert.equal(await run(['checklist', '--format', 'json', '--no-git'], json.io), 0);
    const report = JSON.parse(json.stdout.join(''));
    assert.equal(report.version, 1);
    assert.deepEqual(Object.keys(report.score), ['culture', 'automation', 'lean', 'measurement', 'sharing', 'overall']);
    assert.deepEqual(Object.keys(report.items[0]).slice(0, 5), ['id', 'pillar', 'title', 'status', 'evidence']);
    assert.equal(report.dora, null);
    assert.ok(report.score.overall > 0.8 && report.score.overall <= 1);
    const md = io(root);
    assert.equal(await run(['checklist', root, '-f', 'markdown', '--no-git'], md.io), 0);
    assert.match(md.stdout.join(''), /^## FactorGuard checklist: \d+%\n\n!\[FactorGuard checklist \d+%\]\(https:\/\/img\.shields\.io\/badge\/FactorGuard_checklist-\d+%25-\w+\)/);
    assert.match(md.stdout.join(''), /\| ✅ \| CI runs the tests \(`automation\/tests-in-ci`\) \| \.github\/workflows\/ci\.yml runs `npm test` \|/);
    const text = io(root);
    assert.equal(await run(['checklist', '--no-git'], text.io), 0);
    assert.match(text.stdout.join(''), /^FactorGuard checklist for .*: \d+%\n\nCulture \d+%\n {2}PASS {2}culture\/codeowners {2}Code has named owners\n/);
    assert.match(text.stdout.join(''), /\nToil: No toil logged yet \(team time: 40 h\/week\)\.\n {2}Possible toil: .*ssh into/);
  });

  it('rejects scan options, extra folders and missing folders with one line', async () => {
    for (const [args, message] of [
      [['checklist', '--staged'], '--staged is an option of the scan command'],
      [['checklist', 'a', 'b'], 'the checklist command takes one workspace folder'],
      [['checklist', 'missing-folder'], 'not a directory: missing-folder'],
      [['checklist', '-f', 'sarif'], "invalid value 'sarif' for --format: expected text, json, markdown"],
      [['scan', '--no-git'], '--no-git is an option of the checklist command'],
    ] as const) {
      const out = io(tree({}));
      assert.equal(await run([...args], out.io), 2, args.join(' '));
      assert.equal(out.stderr.join(''), `factorguard: ${message}\n`);
    }
  });

  it('writes the report with --output and leaves the workspace otherwise untouched', async () => {
    const root = tree({ 'README.md': '# x\n' });
    const out = io(root);
    assert.equal(await run(['checklist', '--no-git', '-f', 'json', '-o', 'report.json'], out.io), 0);
    assert.equal(JSON.parse(readFileSync(path.join(root, 'report.json'), 'utf8')).version, 1);
    assert.ok(!existsSync(path.join(root, '.factorguard')));
  });

  it('reads DORA and the batch size from the git history when git is allowed', async () => {
    const root = tree({ 'README.md': '# x\n' });
    const day = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
    const git = (when: string, ...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args], {
        cwd: root,
        env: { ...process.env, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when },
        stdio: 'ignore',
      });
    git(day(30), 'init', '-q');
    git(day(30), 'add', '.');
    git(day(30), 'commit', '-qm', 'init');
    for (const [n, tag] of [[20, 'v1.0.0'], [10, 'v1.1.0'], [2, 'v1.2.0']] as const) {
      writeFileSync(path.join(root, `f${n}.txt`), 'a\nb\n');
      git(day(n + 1), 'add', '.');
      git(day(n + 1), 'commit', '-qm', `feat: change ${n}`);
      git(day(n), 'tag', '-a', tag, '-m', tag);
    }
    const out = io(root);
    assert.equal(await run(['checklist', '-f', 'json'], out.io), 0);
    const report = JSON.parse(out.stdout.join(''));
    assert.equal(report.dora.deployments, 3);
    // Each tag came a day after its one commit; the first tag holds the whole history and gives no lead time.
    assert.equal(report.dora.leadTimeHours.median, 24);
    assert.equal(report.dora.changeFailureRate, 0);
    assert.equal(report.items.find((i: ChecklistItem) => i.id === 'measurement/dora').status, 'pass');
    const batch = report.items.find((i: ChecklistItem) => i.id === 'lean/small-batches');
    assert.equal(batch.status, 'pass');
    assert.match(batch.evidence, /changed 2 lines \(3 commits; the threshold is 200\)/);
    const text = io(root);
    await run(['checklist'], text.io);
    assert.match(text.stdout.join(''), /\nDORA: 3 deployments in 90 days \(0\.23\/week\); lead time median 24\.0 h; change failure rate 0%;/);
  });
});
