import type { Detector, ScanInput, SecretHit } from '../hits';
import { decodeBase64, decodeBase64Url, nameBefore } from './common';

export const JWT_RULE_ID = 'secrets/jwt';

/**
 * `header.payload.signature` (JWS), `header.payload.` (unsigned) and the
 * five-part JWE form. Segments are base64url; the header is JSON, so it
 * starts `eyJ` (`{"`).
 */
const SEGMENT = '[A-Za-z0-9_-]';
const JWT_SOURCE = `eyJ${SEGMENT}{8,}={0,2}\\.${SEGMENT}*={0,2}\\.(?:${SEGMENT}+={0,2})?(?:\\.${SEGMENT}+\\.${SEGMENT}+)?`;
const JWT = new RegExp(`(?<![A-Za-z0-9_+/.-])${JWT_SOURCE}(?![A-Za-z0-9_-])`, 'g');
const JWT_EXACT = new RegExp(`^${JWT_SOURCE}$`);

/** A JWT that was base64-encoded once more: `base64("eyJ")` is `ZXlK`. */
const BASE64_JWT = /(?<![A-Za-z0-9+/=_-])ZXlK[A-Za-z0-9+/]{40,}={0,2}(?![A-Za-z0-9+/=_-])/g;

/** Header parameters registered for JWS and JWE (RFC 7515, 7516, 7518, 7797, 8225). */
const JOSE_HEADER = new Set([
  'alg', 'typ', 'cty', 'kid', 'jku', 'jwk', 'x5u', 'x5c', 'x5t', 'x5t#S256', 'crit', 'enc', 'zip', 'epk', 'apu', 'apv',
  'iv', 'tag', 'p2s', 'p2c', 'b64', 'ppt', 'url', 'nonce',
]);

/** Tokens published as documentation examples: signed with a key everyone knows. */
const DOCUMENTED = new Set([
  // jwt.io's default token, signed with `your-256-bit-secret`.
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
]);

function jsonObject(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export interface JwtCheck {
  alg?: string;
  /** The payload's `iss`, when it decodes. */
  issuer?: string;
}

/** Issuers of tokens signed with a published key, for local development only. */
const DEMO_ISSUERS: Record<string, string> = {
  'supabase-demo': 'Supabase local-development key, signed with the published demo secret',
};

/**
 * The structural check: the header decodes to a JSON object with a JOSE
 * header parameter (`alg`, `typ`, `kid`…), or the header decodes to an
 * object and the payload to a JSON object as well. Undefined when it is
 * not a JWT after all.
 */
export function checkJwt(token: string): JwtCheck | undefined {
  const parts = token.split('.');
  const headerText = decodeBase64Url(parts[0]);
  if (headerText === undefined || !/^\s*\{\s*"/.test(headerText)) return undefined;
  const header = jsonObject(headerText);
  const alg = typeof header?.alg === 'string' ? header.alg : undefined;
  const payload = parts.length === 3 ? jsonObject(decodeBase64Url(parts[1])) : undefined;
  const issuer = typeof payload?.iss === 'string' ? payload.iss : undefined;
  if (header && Object.keys(header).some((k) => JOSE_HEADER.has(k))) {
    // A JWS carries a payload; a JWE (five parts) an encrypted one.
    if (parts.length === 3 && parts[1] === '' && alg?.toLowerCase() !== 'none') return undefined;
    return { alg, issuer };
  }
  // Unusual or damaged header: the payload must then be a JSON object.
  return payload ? { alg, issuer } : undefined;
}

function push(out: SecretHit[], input: ScanInput, start: number, value: string, name: string, check: JwtCheck): void {
  const hit: SecretHit = {
    ruleId: JWT_RULE_ID,
    name,
    start,
    end: start + value.length,
    value,
    severity: 'warning',
    priority: 2,
    boundName: nameBefore(input.text, start),
  };
  const demo = check.issuer !== undefined ? DEMO_ISSUERS[check.issuer] : undefined;
  if (demo) {
    hit.severity = 'info';
    hit.qualifier = demo;
  } else if (check.alg?.toLowerCase() === 'none') {
    hit.qualifier = 'unsigned: anyone can forge it, but it is still accepted somewhere';
  }
  out.push(hit);
}

/** JSON Web Tokens, plain or base64-encoded, whose header decodes as one. */
export const jwtDetector: Detector = {
  applies: (input) => input.lower.includes('eyj') || input.lower.includes('zxlk'),
  detect(input) {
    const out: SecretHit[] = [];
    const { text } = input;
    if (text.includes('eyJ')) {
      JWT.lastIndex = 0;
      for (let m = JWT.exec(text); m; m = JWT.exec(text)) {
        if (DOCUMENTED.has(m[0])) continue;
        const check = checkJwt(m[0]);
        if (check) push(out, input, m.index, m[0], 'JSON Web Token', check);
      }
    }
    if (text.includes('ZXlK')) {
      BASE64_JWT.lastIndex = 0;
      for (let m = BASE64_JWT.exec(text); m; m = BASE64_JWT.exec(text)) {
        const inner = decodeBase64(m[0])?.trim();
        if (!inner || !JWT_EXACT.test(inner) || DOCUMENTED.has(inner)) continue;
        const check = checkJwt(inner);
        if (check) push(out, input, m.index, m[0], 'Base64-encoded JSON Web Token', check);
      }
    }
    return out;
  },
};
