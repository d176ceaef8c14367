import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { devNull } from 'node:os';

/*
 * Runs one read-only git command for the checklist. A repository's own config
 * can name programs git runs (core.fsmonitor, hooks, pagers, diff drivers,
 * credential helpers), so git is only started for a trusted workspace and every
 * call overrides what a read could reach: no fsmonitor, no hooks, no pager, no
 * network (a partial clone must not fetch), no signature checks, no textconv or
 * external diff, no optional locks; never a shell, always a timeout and an
 * output cap.
 */

export type GitRun = { ok: true; stdout: string } | { ok: false; reason: string };

export interface GitLimits {
  timeoutMs: number;
  maxBytes: number;
}

const HARDENING = [
  '--no-pager',
  '--no-optional-locks',
  '--no-replace-objects',
  '-c', 'core.fsmonitor=false',
  '-c', `core.hooksPath=${devNull}`,
  '-c', 'core.pager=cat',
  '-c', 'protocol.allow=never',
  '-c', 'log.showSignature=false',
  '-c', 'color.ui=false',
  '-c', 'core.quotePath=true',
  '-c', 'i18n.logOutputEncoding=UTF-8',
];

/** The caller's environment without GIT_* (a GIT_DIR set around the server must not pick the repository), made non-interactive. */
function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^GIT_/i.test(key)) env[key] = value;
  return {
    ...env,
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_NO_LAZY_FETCH: '1',
    GIT_PAGER: 'cat',
    PAGER: 'cat',
    LC_ALL: 'C',
  };
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0]?.trim() ?? '';
}

interface ExecError extends Error {
  code?: string | number;
  killed?: boolean;
  signal?: NodeJS.Signals | null;
}

function reasonOf(error: ExecError, stderr: string, command: string, limits: GitLimits): string {
  if (error.code === 'ENOENT') return 'git was not found on the PATH';
  if (error.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') return `git ${command} printed more than ${Math.round(limits.maxBytes / 1048576)} MB; the history is too large to read`;
  if (error.killed || error.signal) return `git ${command} did not finish within ${Math.round(limits.timeoutMs / 1000)} s`;
  const detail = firstLine(stderr);
  if (/not a git repository/i.test(detail)) return 'the folder is not inside a git repository';
  if (/dubious ownership/i.test(detail)) return 'git refuses the repository because another user owns it (see git config safe.directory)';
  return `git ${command} failed: ${detail || `exit code ${String(error.code)}`}`;
}

/** Runs `git <args>` in `cwd`; never rejects. */
export async function runGit(cwd: string, args: readonly string[], limits: GitLimits): Promise<GitRun> {
  try {
    if (!(await fs.stat(cwd)).isDirectory()) return { ok: false, reason: `${cwd} is not a folder` };
  } catch {
    return { ok: false, reason: `${cwd} does not exist` };
  }
  return new Promise((resolve) => {
    execFile(
      'git',
      [...HARDENING, ...args],
      { cwd, env: gitEnv(), timeout: limits.timeoutMs, maxBuffer: limits.maxBytes, encoding: 'utf8', windowsHide: true, shell: false },
      (error, stdout, stderr) => {
        if (error) resolve({ ok: false, reason: reasonOf(error as ExecError, stderr, args[0] ?? '', limits) });
        else resolve({ ok: true, stdout });
      },
    );
  });
}

/**
 * The refusal for an untrusted workspace, or undefined when git may run. The
 * reader takes no decision: the caller states the workspace's trust.
 */
export function refusal(trusted: unknown): string | undefined {
  return trusted === true ? undefined : 'the workspace is not trusted, so git is not run (repository config can start programs)';
}
