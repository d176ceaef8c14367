import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { version } from '../../../package.json';
import { Engine, type EngineOptions } from '../engine/analyze';
import { redactLikelySecrets } from '../engine/mask';
import { DEFAULT_SETTINGS, mergeSettings, type Settings } from '../engine/settings';
import { loadConfig } from '../workspace/config';
import { resolveWasmDir } from '../workspace/wasm';
import { parseCommandLine, UsageError, USAGE, type ChecklistOptions, type ScanOptions } from './args';
import { buildChecklist } from '../checklist/report';
import { formatChecklistJson, formatChecklistMarkdown, formatChecklistText } from '../checklist/format';
import { checklistGit } from '../checklist/gitFacts';
import { baselineContext, planBaseline, writeBaseline } from './baseline';
import { formatJson } from './formatJson';
import { formatSarif } from './formatSarif';
import { formatText } from './formatText';
import { writeAtomically } from './output';
import { Progress, type ProgressStream } from './progress';
import { reachesThreshold, type ScanReport } from './report';
import { WorkspaceFactsProvider } from '../workspace/facts';
import { displayPath, scan, type ScanContext } from './scan';
import { scanStaged } from './staged';
import { AnalyzerPool, MIN_FILES_FOR_WORKERS, poolSize } from './pool';

/** What the CLI touches of the process, so tests can run it in-process. */
export interface CliIO {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: ProgressStream;
  stderr: ProgressStream;
  /** Where the grammars are; defaults to next to the bundle or the npm package. */
  wasmDir?: string;
  /** The CLI's entry script, which analysis workers run; without it scans stay on one thread. */
  workerScript?: string;
}

/** Workers for large scans, when the entry script is known and the pool size is above one. */
function workersFor(io: CliIO, engine: Engine, wasmDir: string, onRuleError: EngineOptions['onRuleError']): ScanContext['workers'] {
  const size = poolSize(io.env);
  const script = io.workerScript;
  if (size < 2 || script === undefined) return undefined;
  return (files) => (files < MIN_FILES_FOR_WORKERS ? undefined : new AnalyzerPool({ script, size, wasmDir, fallback: engine, onRuleError }));
}

export const VERSION: string = version;

const MAX_ERROR_LINES = 20;

function describeError(error: unknown, env: CliIO['env']): string {
  if (env.FACTORGUARD_DEBUG === '1' && error instanceof Error && error.stack) return error.stack;
  // One line: some errors (module resolution) carry a multi-line story.
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

/** DEFAULT_SETTINGS overlaid by the config file, then by flags; entry errors are warnings, an unusable file is a usage error. */
async function resolveSettings(options: ScanOptions, io: CliIO): Promise<Settings> {
  const config = await loadConfig(io.cwd, options.config);
  const shown = config.path ? displayPath(io.cwd, config.path) : '.factorguard.json';
  if (config.failed) throw new UsageError(`${shown}: ${config.errors[0]}`);
  for (const error of config.errors) io.stderr.write(`factorguard: ${shown}: ${error}\n`);
  const flags: Partial<Settings> = options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {};
  return mergeSettings(DEFAULT_SETTINGS, config.settings, flags);
}

function render(report: ScanReport, options: ScanOptions, io: CliIO): string {
  switch (options.format) {
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report, VERSION, io.cwd);
    case 'text': {
      const color = options.output === undefined && io.stdout.isTTY === true && io.env.NO_COLOR === undefined;
      return formatText(report, { color });
    }
  }
}

