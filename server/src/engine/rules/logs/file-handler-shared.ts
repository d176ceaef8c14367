import type { Call, Span } from '../../languages/facts';
import type { EditFix } from '../../types';

export const STDOUT_TITLE = 'Use stdout instead';

/** One file-logging configuration found in a file. */
export interface Detection {
  /** The call that configures the file output; its callee is highlighted. */
  call?: Call;
  /** Or the literal that names a file handler (dict configs, option values). */
  span?: Span;
  /** The API, as the message names it. */
  api: string;
  fix?: EditFix;
}

/** Paths that are the process's own standard streams, not files. */
export function isStandardStream(path: string): boolean {
  return /^(\/dev\/(stdout|stderr|fd\/[12])|\/proc\/self\/fd\/[12]|php:\/\/(stdout|stderr)|CONOUT\$|-)$/i.test(path.trim());
}

/** A path that names a log file: `app.log`, `logs/app.txt`, `/var/log/x`. */
export function looksLikeLogPath(text: string): boolean {
  return /\.log(\.\d+)?\b|(^|[/\\'"`])(var\/)?logs?[/\\]|access_?log|error_?log/i.test(text);
}
