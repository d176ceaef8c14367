import type { RuleMeta } from '../../../types';

const prTitleCheck = `name: PR title
on:
  pull_request_target:
    types: [opened, edited]
permissions:
  pull-requests: read
jobs:
  lint-title:
    runs-on: ubuntu-latest
    steps:
      - name: Check conventional commit title
        run: |
          echo "Checking title"
          if [[ ! "\${{ github.event.pull_request.title }}" =~ ^(feat|fix|docs|chore)(\\(.+\\))?: ]]; then
            echo "::error::Title must follow Conventional Commits"
            exit 1
          fi
`;

const issueTriage = `name: Triage
on:
  issues:
    types: [opened]
jobs:
  label:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/github-script@v7
        with:
          script: |
            const body = \`\${{ github.event.issue.body }}\`;
            if (body.includes('crash')) {
              await github.rest.issues.addLabels({ ...context.repo, issue_number: context.issue.number, labels: ['bug'] });
            }
`;

const branchDeploy = `name: Preview
on: pull_request
jobs:
  preview:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: git checkout \${{ github.head_ref }} && ./scripts/preview.sh
`;

const compositeAction = `name: Publish
description: Tags and publishes a release
inputs:
  tag:
    description: Release tag
    required: true
runs:
  using: composite
  steps:
    - shell: bash
      run: |
        git tag "\${{ inputs.tag }}"
        git push origin "\${{ inputs.tag }}"
`;

const commentCommand = `on:
  issue_comment:
    types: [created]
jobs:
  command:
    if: startsWith(github.event.comment.body, '/deploy')
    runs-on: ubuntu-latest
    steps:
      - id: parse
        run: echo "args=\${{ github.event.comment.body }}" >> "$GITHUB_OUTPUT"
      - run: ./deploy.sh \${{ steps.parse.outputs.args }}
`;

export const examples: RuleMeta['examples'] = {
  invalid: [
    { file: '.github/workflows/pr-title.yml', code: prTitleCheck },
    { file: '.github/workflows/triage.yml', code: issueTriage },
    { file: '.github/workflows/preview.yaml', code: branchDeploy },
    { file: 'action.yml', code: compositeAction },
    { file: '.github/workflows/chatops.yml', code: commentCommand },
    {
      file: '.github/workflows/debug.yml',
      code: "on: workflow_run\njobs:\n  dump:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo '${{ toJSON(github.event) }}'\n",
    },
  ],
  valid: [
    {
      file: '.github/workflows/pr-title.yml',
      code: prTitleCheck.replace('run: |', 'env:\n          PR_TITLE: ${{ github.event.pull_request.title }}\n        run: |').replace('"${{ github.event.pull_request.title }}"', '"$PR_TITLE"'),
    },
    {
      file: '.github/workflows/triage.yml',
      code: issueTriage.replace('`${{ github.event.issue.body }}`', 'context.payload.issue.body'),
    },
    {
      file: '.github/workflows/ci.yml',
      code: `on: [push, pull_request]
jobs:
  test:
    if: github.event.pull_request.head.repo.full_name == github.repository
    runs-on: \${{ matrix.os }}
    strategy:
      matrix:
        os: [ubuntu-latest, macos-latest]
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: |
          echo "Testing PR #\${{ github.event.pull_request.number }} at \${{ github.sha }} (run \${{ github.run_id }})"
          npm ci && npm test -- --os=\${{ matrix.os }} --region=\${{ vars.REGION }} --token-present=\${{ secrets.NPM_TOKEN != '' }}
`,
    },
    {
      file: '.github/workflows/release.yml',
      code: `on:
  workflow_dispatch:
    inputs:
      dry-run:
        type: boolean
      channel:
        type: choice
        options: [stable, beta]
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - id: version
        run: echo "version=$(jq -r .version package.json)" >> "$GITHUB_OUTPUT"
      - run: ./release.sh --dry-run=\${{ inputs.dry-run }} --channel=\${{ github.event.inputs.channel }} --version=\${{ steps.version.outputs.version }}
      - if: contains(github.event.head_commit.message, '[skip docs]')
        run: echo "skipping docs"
`,
    },
    {
      file: '.github/workflows/greet.yml',
      code: `on: issues
jobs:
  greet:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/github-script@v7
        with:
          script: |
            const issue = \${{ toJSON(github.event.issue) }};
            console.log(issue.title.length);
`,
    },
  ],
};
