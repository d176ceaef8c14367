import type { RuleMeta } from '../../../types';

const deploy = `name: Deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      DEPLOY_TOKEN: \${{ secrets.DEPLOY_TOKEN }}
    steps:
      - uses: actions/checkout@v4
      - name: Deploy
        run: |
          echo "Deploying with token $DEPLOY_TOKEN"
          ./scripts/deploy.sh
`;

const npmPublish = `on:
  release:
    types: [published]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - name: Debug auth
        env:
          NPM_TOKEN: \${{ secrets.NPM_TOKEN }}
        run: echo "$NPM_TOKEN" | base64
`;

const loginCli = `on: workflow_dispatch
jobs:
  login:
    runs-on: ubuntu-latest
    steps:
      - run: ./cli login --password "\${{ secrets.CLI_PASSWORD }}"
`;

const outputs = `on: push
jobs:
  token:
    runs-on: ubuntu-latest
    outputs:
      token: \${{ steps.mint.outputs.token }}
    steps:
      - id: mint
        env:
          APP_KEY: \${{ secrets.APP_PRIVATE_KEY }}
        run: |
          set -x
          token=$(./mint-token.sh)
          echo "token=$APP_KEY" >> "$GITHUB_OUTPUT"
          echo "Key starts with \${APP_KEY:0:4}"
`;

const structured = `on: push
jobs:
  db:
    runs-on: ubuntu-latest
    steps:
      - env:
          PASSWORD: \${{ fromJSON(secrets.DB).password }}
          ALL: \${{ toJSON(secrets) }}
        run: ./migrate.sh
  call:
    uses: acme/shared/.github/workflows/release.yml@v2
    secrets: inherit
`;

const dumps = `on: push
jobs:
  release:
    runs-on: ubuntu-latest
    env:
      NPM_TOKEN: \${{ secrets.NPM_TOKEN }}
    steps:
      - uses: docker/login-action@v3
        with:
          registry: ghcr.io
          username: \${{ github.actor }}
          password: \${{ secrets.GITHUB_TOKEN }}
      - name: Debug
        run: |
          printenv
          cat ~/.docker/config.json
`;

const npmrc = `on: push
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - env:
          NPM_TOKEN: \${{ secrets.NPM_TOKEN }}
        run: |
          echo "//registry.npmjs.org/:_authToken=\${NPM_TOKEN}" > ~/.npmrc
          cat ~/.npmrc
          npm publish
`;

export const examples: RuleMeta['examples'] = {
  invalid: [
    { file: '.github/workflows/deploy.yml', code: deploy },
    { file: '.github/workflows/publish.yml', code: npmPublish },
    { file: '.github/workflows/login.yml', code: loginCli },
    { file: '.github/workflows/token.yml', code: outputs },
    { file: '.github/workflows/migrate.yml', code: structured },
    { file: '.github/workflows/release.yml', code: dumps },
    { file: '.github/workflows/npmrc.yml', code: npmrc },
  ],
  valid: [
    { file: '.github/workflows/deploy.yml', code: deploy.replace('echo "Deploying with token $DEPLOY_TOKEN"', 'echo "Deploying $GITHUB_SHA"') },
    {
      file: '.github/workflows/publish.yml',
      code: npmPublish.replace('run: echo "$NPM_TOKEN" | base64', 'run: |\n          echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > ~/.npmrc\n          echo "$NPM_TOKEN" | docker login ghcr.io -u acme --password-stdin\n          npm publish'),
    },
    {
      file: '.github/workflows/login.yml',
      code: `on: workflow_dispatch
jobs:
  login:
    runs-on: ubuntu-latest
    steps:
      - env:
          CLI_PASSWORD: \${{ secrets.CLI_PASSWORD }}
        run: |
          echo "::add-mask::$CLI_PASSWORD"
          ./cli login --password-stdin <<< "$CLI_PASSWORD"
          echo 'Logged in; $CLI_PASSWORD stays in the env'
      - uses: docker/login-action@v3
        with:
          registry: ghcr.io
          username: \${{ github.actor }}
          password: \${{ secrets.GITHUB_TOKEN }}
`,
    },
    {
      file: '.github/workflows/token.yml',
      code: `on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - env:
          TOKEN: \${{ secrets.API_TOKEN }}
        run: |
          AUTH=$(printf '%s' "user:$TOKEN" | base64)
          curl -fsS -H "Authorization: Basic $AUTH" https://api.acme.io/v1/ping
          echo "Token length: \${#TOKEN}" >&2
          echo "Build $GITHUB_RUN_ID" >> "$GITHUB_STEP_SUMMARY"
`,
    },
      { file: '.github/workflows/release.yml', code: dumps.replace('printenv', 'printenv | grep "^RUNNER_"').replace('cat ~/.docker/config.json', 'docker buildx ls') },
    { file: '.github/workflows/npmrc.yml', code: npmrc.replace('cat ~/.npmrc', 'npm whoami') },
    {
      file: '.github/workflows/debug.yml',
      code: `on: push
jobs:
  debug:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/setup-node@v4
        with:
          registry-url: https://registry.npmjs.org
      - run: |
          printenv
          cat "$NPM_CONFIG_USERCONFIG"
          env NODE_ENV=test npm test
`,
    },
  ],
};
