import * as path from 'node:path';
import type { Settings } from '../engine/settings';
import { readBaseline, serializeBaseline, type Baseline } from '../workspace/baseline';
import { UsageError, type ScanOptions } from './args';
import { writeAtomically } from './output';
import type { ScanReport } from './report';
import type { ScanContext } from './scan';

/** The baseline a scan uses: one to read (`known`), or one to write. */
export interface BaselinePlan {
  /** Absolute path of the baseline file; its folder is what the paths in it are relative to. */
  file: string;
  /** As the user wrote it, for messages. */
  shown: string;
  known?: Baseline;
  write: boolean;
}

/** An existing file may be replaced only when it is a FactorGuard baseline: never someone's report or source file. */
async function checkReplaceable(file: string, shown: string): Promise<void> {
  const existing = await readBaseline(file);
  if (existing.error === undefined || existing.missing) return;
  throw new UsageError(`refusing to overwrite ${shown}: it is not a FactorGuard baseline (${existing.error}); remove it or choose another file`);
}

/**
 * Which baseline applies: `--baseline-write`, else `--baseline`, else the
 * `baseline` setting of the settings file; flag and setting are relative to
 * the working directory. A baseline to read must exist and be valid (a usage
 * error otherwise, so CI never silently reports everything, or nothing).
 */
export async function planBaseline(options: ScanOptions, settings: Settings, cwd: string): Promise<BaselinePlan | undefined> {
  if (options.baselineWrite !== undefined) {
    const file = path.resolve(cwd, options.baselineWrite);
    await checkReplaceable(file, options.baselineWrite);
    return { file, shown: options.baselineWrite, write: true };
  }
  const shown = options.baseline ?? (settings.baseline !== '' ? settings.baseline : undefined);
  if (shown === undefined) return undefined;
  const file = path.resolve(cwd, shown);
  const loaded = await readBaseline(file);
  if (loaded.error !== undefined) {
    const origin = options.baseline !== undefined ? 'baseline' : 'baseline (from the settings file)';
    const hint = loaded.missing ? `; create it with 'factorguard scan --baseline-write ${shown}'` : '';
    throw new UsageError(`${origin} ${shown}: ${loaded.error}${hint}`);
  }
  return { file, shown, known: loaded.baseline, write: false };
}

/** The scan context's view of the plan. */
export function baselineContext(plan: BaselinePlan | undefined): ScanContext['baseline'] {
  return plan && { file: plan.file, dir: path.dirname(plan.file), known: plan.known, collect: plan.write };
}

/**
 * Writes every finding of the report to the baseline file (atomically, via a
 * temporary file and a rename) and then reports them as baselined: right
 * after writing a baseline, nothing is new. Returns the number written.
 */
export async function writeBaseline(plan: BaselinePlan, report: ScanReport): Promise<number> {
  const entries = report.baselineEntries ?? [];
  // Checked again: the file may have appeared while the scan ran.
  await checkReplaceable(plan.file, plan.shown);
  try {
    await writeAtomically(plan.file, serializeBaseline(entries));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot write ${plan.shown} (${code ?? (error as Error).message})`);
  }
  report.baselined = report.findings.length;
  report.findings = [];
  return new Set(entries.map((e) => e.fingerprint)).size;
}