async function runScan(options: ScanOptions, io: CliIO): Promise<number> {
  const settings = await resolveSettings(options, io);
  const baseline = await planBaseline(options, settings, io.cwd);
  const progress = new Progress(io.stderr, options.progress);
  let internalErrors = 0;
  const internalError = (what: string, error: unknown) => {
    progress.finish();
    // A broken install fails on every file; a screenful says as much as ten thousand lines.
    if (++internalErrors <= MAX_ERROR_LINES) io.stderr.write(redactLikelySecrets(`factorguard: internal error ${what}: ${describeError(error, io.env)}\n`));
  };
  const wasmDir = io.wasmDir ?? resolveWasmDir(__dirname);
  const onRuleError: EngineOptions['onRuleError'] = (ruleId, file, error) => internalError(`in rule ${ruleId} on ${file}`, error);
  const engine = new Engine({ wasmDir, onRuleError });
  let report: ScanReport;
  const context: ScanContext = {
    cwd: io.cwd,
    settings,
    engine,
    workers: workersFor(io, engine, wasmDir, onRuleError),
    onProgress: (done, total) => progress.update(done, total),
    onInternalError: (file, error) => internalError(`on ${file}`, error),
    baseline: baselineContext(baseline),
    facts: new WorkspaceFactsProvider((file) => fsp.readFile(file, 'utf8').catch(() => undefined)),
  };
  try {
    report = options.staged ? await scanStaged(options.paths, context, io.env) : await scan(options.paths, context);
  } finally {
    progress.finish();
  }
  report.internalErrors = internalErrors;
  if (baseline?.write) {
    const written = await writeBaseline(baseline, report);
    io.stderr.write(`factorguard: wrote ${written} finding${written === 1 ? '' : 's'} to the baseline ${baseline.shown}\n`);
  }
  if (internalErrors > MAX_ERROR_LINES) io.stderr.write(`factorguard: ${internalErrors - MAX_ERROR_LINES} more internal errors not shown\n`);
  const text = render(report, options, io);
  if (options.output !== undefined) await writeReport(path.resolve(io.cwd, options.output), options.output, text);
  else io.stdout.write(text);
  if (internalErrors > 0) return 2;
  return reachesThreshold(report.findings, options.failOn) ? 1 : 0;
}

async function writeReport(file: string, shown: string, text: string): Promise<void> {
  try {
    await writeAtomically(file, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot write ${shown} (${code ?? (error as Error).message})`);
  }
}

/** `factorguard checklist [dir]`: the same report the editor's panel shows. */
async function runChecklist(options: ChecklistOptions, io: CliIO): Promise<number> {
  const root = path.resolve(io.cwd, options.dir);
  const stat = await fsp.stat(root).catch(() => undefined);
  if (!stat?.isDirectory()) throw new UsageError(`not a directory: ${options.dir}`);
  const config = await loadConfig(root, options.config === undefined ? undefined : path.resolve(io.cwd, options.config));
  const shown = config.path ? displayPath(io.cwd, config.path) : '.factorguard.json';
  if (config.failed) throw new UsageError(`${shown}: ${config.errors[0]}`);
  for (const error of config.errors) io.stderr.write(`factorguard: ${shown}: ${error}\n`);
  const settings = mergeSettings(DEFAULT_SETTINGS, config.settings);
  const engine = new Engine({ wasmDir: io.wasmDir ?? resolveWasmDir(__dirname) });
  const now = new Date();
  // The person running the CLI trusts the folder they run it in; --no-git skips the history anyway.
  const git = checklistGit({ trusted: options.git, settings, now });
  const report = await buildChecklist({ root, engine, settings, git, now });
  const text = options.format === 'json' ? formatChecklistJson(report) : options.format === 'markdown' ? formatChecklistMarkdown(report) : formatChecklistText(report);
  if (options.output !== undefined) await writeReport(path.resolve(io.cwd, options.output), options.output, text);
  else io.stdout.write(text);
  return 0;
}

/** Runs the CLI; resolves to the exit code and never throws. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  try {
    const command = parseCommandLine(argv);
    if (command.kind === 'help') io.stdout.write(USAGE);
    else if (command.kind === 'version') io.stdout.write(`${VERSION}\n`);
    else if (command.kind === 'checklist') return await runChecklist(command.options, io);
    else return await runScan(command.options, io);
    return 0;
  } catch (error) {
    const message = error instanceof UsageError ? error.message : `internal error: ${describeError(error, io.env)}`;
    io.stderr.write(`factorguard: ${message}\n`);
    return 2;
  }
}
