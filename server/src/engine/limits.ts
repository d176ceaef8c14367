import type { SkipReason } from './types';

const SAMPLE = 8192;
const MINIFIED_MIN_LENGTH = 4096;
const MINIFIED_AVERAGE_LINE = 300;

/** UTF-8 byte length without allocating. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function exceedsSize(text: string, limit: number): number | undefined {
  if (text.length > limit) return text.length;
  if (text.length * 3 <= limit) return undefined;
  const bytes = utf8Length(text);
  return bytes > limit ? bytes : undefined;
}

/**
 * Binary content decoded as text shows NUL characters, or many replacement
 * characters (invalid UTF-8) and control characters.
 */
export function looksBinary(text: string): boolean {
  const end = Math.min(text.length, SAMPLE);
  let suspicious = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27)) suspicious++;
  }
  return end > 0 && suspicious / end > 0.1;
}

/** Minified or generated one-liners: long text on very few lines. */
export function looksMinified(text: string): boolean {
  if (text.length < MINIFIED_MIN_LENGTH) return false;
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return text.length / lines > MINIFIED_AVERAGE_LINE;
}

/** Why a text should not be scanned at all, or undefined when it should. */
export function checkLimits(text: string, maxFileSize: number): SkipReason | undefined {
  const size = exceedsSize(text, maxFileSize);
  if (size !== undefined) return { kind: 'tooLarge', size, limit: maxFileSize };
  if (looksBinary(text)) return { kind: 'binary' };
  if (looksMinified(text)) return { kind: 'minified' };
  return undefined;
}

/** Human-readable reason, for the status item, logs and the CLI. */
export function describeSkip(reason: SkipReason): string {
  switch (reason.kind) {
    case 'tooLarge':
      return `not analysed: ${formatBytes(reason.size)} is over the ${formatBytes(reason.limit)} limit (factorguard.maxFileSize)`;
    case 'binary':
      return 'not analysed: the file looks binary';
    case 'minified':
      return 'not analysed: the file looks minified or generated';
    case 'vendored':
      return `not analysed: vendored or generated file (${reason.pattern})`;
    case 'unsupported':
      return 'not analysed: no FactorGuard rules for this file type';
    case 'disabled':
      return 'not analysed: FactorGuard is disabled for this file';
    case 'parseError':
      return `not analysed: ${reason.message}`;
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}
