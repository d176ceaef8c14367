import { parentPort, workerData } from 'node:worker_threads';
import { Engine, type AnalyzeInput } from '../engine/analyze';
import type { AnalysisResult } from '../engine/types';

/** Marks a worker the pool started, so the CLI entry point run inside someone else's worker still runs the CLI. */
export const WORKER_KIND = 'factorguard-analyzer';

export interface WorkerSetup {
  kind: typeof WORKER_KIND;
  wasmDir: string;
}

export interface ToWorker {
  id: number;
  input: AnalyzeInput;
}

/** An error crosses as plain data: what the main thread's error lines show of it. */
export type SentError = { kind: 'error'; name: string; message: string; stack?: string } | { kind: 'value'; text: string };

export type FromWorker =
  | { kind: 'result'; id: number; result: AnalysisResult }
  | { kind: 'failed'; id: number; error: SentError }
  | { kind: 'ruleError'; ruleId: string; path: string; error: SentError };

function send(error: unknown): SentError {
  return error instanceof Error ? { kind: 'error', name: error.name, message: error.message, stack: error.stack } : { kind: 'value', text: String(error) };
}

/** Whether this thread is one the analyzer pool started. */
export function isAnalyzerWorker(): boolean {
  return parentPort !== null && (workerData as Partial<WorkerSetup> | undefined)?.kind === WORKER_KIND;
}

/**
 * Test-only fault injection (`FACTORGUARD_WORKER_FAULT=exit:<path>` or
 * `ruleError:<path>`): the only way to check, from outside, that a dying
 * worker or a throwing rule inside one still ends in a complete report.
 */
function injectFault(input: AnalyzeInput, onRuleError: (ruleId: string, path: string, error: unknown) => void): void {
  const fault = process.env.FACTORGUARD_WORKER_FAULT;
  if (fault === `exit:${input.path}`) process.exit(70);
  if (fault === `ruleError:${input.path}`) onRuleError('test/injected', input.path, new Error('injected rule failure'));
}

/** The worker's loop: one engine, answering each `ToWorker` with its analysis. */
export function serveAnalyses(): void {
  const port = parentPort!;
  const post = (message: FromWorker) => port.postMessage(message);
  const onRuleError = (ruleId: string, path: string, error: unknown) => post({ kind: 'ruleError', ruleId, path, error: send(error) });
  const engine = new Engine({ wasmDir: (workerData as WorkerSetup).wasmDir, onRuleError });
  port.on('message', ({ id, input }: ToWorker) => {
    injectFault(input, onRuleError);
    // Analyses overlap as they do in-thread: grammar loading and parsing are asynchronous.
    const fail = (error: unknown) => post({ kind: 'failed', id, error: send(error) });
    engine.analyze(input).then((result) => {
      try {
        post({ kind: 'result', id, result });
      } catch (error) {
        fail(error); // a result that cannot be cloned fails its file, not the worker
      }
    }, fail);
  });
}
