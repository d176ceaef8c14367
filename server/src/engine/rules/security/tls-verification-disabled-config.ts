import { isScalar } from 'yaml';
import { entries, rangeOf, roots, yamlOf } from '../../formats/yaml';
import type { RuleContext } from '../rule';
import { editFix, matchSpans, type Hit } from './defaults-facts';
import { envSettings, shellScripts, type Script } from './defaults-env';

/** Environment variables that switch verification off for a whole runtime or tool. */
const INSECURE_ENV: Readonly<Record<string, (value: string) => boolean>> = {
  NODE_TLS_REJECT_UNAUTHORIZED: (v) => v.trim() === '0',
  PYTHONHTTPSVERIFY: (v) => v.trim() === '0',
  GIT_SSL_NO_VERIFY: (v) => v.trim() !== '' && !/^(0|false|no)$/i.test(v.trim()),
  PIP_TRUSTED_HOST: (v) => v.trim() !== '',
  NPM_CONFIG_STRICT_SSL: (v) => /^(false|0)$/i.test(v.trim()),
};

function envHits(context: RuleContext): Hit[] {
  const hits: Hit[] = [];
  for (const setting of envSettings(context)) {
    const insecure = INSECURE_ENV[setting.name];
    if (!insecure?.(setting.value)) continue;
    const start = context.index.offsetAt(setting.range.start);
    const fixes = setting.removal ? [editFix(`Remove ${setting.name}`, [setting.removal])] : [];
    hits.push({ start, range: setting.range, api: `${setting.name}=${setting.value.trim()}`, fixes });
  }
  return hits;
}

/** One command segment: stops at `|`, `;`, `&` or an unescaped line break; `\` continuations stay inside. */
const SEGMENT = String.raw`(?:[^\n|;&\\]|\\[\s\S])*?`;

interface ShellFlag {
  pattern: RegExp;
  api: string;
  /** Package signatures rather than TLS. */
  signatures?: boolean;
  /** The flag (group 1) can be deleted: as a whole word (`token`) or as one letter of a cluster like `-fsSLk` (`letter`). */
  removable?: 'token' | 'letter';
}

const SHELL_FLAGS: readonly ShellFlag[] = [
  { pattern: new RegExp(String.raw`\bcurl\b${SEGMENT}\s(--insecure)(?=\s|$)`, 'dg'), api: 'curl --insecure', removable: 'token' },
  { pattern: new RegExp(String.raw`\bcurl\b${SEGMENT}\s-(?!-)[a-zA-Z]*?(k)[a-zA-Z]*(?=\s|$)`, 'dg'), api: 'curl -k', removable: 'letter' },
  { pattern: new RegExp(String.raw`\bwget\b${SEGMENT}\s(--no-check-certificate)(?=\s|$)`, 'dg'), api: 'wget --no-check-certificate', removable: 'token' },
  { pattern: /\b(http\.sslverify(?:\s+|=)["']?(?:false|0|no|off))\b/dgi, api: 'git http.sslVerify false' },
  { pattern: /\b((?:npm|yarn|pnpm)\s+config\s+set\s+strict-ssl\s+false|--strict-ssl[= ]false)\b/dg, api: 'strict-ssl false' },
  { pattern: new RegExp(String.raw`\bpip3?\b${SEGMENT}\s(--trusted-host)\b`, 'dg'), api: 'pip --trusted-host' },
  { pattern: /\b(NODE_TLS_REJECT_UNAUTHORIZED=["']?0|GIT_SSL_NO_VERIFY=["']?(?:1|true)|PYTHONHTTPSVERIFY=["']?0)\b/dg, api: 'an environment variable that disables verification' },
  { pattern: new RegExp(String.raw`\bkubectl\b${SEGMENT}\s(--insecure-skip-tls-verify(?:=true)?)(?=\s|$)`, 'dg'), api: 'kubectl --insecure-skip-tls-verify', removable: 'token' },
  { pattern: new RegExp(String.raw`\bapk\b${SEGMENT}\s(--allow-untrusted)(?=\s|$)`, 'dg'), api: 'apk --allow-untrusted', signatures: true, removable: 'token' },
  {
    pattern: new RegExp(String.raw`\bapt(?:-get)?\b${SEGMENT}\s(--allow-unauthenticated|--allow-insecure-repositories)(?=\s|$)`, 'dg'),
    api: 'apt-get --allow-unauthenticated', signatures: true, removable: 'token',
  },
  { pattern: new RegExp(String.raw`\b(?:yum|dnf|microdnf|zypper)\b${SEGMENT}\s(--nogpgcheck|--no-gpg-checks)(?=\s|$)`, 'dg'), api: 'yum --nogpgcheck', signatures: true, removable: 'token' },
];

/** A shell hit; `signatures` marks package-signature flags, which the message words differently. */
export interface ShellHit extends Hit {
  signatures?: boolean;
}

function onCommentLine(script: Script, offset: number): boolean {
  const lineStart = script.text.lastIndexOf('\n', offset - script.start - 1) + 1;
  return /^\s*#/.test(script.text.slice(lineStart, offset - script.start));
}

function shellHits(context: RuleContext): ShellHit[] {
  const hits: ShellHit[] = [];
  for (const script of shellScripts(context)) {
    for (const flag of SHELL_FLAGS) {
      for (const { start, end } of matchSpans(flag.pattern, script.text, script.start)) {
        if (onCommentLine(script, start)) continue;
        const range = context.index.range(start, end);
        // A whole flag goes with the blank before it (or the `-` of a lone `-k`), so the command keeps single spaces.
        const lone = flag.removable === 'letter' && context.text.slice(start - 2, end + 1).match(/^\s-k(\s|$)/) !== null;
        const from = flag.removable === 'token' || lone ? start - (lone ? 2 : 1) : start;
        const removal = { range: context.index.range(from, end), newText: '' };
        const fixes = flag.removable ? [editFix(`Remove ${flag.removable === 'letter' ? '-k' : context.text.slice(start, end)}`, [removal])] : [];
        hits.push({ start, range, api: flag.api, fixes, signatures: flag.signatures });
      }
    }
  }
  return hits;
}

/** kubeconfig `clusters[].cluster.insecure-skip-tls-verify: true`. */
function kubeconfigHits(context: RuleContext): Hit[] {
  if (context.language !== 'kubernetes' && context.language !== 'yaml') return [];
  const file = yamlOf(context);
  const hits: Hit[] = [];
  for (const root of roots(file)) {
    for (const entry of entries(root)) {
      if (entry.key !== 'insecure-skip-tls-verify' || !isScalar(entry.value) || entry.value.value !== true) continue;
      const range = rangeOf(file, entry.pair.key as never);
      if (range) hits.push({ start: context.index.offsetAt(range.start), range, api: 'insecure-skip-tls-verify: true' });
    }
  }
  return hits;
}

/** Every place a config file turns certificate or package-signature verification off. */
export function configHits(context: RuleContext): ShellHit[] {
  return [...envHits(context), ...shellHits(context), ...kubeconfigHits(context)];
}
