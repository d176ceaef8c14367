/**
 * Decodes standard or URL-safe base64 (padding optional, whitespace ignored)
 * to text; undefined when the value is not base64. Latin-1 keeps every byte
 * (for binary payloads and checksums); UTF-8 is for JSON and credentials.
 */
export function decodeBase64(value: string, encoding: 'latin1' | 'utf8' = 'latin1'): string | undefined {
  const v = value.replace(/\s+/g, '').replace(/=+$/, '');
  if (v.length < 2 || v.length % 4 === 1 || !/^[A-Za-z0-9+/_-]+$/.test(v)) return undefined;
  return Buffer.from(v.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString(encoding);
}

/** Standard base64 of a Latin-1 string, without padding (examples and checks). */
export function base64Of(value: string): string {
  return Buffer.from(value, 'latin1').toString('base64').replace(/=+$/, '');
}

/** URL-safe base64 of a Latin-1 string, without padding. */
export function base64UrlOf(value: string): string {
  return base64Of(value).replace(/\+/g, '-').replace(/\//g, '_');
}
