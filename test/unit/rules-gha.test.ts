import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { applyEdits } from '../../server/src/engine/text';
import type { Finding } from '../../server/src/engine/types';
import { analyze } from './helpers';

async function findings(rule: string, file: string, code: string): Promise<Finding[]> {
  return (await analyze(file, code)).findings.filter((f) => f.ruleId === `security/${rule}`);
}

/** Applies the first finding's first fix and checks the result still parses as YAML. */
async function fixed(rule: string, code: string, file = '.github/workflows/ci.yml'): Promise<{ text: string; doc: any; title: string }> {
  const [finding] = await findings(rule, file, code);
  assert.ok(finding, 'expected a finding');
  const fix = finding.fixes[0];
  assert.ok(fix && fix.kind === 'edit', 'expected an edit fix');
  const text = applyEdits(code, fix.edits);
  return { text, doc: parse(text), title: fix.title };
}

const head = 'on: pull_request_target\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n';

describe('security/gha-script-injection', () => {
  it('reports the expression at its own line and columns inside a block scalar', async () => {
    const code = head + '      - run: |\n          echo start\n          echo "${{ github.event.issue.title }}" # note\n';
    const [f] = await findings('gha-script-injection', '.github/workflows/ci.yml', code);
    assert.deepEqual(f.range, { start: { line: 7, character: 16 }, end: { line: 7, character: 47 } });
    assert.equal(f.severity, 'error');
  });

  it('creates env: before run: with the step indentation and quotes the variable', async () => {
    const code = head + '      - name: Greet\n        run: |\n          echo Hello ${{ github.event.issue.title }}\n          echo "${{ github.event.issue.title }}!"\n';
    const { text, doc } = await fixed('gha-script-injection', code);
    assert.equal(
      text,
      head + '      - name: Greet\n        env:\n          ISSUE_TITLE: ${{ github.event.issue.title }}\n        run: |\n          echo Hello "$ISSUE_TITLE"\n          echo "$ISSUE_TITLE!"\n',
    );
    assert.deepEqual(doc.jobs.build.steps[0].env, { ISSUE_TITLE: '${{ github.event.issue.title }}' });
    assert.equal(doc.jobs.build.steps[0].run, 'echo Hello "$ISSUE_TITLE"\necho "$ISSUE_TITLE!"\n');
  });

  it('appends env: after a run: on the dash line and replaces single-quoted text', async () => {
    const code = head + "      - run: git checkout '${{ github.head_ref }}'\n      - run: echo 'branch ${{ github.head_ref }}x'";
    const { text, doc } = await fixed('gha-script-injection', code);
    assert.equal(text, head + '      - run: git checkout "$HEAD_REF"\n        env:\n          HEAD_REF: ${{ github.head_ref }}\n' + "      - run: echo 'branch ${{ github.head_ref }}x'");
    assert.equal(doc.jobs.build.steps[0].env.HEAD_REF, '${{ github.head_ref }}');
    const second = (await findings('gha-script-injection', '.github/workflows/ci.yml', code))[1];
    assert.ok(second.fixes[0].kind === 'edit');
    assert.match(applyEdits(code, second.fixes[0].edits), /echo 'branch '"\$\{HEAD_REF\}"'x'/);
  });

  it('adds to an existing env without shadowing a name the step already sees', async () => {
    const code = 'on: issue_comment\nenv:\n  COMMENT_BODY: fixed\njobs:\n  c:\n    runs-on: ubuntu-latest\n    steps:\n      - env:\n          A: "1"\n        run: echo "${{ github.event.comment.body }}"\n';
    const { text, doc } = await fixed('gha-script-injection', code);
    assert.equal(doc.jobs.c.steps[0].env.COMMENT_BODY_2, '${{ github.event.comment.body }}');
    assert.match(text, /run: echo "\$COMMENT_BODY_2"\n$/);
  });

  it('reuses an env entry that already holds the expression', async () => {
    const code = head + '      - env:\n          TITLE: ${{ github.event.pull_request.title }}\n        run: echo "$TITLE" && echo ${{ github.event.pull_request.title }}\n';
    const { text, title } = await fixed('gha-script-injection', code);
    assert.equal(title, 'Pass ${{ github.event.pull_request.title }} through the env variable TITLE');
    assert.equal(text, code.replace('echo ${{ github.event.pull_request.title }}', 'echo "$TITLE"'));
  });

  it('escapes the replacement inside a double-quoted YAML scalar', async () => {
    const code = head + '      - run: "echo ${{ github.head_ref }}"\n';
    const { doc } = await fixed('gha-script-injection', code);
    assert.equal(doc.jobs.build.steps[0].run, 'echo "$HEAD_REF"');
  });

  it('uses $NAME in unquoted here-documents and offers no fix in quoted ones', async () => {
    const code = head + "      - run: |\n          cat <<EOF\n          ${{ github.event.pull_request.body }}\n          EOF\n          cat <<'EOF'\n          ${{ github.event.pull_request.title }}\n          EOF\n";
    const [body, title] = await findings('gha-script-injection', '.github/workflows/ci.yml', code);
    assert.ok(body.fixes[0].kind === 'edit');
    assert.match(applyEdits(code, body.fixes[0].edits), /cat <<EOF\n {10}\$PR_BODY\n/);
    assert.deepEqual(title.fixes, []);
  });

  it('reads process.env in github-script and offers no fix for pwsh', async () => {
    const code = head + "      - uses: actions/github-script@v7\n        with:\n          script: core.info('${{ github.event.pull_request.title }}')\n";
    const { doc } = await fixed('gha-script-injection', code);
    assert.equal(doc.jobs.build.steps[0].with.script, 'core.info(process.env.PR_TITLE)');
    const pwsh = head + '      - shell: pwsh\n        run: Write-Host "${{ github.head_ref }}"\n';
    assert.deepEqual((await findings('gha-script-injection', '.github/workflows/ci.yml', pwsh))[0].fixes, []);
  });

  it('follows env.X and tainted step outputs, and ignores trusted ones', async () => {
    const code =
      'on: issues\nenv:\n  T: ${{ github.event.issue.title }}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - id: v\n        run: echo "v=1.2" >> "$GITHUB_OUTPUT"\n      - id: t\n        uses: tj-actions/changed-files@v45\n      - run: echo ${{ env.T }} ${{ steps.v.outputs.v }} ${{ steps.t.outputs.all_changed_files }}\n';
    const found = await findings('gha-script-injection', '.github/workflows/ci.yml', code);
    assert.deepEqual(found.map((f) => [f.severity, f.range.start.character]), [['error', 18], ['warning', 56]]);
    assert.ok(found[0].fixes[0].kind === 'edit');
    assert.match(applyEdits(code, found[0].fixes[0].edits), /run: echo "\$T" \$\{\{ steps/);
  });
});

describe('security/gha-secret-exposure', () => {
  it('moves a direct secret expansion to the step env', async () => {
    const code = 'on: push\njobs:\n  p:\n    runs-on: ubuntu-latest\n    steps:\n      - name: Publish\n        with:\n          x: 1\n        run: npm publish --token ${{ secrets.NPM_TOKEN }}\n';
    const { text, doc } = await fixed('gha-secret-exposure', code);
    assert.equal(text, code.replace('        run: npm publish --token ${{ secrets.NPM_TOKEN }}', '        env:\n          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n        run: npm publish --token "$NPM_TOKEN"'));
    assert.equal(doc.jobs.p.steps[0].env.NPM_TOKEN, '${{ secrets.NPM_TOKEN }}');
  });

  it('reports prints, not consumers, and never repeats the value', async () => {
    const code = 'on: push\njobs:\n  p:\n    runs-on: ubuntu-latest\n    env:\n      T: ${{ secrets.T }}\n    steps:\n      - run: |\n          echo "$T" | docker login -u x --password-stdin\n          printf "%s" "$T"\n          echo "t=${T}" >> $GITHUB_ENV\n';
    const found = await findings('gha-secret-exposure', '.github/workflows/ci.yml', code);
    assert.deepEqual(found.map((f) => [f.severity, f.range.start.line]), [['error', 9], ['warning', 10]]);
  });
});

describe('security/gha-secret-exposure: dumps and credential files', () => {
  const job = (env: string, run: string, before = '') =>
    `on: push\njobs:\n  p:\n    runs-on: ubuntu-latest\n${env}    steps:\n${before}      - run: |\n${run.split('\n').map((l) => `          ${l}`).join('\n')}\n`;
  const secretEnv = '    env:\n      NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n';
  const lines = async (code: string) => {
    const found = await findings('gha-secret-exposure', '.github/workflows/ci.yml', code);
    return found.map((f) => [code.split('\n')[f.range.start.line].trim(), f.severity]);
  };

  it('reports unfiltered environment dumps only when a secret is in the step env', async () => {
    const run = 'printenv\nenv | sort\nset\nexport -p\ndeclare -px\nenv | grep "^NODE_"\nenv | grep -v PATH\nenv > env.txt\nenv FOO=1 ./run.sh\nset -euo pipefail\necho "printenv"';
    assert.deepEqual(await lines(job(secretEnv, run)), [
      ['printenv', 'warning'],
      ['env | sort', 'warning'],
      ['set', 'warning'],
      ['export -p', 'warning'],
      ['declare -px', 'warning'],
      ['env | grep -v PATH', 'warning'],
    ]);
    assert.deepEqual(await lines(job('', run)), []);
  });

  it('names the secrets, and treats printenv of one secret variable as printing it', async () => {
    const found = await findings('gha-secret-exposure', '.github/workflows/ci.yml', job(secretEnv, 'printenv NPM_TOKEN\nprintenv HOME'));
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'error');
    assert.match(found[0].message, /prints the secret NPM_TOKEN/);
    const [dump] = await findings('gha-secret-exposure', '.github/workflows/ci.yml', job(secretEnv, 'printenv'));
    assert.match(dump.message, /secrets included \(NPM_TOKEN\)/);
  });

  it('reports reading a file after a secret was written into it, in order and within the job', async () => {
    const write = 'echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > "$HOME/.npmrc"';
    assert.deepEqual(await lines(job(secretEnv, `cat ~/.npmrc\n${write}\ncat ~/.npmrc\ncat ~/.npmrc > copy`)), [['cat ~/.npmrc', 'warning']]);
    const [read] = await findings('gha-secret-exposure', '.github/workflows/ci.yml', job(secretEnv, `cat ~/.npmrc\n${write}\ncat ~/.npmrc`));
    assert.equal(read.range.start.line, 10);
    const otherJob = job(secretEnv, write) + '  q:\n    runs-on: ubuntu-latest\n    steps:\n      - run: cat ~/.npmrc\n';
    assert.deepEqual(await lines(otherJob), []);
  });

  it('treats $GITHUB_ENV as a file of its own step and Docker credentials as unmaskable', async () => {
    const tee = job(secretEnv, 'echo "T=$NPM_TOKEN" | tee -a "$GITHUB_ENV" > /dev/null\ncat "$GITHUB_ENV"');
    assert.deepEqual(await lines(tee), [
      ['echo "T=$NPM_TOKEN" | tee -a "$GITHUB_ENV" > /dev/null', 'warning'],
      ['cat "$GITHUB_ENV"', 'warning'],
    ]);
    const nextStep = tee.replace('\n          cat "$GITHUB_ENV"', '') + '      - run: cat "$GITHUB_ENV"\n';
    assert.equal((await lines(nextStep)).length, 1);
    const login = '      - uses: docker/login-action@v3\n        with:\n          registry: ghcr.io\n          username: ${{ github.actor }}\n          password: ${{ secrets.GITHUB_TOKEN }}\n';
    const [docker] = await findings('gha-secret-exposure', '.github/workflows/ci.yml', job('', 'cat ~/.docker/config.json', login));
    assert.equal(docker.severity, 'error');
    assert.match(docker.message, /base64-encoded/);
  });

  it('reports a secret piped to tee: it reaches the log as well as the file', async () => {
    assert.deepEqual(await lines(job(secretEnv, 'echo "$NPM_TOKEN" | tee token.txt\necho "$NPM_TOKEN" | tee token.txt > /dev/null')), [['echo "$NPM_TOKEN" | tee token.txt', 'error']]);
  });
});

describe('security/gha-pull-request-target', () => {
  const prt = 'on: pull_request_target\n\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n      - run: npm test';

  it('adds persist-credentials: false to the checkout, also at the end of a file', async () => {
    const [f] = await findings('gha-pull-request-target', '.github/workflows/t.yml', prt);
    assert.equal(f.severity, 'error');
    assert.deepEqual(f.related?.map((r) => r.range.start.line), [0, 9]);
    const fix = f.fixes.find((x) => x.kind === 'edit' && x.title.includes('persist-credentials'));
    assert.ok(fix && fix.kind === 'edit');
    const text = applyEdits(prt, fix.edits);
    assert.equal(text, prt.replace('head.sha }}\n', 'head.sha }}\n          persist-credentials: false\n'));
    assert.deepEqual(parse(text).jobs.t.steps[0].with, { ref: '${{ github.event.pull_request.head.sha }}', 'persist-credentials': false });
    const eof = 'on: pull_request_target\njobs:\n  t:\n    steps:\n      - run: npm test\n      - uses: ./local\n      - uses: actions/checkout@v4\n        with:\n          ref: refs/pull/${{ github.event.number }}/merge\n      - uses: ./local';
    const [g] = await findings('gha-pull-request-target', '.github/workflows/t.yml', eof);
    const gfix = g.fixes[0];
    assert.ok(gfix.kind === 'edit');
    assert.equal(parse(applyEdits(eof, gfix.edits)).jobs.t.steps[2].with['persist-credentials'], false);
  });

  it('adds a read-only permissions block before jobs:, keeping the blank line', async () => {
    const [f] = await findings('gha-pull-request-target', '.github/workflows/t.yml', prt);
    const fix = f.fixes.find((x) => x.kind === 'edit' && x.title.includes('permissions'));
    assert.ok(fix && fix.kind === 'edit');
    const text = applyEdits(prt, fix.edits);
    assert.ok(text.startsWith('on: pull_request_target\n\npermissions:\n  contents: read\n\njobs:\n'));
    assert.deepEqual(parse(text).permissions, { contents: 'read' });
  });

  it('lowers same-repository guards and base checkouts', async () => {
    const guarded = prt.replace('    runs-on:', '    if: github.event.pull_request.head.repo.full_name == github.repository\n    runs-on:');
    assert.deepEqual((await findings('gha-pull-request-target', '.github/workflows/t.yml', guarded)).map((f) => f.severity), ['info']);
    const base = prt.replace('        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n', '');
    const [trigger] = await findings('gha-pull-request-target', '.github/workflows/t.yml', base);
    assert.equal(trigger.severity, 'warning');
    assert.equal(trigger.range.start.line, 0);
    const restricted = 'permissions:\n  pull-requests: write\n' + base;
    assert.deepEqual((await findings('gha-pull-request-target', '.github/workflows/t.yml', restricted)).map((f) => [f.severity, f.fixes.length]), [['info', 0]]);
  });
});

describe('security/gha-pull-request-target: workflow_run artifacts', () => {
  const on = 'on:\n  workflow_run:\n    workflows: [Build]\n    types: [completed]\njobs:\n  j:\n    runs-on: ubuntu-latest\n';
  const download = (path = '') =>
    `      - uses: actions/download-artifact@v4\n        with:\n          name: pr\n${path}          run-id: \${{ github.event.workflow_run.id }}\n          github-token: \${{ github.token }}\n`;
  const summary = async (code: string) =>
    (await findings('gha-pull-request-target', '.github/workflows/wr.yml', code)).map((f) => [f.severity, /downloads the artifacts/.test(f.message) ? 'artifact' : 'trigger', f.range.start.line]);

  it('reports a build after extracting into the workspace, on the run-id, with the permissions fix', async () => {
    const code = `${on}    steps:\n${download()}      - run: make\n`;
    assert.deepEqual(await summary(code), [['error', 'artifact', 11]]);
    const [f] = await findings('gha-pull-request-target', '.github/workflows/wr.yml', code);
    assert.deepEqual(f.related?.map((r) => r.range.start.line), [1, 13]);
    assert.ok(f.fixes.some((x) => x.kind === 'edit' && x.title.includes('permissions')));
  });

  it('reports scripts run from the artifact folder, also after an unzip, but not reads of its data', async () => {
    assert.deepEqual((await summary(`${on}    steps:\n${download('          path: pr\n')}      - run: echo "$(cat pr/NR)"\n      - run: bash pr/post.sh\n`))[0].slice(0, 2), ['error', 'artifact']);
    const zip = `${on}    steps:\n      - run: |\n          gh api repos/\${{ github.repository }}/actions/runs/\${{ github.event.workflow_run.id }}/artifacts > list.json\n      - uses: actions/github-script@v7\n        with:\n          script: |\n            const d = await github.rest.actions.downloadArtifact({ owner, repo, artifact_id: id, archive_format: 'zip', run_id: context.payload.workflow_run.id });\n            require('fs').writeFileSync('pr.zip', Buffer.from(d.data));\n`;
    assert.deepEqual((await summary(`${zip}      - run: unzip pr.zip && ./build.sh\n`))[0].slice(0, 2), ['error', 'artifact']);
    assert.deepEqual((await summary(`${zip}      - run: unzip pr.zip -d /tmp/pr\n      - run: gh pr comment "$(cat /tmp/pr/NR)" --body done\n      - run: make\n`)).map((s) => s[1]), ['trigger']);
    assert.deepEqual((await summary(`${on}    steps:\n${download('          path: coverage\n')}      - run: npm ci && npx codecov -f coverage/lcov.info\n`)).map((s) => s[1]), ['trigger']);
  });

  it('runs the rest of a gh run download script, and lowers same-repository runs to information', async () => {
    const gh = `${on}    steps:\n      - run: |\n          gh run download \${{ github.event.workflow_run.id }} -n bundle -D bundle\n          ./bundle/install.sh\n`;
    assert.deepEqual((await summary(gh))[0].slice(0, 2), ['error', 'artifact']);
    const guarded = gh.replace('    runs-on: ubuntu-latest\n', "    runs-on: ubuntu-latest\n    if: github.event.workflow_run.head_repository.full_name == github.repository\n");
    assert.deepEqual((await summary(guarded))[0].slice(0, 2), ['info', 'artifact']);
  });
});
