import { parseArgs } from 'node:util';
import type { FailOn } from './report';

export type Format = 'text' | 'json' | 'sarif';

export interface ScanOptions {
  /**
   * As given; resolved against the working directory later. Never empty for
   * a normal scan (default `.`); with `staged`, empty means every staged file.
   */
  paths: string[];
  format: Format;
  output?: string;
  config?: string;
  failOn: FailOn;
  maxFileSize?: number;
  progress: boolean;
  /** Scan the git index versions of the staged files instead of the working tree. */
  staged: boolean;
  /** Report only findings not in this baseline file (overrides the `baseline` setting). */
  baseline?: string;
  /** Write the current findings to this baseline file. */
  baselineWrite?: string;
}

export type ChecklistFormat = 'text' | 'json' | 'markdown';

export interface ChecklistOptions {
  /** The workspace folder, as given (default `.`). */
  dir: string;
  format: ChecklistFormat;
  output?: string;
  config?: string;
  /** Read the git history (DORA, batch size); off with --no-git. */
  git: boolean;
}

export type Command = { kind: 'help' } | { kind: 'version' } | { kind: 'scan'; options: ScanOptions } | { kind: 'checklist'; options: ChecklistOptions };

/** Bad command line or configuration: exit code 2, one line on stderr. */
export class UsageError extends Error {}

export const USAGE = `Usage: factorguard scan [options] [paths...]
       factorguard scan --staged [options] [paths...]
       factorguard checklist [options] [dir]

Scans files and directories (default: the current directory) for Twelve-Factor
violations, hardcoded configuration and secrets. Directories are walked with
.gitignore and the built-in vendored/generated excludes applied; files named
explicitly are scanned even if ignored.

With --staged, scans what the next commit would contain: the staged (index)
version of every added, copied, modified or renamed file, not the working
tree; paths limit the staged set. Made for pre-commit hooks.

Options:
  -f, --format <text|json|sarif>      report format (default: text)
  -o, --output <file>                 write the report to a file instead of stdout
  -c, --config <file>                 settings file (default: ./.factorguard.json)
      --fail-on <error|warning|info|never>
                                      lowest severity that makes the exit code 1
                                      (default: error)
      --max-file-size <bytes>         skip larger files (at least 1024)
      --staged                        scan what is staged in git, not the work tree
      --baseline <file>               report only findings not in this baseline
                                      (default: "baseline" in the settings file)
      --baseline-write <file>         record the current findings as a baseline
                                      (never replaces any other kind of file)
      --progress                      show progress on stderr when it is a terminal
  -h, --help                          show this help
  -v, --version                       show the version

The checklist command prints the workspace's DevOps checklist (CALMS items
with their evidence, the toil budget, and DORA metrics from the local git
history: deployments are tags matching "dora.deployTagPattern", default v*).
It reads git; --no-git skips the history. Manual ticks and the toil log come
from .factorguard/checklist.json.

Checklist options:
  -f, --format <text|json|markdown>   report format (default: text)
  -o, --output <file>                 write the report to a file instead of stdout
  -c, --config <file>                 settings file (default: <dir>/.factorguard.json)
      --no-git                        do not read the git history

Exit codes: 0 nothing reached --fail-on, 1 something did, 2 usage or internal error
(including a missing or invalid baseline, or --staged outside a git repository).
`;

const FORMATS: readonly Format[] = ['text', 'json', 'sarif'];
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'info', 'never'];
const MIN_FILE_SIZE = 1024;

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  'fail-on': { type: 'string' },
  'max-file-size': { type: 'string' },
  progress: { type: 'boolean' },
  staged: { type: 'boolean' },
  baseline: { type: 'string' },
  'baseline-write': { type: 'string' },
  'no-git': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`invalid value '${value}' for --${flag}: expected ${allowed.join(', ')}`);
}

function fileSize(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const bytes = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(bytes) || bytes < MIN_FILE_SIZE) {
    throw new UsageError(`invalid value '${value}' for --max-file-size: expected a whole number of bytes, at least ${MIN_FILE_SIZE}`);
  }
  return bytes;
}

function nonEmpty(flag: string, value: string | undefined): string | undefined {
  if (value === '') throw new UsageError(`--${flag} needs a file name`);
  return value;
}

/** node:util's messages are long and multi-line; the contract is one line. */
function rephrase(error: unknown): UsageError {
  const e = error as NodeJS.ErrnoException;
  const unknown = /Unknown option '([^']+)'/.exec(e.message ?? '');
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) return new UsageError(`unknown option '${unknown[1]}' (see factorguard --help)`);
  const line = String(e.message ?? error).split('\n')[0];
  return new UsageError(line.charAt(0).toLowerCase() + line.slice(1));
}

function parse(argv: string[]): ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>> {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw rephrase(error);
  }
}

/** Turns argv (without node and the script) into a command; throws UsageError for anything invalid. */
export function parseCommandLine(argv: string[]): Command {
  const { values, positionals } = parse(argv);
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...paths] = positionals;
  if (command === undefined) throw new UsageError("missing command: try 'factorguard scan' or 'factorguard --help'");
  if (command === 'checklist') return parseChecklist(values, paths);
  if (command !== 'scan') throw new UsageError(`unknown command '${command}' (commands: scan, checklist)`);
  if (values['no-git']) throw new UsageError('--no-git is an option of the checklist command');
  if (paths.some((p) => p === '')) throw new UsageError('empty path argument');
  const staged = values.staged ?? false;
  const baseline = nonEmpty('baseline', values.baseline);
  const baselineWrite = nonEmpty('baseline-write', values['baseline-write']);
  if (baseline !== undefined && baselineWrite !== undefined) {
    throw new UsageError('--baseline and --baseline-write cannot be combined: --baseline-write records every current finding');
  }
  return {
    kind: 'scan',
    options: {
      paths: paths.length > 0 || staged ? paths : ['.'],
      format: oneOf('format', values.format, FORMATS, 'text'),
      output: nonEmpty('output', values.output),
      config: nonEmpty('config', values.config),
      failOn: oneOf('fail-on', values['fail-on'], FAIL_ON, 'error'),
      maxFileSize: fileSize(values['max-file-size']),
      progress: values.progress ?? false,
      staged,
      baseline,
      baselineWrite,
    },
  };
}

const CHECKLIST_FORMATS: readonly ChecklistFormat[] = ['text', 'json', 'markdown'];

function parseChecklist(values: ReturnType<typeof parse>['values'], paths: string[]): Command {
  const scanOnly = (['fail-on', 'max-file-size', 'progress', 'staged', 'baseline', 'baseline-write'] as const).find((flag) => values[flag] !== undefined);
  if (scanOnly) throw new UsageError(`--${scanOnly} is an option of the scan command`);
  if (paths.length > 1) throw new UsageError('the checklist command takes one workspace folder');
  if (paths[0] === '') throw new UsageError('empty path argument');
  return {
    kind: 'checklist',
    options: {
      dir: paths[0] ?? '.',
      format: oneOf('format', values.format, CHECKLIST_FORMATS, 'text'),
      output: nonEmpty('output', values.output),
      config: nonEmpty('config', values.config),
      git: !values['no-git'],
    },
  };
}
