import type { Flow } from './expression';

/**
 * Context values an outsider controls: text of issues, pull requests, comments,
 * reviews, discussions, commits and branch names. Ids, numbers, SHAs, logins and
 * repository names cannot carry shell syntax and are not listed.
 */
const ATTACKER_CONTROLLED: readonly string[] = [
  'github.head_ref',
  'github.event.issue.title',
  'github.event.issue.body',
  'github.event.pull_request.title',
  'github.event.pull_request.body',
  'github.event.pull_request.head.ref',
  'github.event.pull_request.head.label',
  'github.event.pull_request.head.repo.default_branch',
  'github.event.pull_request.head.repo.description',
  'github.event.pull_request.head.repo.homepage',
  'github.event.comment.body',
  'github.event.review.body',
  'github.event.review_comment.body',
  'github.event.discussion.title',
  'github.event.discussion.body',
  'github.event.pages.*.page_name',
  'github.event.head_commit.message',
  'github.event.head_commit.author.name',
  'github.event.head_commit.author.email',
  'github.event.head_commit.committer.name',
  'github.event.head_commit.committer.email',
  'github.event.commits.*.message',
  'github.event.commits.*.author.name',
  'github.event.commits.*.author.email',
  'github.event.commits.*.committer.name',
  'github.event.commits.*.committer.email',
  'github.event.workflow_run.head_branch',
  'github.event.workflow_run.display_title',
  'github.event.workflow_run.head_commit.message',
  'github.event.workflow_run.head_commit.author.name',
  'github.event.workflow_run.head_commit.author.email',
  'github.event.workflow_run.head_commit.committer.name',
  'github.event.workflow_run.head_commit.committer.email',
  'github.event.workflow_run.head_repository.description',
  'github.event.workflow_run.pull_requests.*.head.ref',
];

const PATTERNS = ATTACKER_CONTROLLED.map((p) => p.split('.'));

export type Taint =
  /** Outsiders write it. */
  | 'untrusted'
  /** A caller's input: a person with write access, or a calling workflow that may pass tainted text. */
  | 'input'
  /** A step's or job's output: tainted only if what produced it was. */
  | 'output'
  /** A workflow env variable, to be resolved by the caller. */
  | 'env';

function matches(path: string[], pattern: string[]): boolean {
  // A path that names an object holding attacker text (`github.event.pull_request`, `toJSON(github)`) counts too.
  if (path.length > pattern.length) return false;
  return path.every((segment, i) => pattern[i] === '*' || segment === '*' || segment === pattern[i]);
}

/** How far the value of a context path can be trusted in a script. */
export function taintOf(flow: Flow, inputTypes: Map<string, string>): Taint | undefined {
  const path = flow.path.map((s) => s.toLowerCase());
  const [root] = path;
  if (root === 'github') return PATTERNS.some((p) => matches(path, p)) ? 'untrusted' : path[1] === 'event' && path[2] === 'client_payload' ? 'input' : inputTaint(path.slice(2), path[1] === 'event' && path[2] === 'inputs', inputTypes);
  if (root === 'inputs') return inputTaint(path.slice(1), true, inputTypes);
  if ((root === 'steps' || root === 'needs') && path[2] === 'outputs' && path.length >= 3) return 'output';
  if (root === 'env' && path.length === 2) return 'env';
  return undefined;
}

/** Boolean, number and choice inputs are validated by GitHub and cannot carry shell syntax. */
function inputTaint(rest: string[], isInput: boolean, inputTypes: Map<string, string>): Taint | undefined {
  if (!isInput) return undefined;
  if (rest[0] === 'inputs') rest = rest.slice(1);
  const type = rest.length === 1 ? inputTypes.get(rest[0]) : undefined;
  return type && /^(boolean|number|choice|environment)$/.test(type) ? undefined : 'input';
}

/** Conventional env names for the usual attacker-controlled contexts. */
const NAMES: Record<string, string> = {
  'github.head_ref': 'HEAD_REF',
  'github.event.pull_request.head.ref': 'HEAD_REF',
  'github.event.pull_request.head.label': 'HEAD_LABEL',
  'github.event.pull_request.title': 'PR_TITLE',
  'github.event.pull_request.body': 'PR_BODY',
  'github.event.issue.title': 'ISSUE_TITLE',
  'github.event.issue.body': 'ISSUE_BODY',
  'github.event.comment.body': 'COMMENT_BODY',
  'github.event.review.body': 'REVIEW_BODY',
  'github.event.review_comment.body': 'REVIEW_COMMENT_BODY',
  'github.event.head_commit.message': 'COMMIT_MESSAGE',
  'github.event.workflow_run.head_branch': 'HEAD_BRANCH',
  'github.event.workflow_run.head_commit.message': 'COMMIT_MESSAGE',
  'github.event.discussion.title': 'DISCUSSION_TITLE',
  'github.event.discussion.body': 'DISCUSSION_BODY',
};

/** Shell and runner variables a new env entry must never shadow. */
const RESERVED = /^(PATH|HOME|SHELL|PWD|OLDPWD|USER|IFS|PS[1-4]|LANG|TERM|HOSTNAME|CI|ENV|BASH_ENV|LD_\w+|(GITHUB|RUNNER|ACTIONS)_(?!TOKEN$)\w*)$/;

/** A readable env name for a context path (`github.event.issue.title` → `ISSUE_TITLE`). */
export function envNameFor(path: string[], via: string[] = []): string {
  const base = baseName(path);
  return via.includes('tojson') && !base.endsWith('_JSON') ? `${base}_JSON` : base;
}

function baseName(path: string[]): string {
  const dotted = path.join('.').toLowerCase();
  const known = NAMES[dotted];
  if (known) return known;
  const upper = (s: string) => s.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '').toUpperCase();
  const last = upper(path[path.length - 1] === '*' ? path.slice(-2).join('_') : path[path.length - 1]);
  const root = path[0].toLowerCase();
  let name = last;
  if (root === 'steps' || root === 'needs') name = RESERVED.test(last) || last.length < 3 ? `${upper(path[1])}_${last}` : last;
  else if (root === 'github') name = upper(path.slice(path[1]?.toLowerCase() === 'event' && path.length > 2 ? 2 : 1).join('_')) || 'CONTEXT';
  if (RESERVED.test(name) || /^\d/.test(name) || name === '') name = `${root === 'secrets' ? 'SECRET' : 'INPUT'}_${name}`.replace(/_$/, '');
  return name;
}
