import * as os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalyzeInput, Engine } from '../engine/analyze';
import type { AnalysisResult } from '../engine/types';
import { UsageError } from './args';
import { WORKER_KIND, type FromWorker, type SentError, type ToWorker, type WorkerSetup } from './worker';

/** What scanning needs of an engine: the in-thread `Engine` and the pool both answer it. */
export interface Analyzer {
  analyze(input: AnalyzeInput): Promise<AnalysisResult>;
}

/** Below this many files, loading the grammars once per worker costs more than the second core gives back. */
export const MIN_FILES_FOR_WORKERS = 40;
const MAX_WORKERS = 64;

/** The pool size: `FACTORGUARD_WORKERS`, else the cores available (at most 4); 1 means no workers. */
export function poolSize(env: Record<string, string | undefined>): number {
  const configured = env.FACTORGUARD_WORKERS;
  if (configured === undefined || configured === '') return Math.min(os.availableParallelism(), 4);
  const size = Number(configured);
  if (!Number.isInteger(size) || size < 1 || size > MAX_WORKERS) throw new UsageError(`FACTORGUARD_WORKERS must be a whole number from 1 to ${MAX_WORKERS}, not '${configured}'`);
  return size;
}

export interface PoolOptions {
  /** The script the workers run: the CLI's own entry point, which serves analyses when started as a worker. */
  script: string;
  size: number;
  wasmDir: string;
  /** Analyses files once every worker has stopped. */
  fallback: Engine;
  onRuleError?: (ruleId: string, path: string, error: unknown) => void;
}

interface Pending {
  resolve(result: AnalysisResult): void;
  reject(error: unknown): void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

/** The worker's copy of an error thrown there, rebuilt so the main thread describes it as it would its own. */
function revive(sent: SentError): unknown {
  if (sent.kind === 'value') return sent.text;
  const error = new Error(sent.message);
  error.name = sent.name;
  if (sent.stack !== undefined) error.stack = sent.stack;
  return error;
}

/**
 * Runs `Engine.analyze` on worker threads, each with its own engine. A worker
 * that stops fails the files it held (internal errors, as a throwing engine
 * would) and the others carry on; with none left, files are analysed in-thread.
 */
export class AnalyzerPool implements Analyzer {
  private readonly slots: Slot[] = [];
  private nextId = 0;

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < options.size; i++) this.slots.push(this.start());
  }

  analyze(input: AnalyzeInput): Promise<AnalysisResult> {
    // The least busy worker: files differ in size by orders of magnitude, so round robin would queue behind a large one.
    const slot = this.slots.reduce<Slot | undefined>((best, s) => (best === undefined || s.pending.size < best.pending.size ? s : best), undefined);
    if (slot === undefined) return this.options.fallback.analyze(input);
    const id = this.nextId++;
    return new Promise<AnalysisResult>((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      try {
        slot.worker.postMessage({ id, input } satisfies ToWorker);
      } catch (error) {
        slot.pending.delete(id);
        reject(error);
      }
    });
  }

  /** Stops every worker; files still pending fail. */
  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
    for (const slot of slots) this.fail(slot, new Error('the analysis worker was stopped'));
  }

  private start(): Slot {
    const setup: WorkerSetup = { kind: WORKER_KIND, wasmDir: this.options.wasmDir };
    const slot: Slot = { worker: new Worker(this.options.script, { workerData: setup }), pending: new Map() };
    let crash: unknown;
    slot.worker.on('message', (message: FromWorker) => this.receive(slot, message));
    slot.worker.on('error', (error) => (crash ??= error));
    slot.worker.on('exit', (code) => {
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots.splice(index, 1);
      const reason = crash instanceof Error ? crash.message.split('\n')[0] : `exit code ${code}`;
      this.fail(slot, new Error(`the analysis worker stopped (${reason})`));
    });
    return slot;
  }

  private receive(slot: Slot, message: FromWorker): void {
    if (message.kind === 'ruleError') {
      this.options.onRuleError?.(message.ruleId, message.path, revive(message.error));
      return;
    }
    const pending = slot.pending.get(message.id);
    if (!pending) return;
    slot.pending.delete(message.id);
    if (message.kind === 'result') pending.resolve(message.result);
    else pending.reject(revive(message.error));
  }

  private fail(slot: Slot, error: Error): void {
    for (const pending of slot.pending.values()) pending.reject(error);
    slot.pending.clear();
  }
}
