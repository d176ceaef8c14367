import type { ProviderSpec } from './spec';

const SEVERITY_WORD = { error: 'Error', warning: 'Warning', info: 'Information', hint: 'Hint' } as const;

/**
 * The docs page of a provider rule, rendered from its table entry so the
 * page and the detector cannot drift apart (a unit test compares them).
 * Pages never show a whole example token: they describe formats in words.
 */
export function renderProviderDoc(spec: ProviderSpec): string {
  const id = `secrets/${spec.id}`;
  const lines: string[] = [];
  lines.push(`# ${id}`, '');
  lines.push(`**${spec.title}** · CWE-798 (hard-coded credentials) · Twelve-Factor III (Config) · default severity: Error`);
  lines.push('Languages: every file FactorGuard reads: code, config files and plain text.', '');
  lines.push('## What it finds', '');
  lines.push(`${spec.provider} credentials written into a file:`, '');
  for (const p of spec.patterns) {
    const notes: string[] = [];
    if (p.validate) notes.push('checked structurally; a token whose checksum or payload fails is reported one level lower, as probably a fake or test token');
    if (p.severity && p.severity !== 'error') notes.push(`reported as ${SEVERITY_WORD[p.severity]} because the format is recognised by a nearby ${spec.provider} name rather than by a prefix of its own`);
    if (p.minEntropy !== undefined) notes.push(`the random part must look random (at least ${p.minEntropy} bits of entropy per character)`);
    lines.push(`- ${p.name}${notes.length ? `: ${notes.join('; ')}` : ''}.`);
  }
  lines.push('');
  if (spec.formatDocs) lines.push(`The format is documented by ${spec.provider}: <${spec.formatDocs}>.`, '');
  lines.push(
    'It does **not** report placeholders (`xxxx…`, `<your-token>`, `${VAR}`, `{{ .Values.token }}`), values too regular to be random,',
    'or keys that providers publish as documentation examples. In test code the finding is lowered one severity level.',
    'The secret is never shown in full: messages, hovers, logs and reports keep at most its first 4 and last 2 characters.',
    '',
  );
  lines.push('## Why it matters', '');
  lines.push(
    `Anyone who can read the repository, a fork, a clone or a backup can use a committed ${spec.provider} credential, and`,
    'deleting the line does not remove it from git history. Twelve-Factor keeps credentials out of the code, in the',
    'environment, so the same build runs in every deploy with its own secrets.',
    '',
  );
  lines.push('## How to fix it', '');
  lines.push(`1. **Rotate the credential first.** ${spec.rotation.steps} See <${spec.rotation.url}>.`);
  lines.push(
    '2. Use the quick fix **Move to environment variable NAME** (in code, YAML, Dockerfiles and properties files): the',
    '   value goes only into a git-ignored `.env`, `.env.example` gets `NAME=` with no value, and the code reads the variable.',
    '3. If the value was ever committed, treat it as leaked even after the fix: rewriting history does not reach existing clones.',
    '',
    'A test fixture that must hold a token-shaped value can be suppressed with a reason, and optionally an expiry date:',
    '',
    '```text',
    `factorguard-ignore-next-line ${id} until 2027-01-31 -- fake token for the parser tests`,
    '```',
    '',
  );
  lines.push('## Related rules in other tools', '', spec.related, '');
  return lines.join('\n');
}
