const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3, as zlib) of an ASCII/Latin-1 string. */
export function crc32(value: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < value.length; i++) crc = CRC_TABLE[(crc ^ value.charCodeAt(i)) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** `n` in base 62 (digits, upper, lower), left-padded with `0` to `width`. */
export function base62(n: number, width: number): string {
  let out = '';
  let rest = n;
  do {
    out = BASE62[rest % 62] + out;
    rest = Math.floor(rest / 62);
  } while (rest > 0);
  return out.padStart(width, '0');
}

/**
 * GitHub (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`) and npm (`npm_`) tokens:
 * 30 random base62 characters followed by the CRC-32 of those 30 characters
 * in 6 base62 characters. `body` is the token without its prefix.
 */
export function base62ChecksumValid(body: string): boolean {
  if (!/^[A-Za-z0-9]{36}$/.test(body)) return false;
  return base62(crc32(body.slice(0, 30)), 6) === body.slice(30);
}

/** Builds a checksum-valid body from 30 random characters (tests and examples only). */
export function withBase62Checksum(random30: string): string {
  return random30 + base62(crc32(random30), 6);
}
