/**
 * Masks a sensitive value for display: at most the first 4 and last 2
 * characters survive, fewer for short values, none for very short ones.
 */
export function maskSecret(value: string): string {
  const chars = Array.from(value);
  const n = chars.length;
  if (n >= 12) return `${chars.slice(0, 4).join('')}…${chars.slice(-2).join('')}`;
  if (n >= 8) return `${chars.slice(0, 2).join('')}…${chars.slice(-1).join('')}`;
  return '…';
}

/**
 * Replaces every occurrence of the given secrets in a text (a message, a log
 * line) with their masked form. Used as a last line of defence on output paths.
 */
export function redact(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4 && out.includes(secret)) out = out.split(secret).join(maskSecret(secret));
  }
  return out;
}
