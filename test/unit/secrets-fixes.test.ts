import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withBase62Checksum } from '../../server/src/engine/secrets/checksum';
import { planMoveToEnv, type EnvFilesState } from '../../server/src/engine/fixes/moveToEnv';
import { applyEdits } from '../../server/src/engine/text';
import type { MoveToEnvFix } from '../../server/src/engine/types';
import { analyze } from './helpers';

// Assembled from parts so the repository holds no whole token.
const GITHUB = 'ghp' + '_' + withBase62Checksum('R7dKq2Vx9Lm4Tz8Wp3Nc6Hb1Fg5Js0');
const PASSWORD = 'Tr0ub4' + 'dor&3xq';

function state(overrides: Partial<EnvFilesState> = {}): EnvFilesState {
  return {
    env: { label: '.env', text: '' },
    example: { label: '.env.example', text: '' },
    gitignore: { label: '.gitignore', text: '.env\n' },
    envIgnored: true,
    envTracked: false,
    ...overrides,
  };
}

async function moveFix(file: string, code: string): Promise<MoveToEnvFix> {
  const result = await analyze(file, code);
  const finding = result.findings.find((f) => f.ruleId.startsWith('secrets/'));
  assert.ok(finding, `no secrets finding in ${file}: ${JSON.stringify(result)}`);
  const fix = finding.fixes.find((f): f is MoveToEnvFix => f.kind === 'moveToEnv');
  assert.ok(fix, `no move fix for ${finding.ruleId} in ${file}`);
  return fix;
}

async function moved(file: string, code: string, overrides: Partial<EnvFilesState> = {}): Promise<{ source: string; env?: string; title: string; notes: string[] }> {
  const fix = await moveFix(file, code);
  const plan = planMoveToEnv(fix, state(overrides))!;
  const source = applyEdits(code, plan.changes.find((c) => c.file === 'source')!.edits);
  const envChange = plan.changes.find((c) => c.file === 'env');
  return { source, env: envChange ? applyEdits('', envChange.edits) : undefined, title: plan.title, notes: plan.notes };
}

describe('secrets: Move to environment variable in every language', () => {
  const cases: [string, string, string][] = [
    ['app.ts', `const apiToken = "${GITHUB}";\n`, 'const apiToken = process.env.API_TOKEN;\n'],
    ['app.py', `import os\nAPI_TOKEN = "${GITHUB}"\n`, 'import os\nAPI_TOKEN = os.environ["API_TOKEN"]\n'],
    ['main.go', `package main\n\nvar apiToken = "${GITHUB}"\n`, 'package main\n\nimport "os"\n\nvar apiToken = os.Getenv("API_TOKEN")\n'],
    ['cmd.go', `package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nvar apiToken = "${GITHUB}"\n`, 'package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nvar apiToken = os.Getenv("API_TOKEN")\n'],
    ['App.java', `class App { String apiToken = "${GITHUB}"; }\n`, 'class App { String apiToken = System.getenv("API_TOKEN"); }\n'],
    ['App.cs', `class App { string apiToken = "${GITHUB}"; }\n`, 'class App { string apiToken = Environment.GetEnvironmentVariable("API_TOKEN"); }\n'],
    ['app.rb', `api_token = "${GITHUB}"\n`, 'api_token = ENV.fetch("API_TOKEN")\n'],
    ['app.php', `<?php\n$apiToken = '${GITHUB}';\n`, `<?php\n$apiToken = getenv('API_TOKEN');\n`],
    ['docker-compose.yml', `services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: "${PASSWORD}"\n`, 'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD is not set}"\n'],
    ['application.yml', `spring:\n  datasource:\n    password: ${PASSWORD}\n`, 'spring:\n  datasource:\n    password: "${PASSWORD}"\n'],
    ['application.properties', `spring.datasource.password=${PASSWORD}\n`, 'spring.datasource.password=${SPRING_DATASOURCE_PASSWORD}\n'],
  ];
  for (const [file, code, expected] of cases) {
    it(`${file}: the value moves to .env and the file reads the variable`, async () => {
      const result = await moved(file, code);
      assert.equal(result.source, expected);
      assert.ok(result.env?.includes('='), 'the value goes to .env');
      assert.ok(!result.title.includes(GITHUB) && !result.title.includes(PASSWORD));
    });
  }

  it('a workflow uses an Actions secret and writes no file', async () => {
    const code = `on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      DEPLOY_TOKEN: ${GITHUB}\n    steps:\n      - run: ./deploy.sh\n`;
    const fix = await moveFix('.github/workflows/deploy.yml', code);
    const plan = planMoveToEnv(fix, state())!;
    assert.equal(plan.title, 'Use the Actions secret DEPLOY_TOKEN');
    assert.deepEqual(plan.changes.map((c) => c.file), ['source']);
    assert.match(applyEdits(code, plan.changes[0]!.edits), /DEPLOY_TOKEN: \$\{\{ secrets\.DEPLOY_TOKEN \}\}/);
    assert.ok(plan.notes.some((n) => n.includes('gh secret set DEPLOY_TOKEN')));
  });

  it('a tracked file says the secret is in history and links to the provider rotation page', async () => {
    const result = await moved('app.ts', `const apiToken = "${GITHUB}";\n`, { sourceTracked: true, sourceLabel: 'src/app.ts' });
    assert.match(result.title, /in git history: rotate it/);
    assert.match(result.notes[0]!, /src\/app\.ts is tracked by git, so this secret is in the repository's history/);
    assert.match(result.notes[0]!, /https:\/\/docs\.github\.com\//);
  });

  it('an untracked file still recommends rotation', async () => {
    const result = await moved('app.ts', `const apiToken = "${GITHUB}";\n`);
    assert.ok(result.notes.some((n) => /rotate it/.test(n)));
    assert.doesNotMatch(result.title, /history/);
  });
});

describe('secrets: Move to environment variable in Dockerfiles and Kubernetes manifests', () => {
  it('a Dockerfile ENV secret leaves the image and the comment shows the build secret mount', async () => {
    const code = `FROM node:20\nENV API_TOKEN=${GITHUB}\nCMD ["node", "server.js"]\n`;
    const result = await moved('Dockerfile', code);
    assert.equal(
      result.source,
      'FROM node:20\n# API_TOKEN is not baked into the image: pass it at run time (docker run --env-file .env).\n' +
        '# For a build step: RUN --mount=type=secret,id=API_TOKEN,env=API_TOKEN <command>, built with: docker build --secret id=API_TOKEN,env=API_TOKEN .\n' +
        'CMD ["node", "server.js"]\n',
    );
    assert.match(result.env ?? '', /^API_TOKEN=/);
  });

  it('a Kubernetes env value becomes a secretKeyRef and the note creates the Secret', async () => {
    const code = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: api',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: api',
      '          image: acme/api:1.4.2',
      '          env:',
      '            - name: DB_PASSWORD',
      `              value: "${PASSWORD}"`,
      '',
    ].join('\n');
    const result = await moved('deployment.yaml', code);
    assert.ok(
      result.source.includes(
        '            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef:\n                  name: app-secrets\n                  key: DB_PASSWORD\n',
      ),
      result.source,
    );
    assert.ok(result.notes.some((n) => n.includes('kubectl create secret generic app-secrets --from-env-file=.env')));
  });
});
