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

function entropy(value: string): number {
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const c of counts.values()) bits -= (c / value.length) * Math.log2(c / value.length);
  return bits;
}

/**
 * Masks every token-like run in a log line or crash report: 20 or more
 * characters of a token alphabet, mixing letters and digits, with high
 * entropy. Error messages can quote their input (a JSON parse error shows
 * the text it choked on), so every line the server or CLI logs passes here.
 * Paths and words survive: `/` splits runs, file names keep their extension, and words are low-entropy.
 */
export function redactLikelySecrets(text: string): string {
  return text.replace(/[A-Za-z0-9+=_~.-]{20,}/g, (run) =>
    /[0-9]/.test(run) && /[A-Za-z]/.test(run) && !/\.[a-z]{1,5}$/.test(run) && entropy(run) >= 3 ? maskSecret(run) : run,
  );
}
