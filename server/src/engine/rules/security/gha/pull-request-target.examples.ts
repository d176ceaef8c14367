import type { RuleMeta } from '../../../types';

const prTarget = `name: Test fork PRs
on:
  pull_request_target:
    types: [opened, synchronize]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci && npm test
`;

const workflowRun = `name: Post-build
on:
  workflow_run:
    workflows: [CI]
    types: [completed]
jobs:
  report:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.workflow_run.head_sha }}
      - uses: ./.github/actions/report
`;

const ghCheckout = `on: pull_request_target
permissions:
  contents: read
  pull-requests: write
jobs:
  bench:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - env:
          GH_TOKEN: \${{ github.token }}
        run: |
          gh pr checkout \${{ github.event.pull_request.number }}
          make bench
`;

const labeler = `name: Labeler
on: pull_request_target
jobs:
  label:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/labeler@v5
`;

const artifactRun = `name: Deploy preview
on:
  workflow_run:
    workflows: [Build]
    types: [completed]
jobs:
  preview:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/download-artifact@v4
        with:
          name: site
          run-id: \${{ github.event.workflow_run.id }}
          github-token: \${{ github.token }}
      - run: npm ci && npm run deploy
`;

export const examples: RuleMeta['examples'] = {
  invalid: [
    { file: '.github/workflows/test-forks.yml', code: prTarget },
    { file: '.github/workflows/post-build.yml', code: workflowRun },
    { file: '.github/workflows/bench.yml', code: ghCheckout },
    { file: '.github/workflows/labeler.yml', code: labeler },
    { file: '.github/workflows/preview.yml', code: artifactRun },
  ],
  valid: [
    { file: '.github/workflows/test.yml', code: prTarget.replace('pull_request_target:', 'pull_request:') },
    {
      file: '.github/workflows/ci.yml',
      code: `on:
  push:
    branches: [main]
  pull_request:
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.pull_request.head.sha || github.sha }}
      - run: make
`,
    },
    {
      file: '.github/workflows/docs.yml',
      code: `# Runs on pull_request_target? No: this workflow only builds main.
on: push
jobs:
  docs:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: echo "workflow_run events are handled elsewhere"
`,
    },
  ],
};
