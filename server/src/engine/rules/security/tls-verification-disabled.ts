import { isCodeLanguage } from '../../classify';
import type { Call, SyntaxFacts } from '../../languages/facts';
import type { Severity } from '../../types';
import type { Rule, RuleContext } from '../rule';
import { uniqueHits, type Hit } from './defaults-facts';
import { fileScope, isEnvGated } from './defaults-scope';
import { codeHits, type CodeHit } from './tls-verification-disabled-code';
import { configHits, type ShellHit } from './tls-verification-disabled-config';
import { examples } from './tls-verification-disabled.examples';

const LOOPBACK_URL = /^(https?|wss?):\/\/(localhost|127(\.\d{1,3}){3}|\[::1\])(:\d+)?(\/|$)/i;
const LOOPBACK_HOST = /^(localhost|127(\.\d{1,3}){3}|::1)$/i;

/** The call talks only to this machine: its URL or `host` option is loopback. */
function targetsLoopback(call: Call | undefined): boolean {
  if (!call) return false;
  return call.args.some(
    (a) =>
      (a.value !== undefined && LOOPBACK_URL.test(a.value)) ||
      (a.keyword !== undefined && /^(host|hostname|url|base_url)$/i.test(a.keyword) && LOOPBACK_HOST.test(a.value ?? '')) ||
      (a.properties ?? []).some((p) => /^(host|hostname|servername)$/i.test(p.key) && LOOPBACK_HOST.test(p.value.value ?? '')),
  );
}

function enclosingCall(facts: SyntaxFacts | undefined, hit: Hit): Call | undefined {
  let best: Call | undefined;
  for (const call of facts?.calls ?? []) {
    if (call.start <= hit.start && hit.start < call.end && (!best || call.start >= best.start)) best = call;
  }
  return best;
}

/** Error by default; Warning in tests, against loopback, or behind an opt-in environment check (someone chose it per deploy). */
function severityOf(context: RuleContext, hit: CodeHit): { severity: Severity; note: string } {
  if (hit.customCheck) return { severity: 'info', note: '' };
  if (context.isTest) return { severity: 'warning', note: '' };
  // A developer's own .env or a dev-only file: still worth fixing, less likely to reach production (catalog G9).
  if (fileScope(context.path) === 'development') return { severity: 'warning', note: '' };
  if (targetsLoopback(enclosingCall(context.facts, hit))) return { severity: 'warning', note: ' The target is this machine, but the setting tends to travel.' };
  if (isCodeLanguage(context.language) && isEnvGated(context, hit.start)) {
    return { severity: 'warning', note: ' It is behind an explicit switch (an environment variable or an "insecure" option): make sure no production deploy turns it on.' };
  }
  return { severity: 'error', note: '' };
}

function messageOf(hit: ShellHit & CodeHit): string {
  if (hit.customCheck) {
    return `${hit.api} skips the standard chain and host-name check and leaves it to the config's own verification callback. Make sure that callback checks the chain (or pins a key) and the server name, not just that a certificate arrived (CWE-295).`;
  }
  if (hit.signatures) {
    return `${hit.api} installs packages without checking their signatures, so a tampered mirror or a man in the middle can ship code into the image (CWE-494). Import the repository's signing key instead.`;
  }
  return `${hit.api} turns off TLS certificate verification, so anyone on the network path can impersonate the server (CWE-295). Keep verification on and trust a private CA through configuration (for example SSL_CERT_FILE, NODE_EXTRA_CA_CERTS or a trust store).`;
}

function check(context: RuleContext): void {
  const hits: (ShellHit & CodeHit)[] = context.facts ? codeHits(context, context.facts) : configHits(context);
  for (const hit of uniqueHits(hits)) {
    const { severity, note } = severityOf(context, hit);
    context.report({ range: hit.range, message: messageOf(hit) + note, severity, fixes: hit.fixes ?? [] });
  }
}

export const tlsVerificationDisabled: Rule = {
  meta: {
    id: 'security/tls-verification-disabled',
    title: 'TLS certificate verification disabled',
    category: 'security',
    reference: 'CWE-295: Improper Certificate Validation',
    rationale:
      'Without certificate verification TLS still encrypts, but to whoever answers: a proxy, a compromised network or a spoofed DNS entry can read and change the traffic. A private or self-signed CA belongs in the trust configuration, not in a switch that turns checking off.',
    defaultSeverity: 'error',
    languages: ['javascript', 'typescript', 'tsx', 'python', 'go', 'java', 'csharp', 'ruby', 'php', 'dockerfile', 'compose', 'kubernetes', 'github-actions', 'dotenv', 'yaml'],
    docs: 'docs/rules/security/tls-verification-disabled.md',
    prefilter:
      /verify|VERIFY|rejectUnauthorized|REJECT_UNAUTHORIZED|tlsAllowInvalid|tlsInsecure|sslValidate|strictSSL|strict-ssl|checkServerIdentity|InsecureSkipVerify|check_hostname|CERT_NONE|_create_unverified_context|HostnameVerifier|TrustAllStrategy|TrustSelfSigned|checkServerTrusted|loadTrustMaterial|ValidationCallback|DangerousAcceptAny|--insecure|curl[^\n]*\s-[a-zA-Z]*k|\s-k\s|no-check-certificate|ssl\s*=\s*False|sslVerify|sslverify|SSL_NO_VERIFY|trusted-host|TRUSTED_HOST|allow-untrusted|allow-unauthenticated|allow-insecure|nogpgcheck|no-gpg-checks|Verifying/,
    examples,
  },
  check,
};
