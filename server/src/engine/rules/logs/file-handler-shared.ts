import type { Call, Span, SyntaxFacts } from '../../languages/facts';
import type { LineIndex } from '../../text';
import type { EditFix, TextEdit } from '../../types';

export const STDOUT_TITLE = 'Use stdout instead';

/** One file-logging configuration found in a file. */
export interface Detection {
  /** The call that configures the file output; its callee is highlighted. */
  call?: Call;
  /** What to highlight instead of the callee: the literal that names a file handler, or a narrower name. */
  span?: Span;
  /** The API, as the message names it. */
  api: string;
  fix?: EditFix;
}

/** Paths that are the process's own standard streams, not files. */
export function isStandardStream(path: string): boolean {
  return /^(\/dev\/(stdout|stderr|fd\/[12])|\/proc\/self\/fd\/[12]|php:\/\/(stdout|stderr|output)|CONOUT\$|-|stdout|stderr)$/i.test(path.trim());
}

/** A path that names a log file: `app.log`, `logs/app.txt`, `/var/log/x`. */
export function looksLikeLogPath(text: string): boolean {
  return /\.log(\.\d+)?\b|(^|[/\\'"`])(var\/)?logs?[/\\]|access_?log|error_?log/i.test(text);
}

/**
 * A path that is a log file by its extension (`.log`, `.log.1`) or a `log`/`logs` path segment
 * (`logs/out.txt`, `/var/log/app`). Whole segments only, so `changelog/`, `catalog/` and `blog/` are not logs.
 */
export function isLogFilePath(path: string): boolean {
  return /\.log(\.\d+)?$/i.test(path.trim()) || /(^|[/\\])logs?[/\\]/i.test(path);
}

/** An edit fix that swaps a file destination for stdout. */
export function stdoutEdit(edits: TextEdit[], fixAll: boolean, title = STDOUT_TITLE): EditFix {
  return { kind: 'edit', title, edits, fixAll, preferred: true };
}

/** The last dotted segment of a callee (`Logger` of `lumberjack.Logger`). */
export function lastSegment(callee: string): string {
  return callee.slice(callee.lastIndexOf('.') + 1);
}

/** True when some imported module matches. */
export function importsModule(facts: SyntaxFacts, pattern: RegExp): boolean {
  for (const module of facts.imports.modules) if (pattern.test(module)) return true;
  return false;
}

/** The call whose argument list directly holds `inner` as a whole argument (possibly behind `&` or `new`). */
export function enclosingCall(facts: SyntaxFacts, inner: Span): Call | undefined {
  return facts.calls.find((c) => c !== inner && c.args.some((a) => a.end === inner.end && a.start <= inner.start && inner.start - a.start <= 1));
}

/** The range of the callee's last segment (`File` in `.WriteTo.File`), when the text there really is that name. */
export function lastSegmentSpan(call: Call, text: string, index: LineIndex): Span | undefined {
  const name = lastSegment(call.callee);
  const end = call.calleeSpan.end;
  const start = end - name.length;
  return text.slice(start, end) === name ? { start, end, range: index.range(start, end) } : undefined;
}
