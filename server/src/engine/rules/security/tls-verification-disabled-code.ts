import { removeArgument, replaceSpan } from '../../fixes/callEdits';
import type { Argument, Assignment, Call, SyntaxFacts } from '../../languages/facts';
import type { CodeLanguage, EditFix, TextEdit } from '../../types';
import type { RuleContext } from '../rule';
import { codeSkeleton } from '../shared/code';
import { editFix, hitAt, isAlwaysTrueLambda, isFalse, isTrue, isZero, keyedValues, lastSegment, matchSpans, removeEntryIn, type Hit, type KeyedValue } from './defaults-facts';

const FIX_TITLE = 'Re-enable certificate verification';
type Lang = CodeLanguage | 'js';

function languageMatches(facts: SyntaxFacts, languages: readonly Lang[]): boolean {
  const lang = facts.language as CodeLanguage;
  return languages.includes(lang) || (languages.includes('js') && (lang === 'javascript' || lang === 'typescript' || lang === 'tsx'));
}

function importsAny(facts: SyntaxFacts, modules: readonly string[]): boolean {
  return [...facts.imports.modules].some((m) => modules.some((wanted) => m === wanted || m.startsWith(wanted + '.') || m.startsWith(wanted + '/')));
}

/** Deletes a keyword argument or an object entry. */
function removeEntry(context: RuleContext, entry: KeyedValue): TextEdit | undefined {
  if (entry.property && entry.siblings) return removeEntryIn(context.text, entry.siblings, entry.property, context.index);
  return entry.call ? removeArgument(entry.call, entry.value, context.index) : undefined;
}

function fixWith(edit: TextEdit | undefined): EditFix[] {
  return edit ? [editFix(FIX_TITLE, [edit])] : [];
}

/**
 * Replaces a value (a keyword argument's span includes its keyword, so only its tail is the value).
 * `ssl.CERT_NONE` keeps its module prefix and `'CERT_NONE'` its quotes: only the constant changes.
 */
function replaceValue(context: RuleContext, value: Argument, fix: string): TextEdit | undefined {
  const raw = context.text.slice(value.start, value.end);
  if (!raw.endsWith(value.text)) return undefined;
  const newText = fix === 'CERT_REQUIRED' ? value.text.replace('CERT_NONE', fix) : fix;
  return { range: context.index.range(value.end - value.text.length, value.end), newText };
}

interface KeyedSink {
  languages: readonly Lang[];
  key: string;
  bad(value: Argument): boolean;
  api: string;
  /** Library evidence for a key other libraries use too. */
  when?(facts: SyntaxFacts, entry: KeyedValue, text: string): boolean;
  /** 'remove' deletes the entry; a string replaces the value. */
  fix?: 'remove' | string;
}

const PY_HTTP = ['requests', 'httpx', 'boto3', 'botocore', 'hvac', 'pysnow'];
const falseOrZero = (v: Argument) => isFalse(v) || isZero(v);
const certNone = (v: Argument) => /(^|\.)CERT_NONE$/.test(v.text) || v.value === 'CERT_NONE';

/** Keyword arguments and option entries that turn verification off, per library. */
const KEYED_SINKS: readonly KeyedSink[] = [
  {
    languages: ['python'], key: 'verify', bad: isFalse, api: 'verify=False', fix: 'remove',
    when: (facts, e) => e.call !== undefined && !e.property && (importsAny(facts, PY_HTTP) || /^(requests|httpx)\./.test(e.call.callee)),
  },
  { languages: ['python'], key: 'ssl', bad: isFalse, api: 'aiohttp ssl=False', fix: 'remove', when: (f, e) => !e.property && importsAny(f, ['aiohttp']) },
  { languages: ['python'], key: 'verify_ssl', bad: isFalse, api: 'aiohttp verify_ssl=False', fix: 'remove', when: (f, e) => !e.property && importsAny(f, ['aiohttp']) },
  { languages: ['python'], key: 'verify_certs', bad: isFalse, api: 'verify_certs=False', fix: 'remove', when: (f) => importsAny(f, ['elasticsearch', 'opensearchpy']) },
  { languages: ['python'], key: 'cert_reqs', bad: certNone, api: 'cert_reqs=CERT_NONE', fix: 'CERT_REQUIRED' },
  { languages: ['js'], key: 'rejectUnauthorized', bad: isFalse, api: 'rejectUnauthorized: false', fix: 'remove' },
  { languages: ['js'], key: 'tlsAllowInvalidCertificates', bad: isTrue, api: 'tlsAllowInvalidCertificates: true', fix: 'remove' },
  { languages: ['js'], key: 'tlsAllowInvalidHostnames', bad: isTrue, api: 'tlsAllowInvalidHostnames: true', fix: 'remove' },
  { languages: ['js'], key: 'tlsInsecure', bad: isTrue, api: 'tlsInsecure: true', fix: 'remove' },
  { languages: ['js'], key: 'sslValidate', bad: isFalse, api: 'sslValidate: false', fix: 'remove', when: (f) => importsAny(f, ['mongodb', 'mongoose']) },
  { languages: ['js'], key: 'strictSSL', bad: isFalse, api: 'strictSSL: false', fix: 'remove' },
  { languages: ['js'], key: 'checkServerIdentity', bad: (v) => /=>\s*(undefined|null|\{\s*\})$|^function\s*\w*\([^)]*\)\s*\{\s*(return\s*(undefined|null)?;?\s*)?\}$/.test(v.text.trim()), api: 'checkServerIdentity that accepts every host', fix: 'remove' },
  { languages: ['go'], key: 'InsecureSkipVerify', bad: isTrue, api: 'tls.Config{InsecureSkipVerify: true}', fix: 'remove', when: (_f, e) => /(^|\.)Config$/.test(e.call?.callee ?? '') },
  { languages: ['ruby'], key: 'verify_mode', bad: (v) => v.text === ':none', api: 'verify_mode: :none', fix: ':peer' },
  { languages: ['ruby'], key: 'ssl_verify_peer', bad: isFalse, api: 'ssl_verify_peer: false', fix: 'true' },
  { languages: ['ruby'], key: 'verify_ssl', bad: isFalse, api: 'verify_ssl: false', fix: 'true', when: (_f, e) => /RestClient/.test(e.call?.callee ?? '') },
  {
    languages: ['ruby'], key: 'verify', bad: isFalse, api: 'ssl: { verify: false }', fix: 'true',
    when: (_f, e) => e.parentKey === 'ssl' || /^(HTTParty|Faraday)\b/.test(e.call?.callee ?? ''),
  },
  { languages: ['php'], key: 'CURLOPT_SSL_VERIFYPEER', bad: falseOrZero, api: 'CURLOPT_SSL_VERIFYPEER => false', fix: 'true' },
  { languages: ['php'], key: 'CURLOPT_SSL_VERIFYHOST', bad: falseOrZero, api: 'CURLOPT_SSL_VERIFYHOST => 0', fix: '2' },
  { languages: ['php'], key: 'verify', bad: isFalse, api: "Guzzle 'verify' => false", fix: 'true', when: (_f, _e, text) => /GuzzleHttp|withOptions/.test(text) },
  { languages: ['php'], key: 'verify_peer', bad: isFalse, api: "'verify_peer' => false", fix: 'true' },
  { languages: ['php'], key: 'verify_peer_name', bad: isFalse, api: "'verify_peer_name' => false", fix: 'true' },
];

/** A hit in code; `customCheck` marks a Go config that skips the standard check but verifies in its own callback. */
export interface CodeHit extends Hit {
  customCheck?: boolean;
}

const GO_VERIFIERS = /^(VerifyPeerCertificate|VerifyConnection)$/;
const ACCEPTS_ALL_FUNC = /^func\s*\([^{]*?\)\s*error\s*\{\s*return\s+nil\s*;?\s*\}$/;

/**
 * `tls.Config{InsecureSkipVerify: true, VerifyPeerCertificate: …}`: Go documents the pair as the way to
 * replace the standard check (pinning, SPIFFE). A callback that just returns nil still accepts everything.
 */
function goVerifierOf(call: Call | undefined): 'none' | 'accepts-all' | 'custom' {
  const verifiers = (call?.args ?? []).filter((a) => a.keyword !== undefined && GO_VERIFIERS.test(a.keyword) && a.text !== 'nil');
  if (verifiers.length === 0) return 'none';
  return verifiers.every((v) => ACCEPTS_ALL_FUNC.test(v.text.trim())) ? 'accepts-all' : 'custom';
}

function keyedHit(context: RuleContext, sink: KeyedSink, entry: KeyedValue): CodeHit {
  const edit = sink.fix === 'remove' ? removeEntry(context, entry) : sink.fix !== undefined ? replaceValue(context, entry.value, sink.fix) : undefined;
  const hit: CodeHit = hitAt(entry.property ?? entry.value, sink.api, fixWith(edit));
  if (sink.key !== 'InsecureSkipVerify') return hit;
  const verifier = goVerifierOf(entry.call);
  if (verifier === 'accepts-all') return { ...hit, api: `${sink.api} with a ${entry.call?.args.find((a) => GO_VERIFIERS.test(a.keyword ?? ''))?.keyword} that returns nil` };
  // Removing the flag would run the standard check before the custom one: a behaviour change the author must weigh.
  if (verifier === 'custom') return { ...hit, customCheck: true, fixes: [] };
  return hit;
}

function keyedHits(context: RuleContext, facts: SyntaxFacts): CodeHit[] {
  const sinks = KEYED_SINKS.filter((s) => languageMatches(facts, s.languages));
  const hits: CodeHit[] = [];
  for (const entry of keyedValues(facts)) {
    const sink = sinks.find((s) => s.key === entry.key && s.bad(entry.value) && (!s.when || s.when(facts, entry, context.text)));
    if (sink) hits.push(keyedHit(context, sink, entry));
  }
  return hits;
}

interface AssignmentSink {
  languages: readonly Lang[];
  /** Matched against the target's dotted text. */
  target: RegExp;
  bad(value: Argument): boolean;
  api: string;
  when?(facts: SyntaxFacts): boolean;
  /** Replacement of the value. */
  fix?: string;
}

const VALIDATION_CALLBACK = /(^|\.)(ServerCertificateCustomValidationCallback|ServerCertificateValidationCallback|RemoteCertificateValidationCallback)$/;

const ASSIGNMENT_SINKS: readonly AssignmentSink[] = [
  { languages: ['python'], target: /\.verify$/, bad: isFalse, api: 'session.verify = False', fix: 'True', when: (f) => importsAny(f, ['requests', 'httpx']) },
  { languages: ['python'], target: /(^|\.)check_hostname$/, bad: isFalse, api: 'check_hostname = False', fix: 'True' },
  { languages: ['python'], target: /(^|\.)verify_mode$/, bad: certNone, api: 'verify_mode = CERT_NONE', fix: 'CERT_REQUIRED' },
  { languages: ['python'], target: /(^|\.)_create_default_https_context$/, bad: (v) => /_create_unverified_context$/.test(v.text), api: 'ssl._create_unverified_context as the default' },
  { languages: ['python'], target: /environ\[["']PYTHONHTTPSVERIFY["']\]$/, bad: isZero, api: 'PYTHONHTTPSVERIFY=0' },
  { languages: ['js'], target: /env(\.|\[["'])NODE_TLS_REJECT_UNAUTHORIZED/, bad: isZero, api: 'NODE_TLS_REJECT_UNAUTHORIZED=0' },
  { languages: ['go'], target: /(^|\.)InsecureSkipVerify$/, bad: isTrue, api: 'InsecureSkipVerify = true', fix: 'false' },
  { languages: ['csharp'], target: VALIDATION_CALLBACK, bad: (v) => isAlwaysTrueLambda(v.text), api: 'a certificate validation callback that returns true' },
  { languages: ['ruby'], target: /ssl_verify_peer/, bad: isFalse, api: 'ssl_verify_peer = false', fix: 'true' },
];

function assignmentHits(context: RuleContext, facts: SyntaxFacts): Hit[] {
  const sinks = ASSIGNMENT_SINKS.filter((s) => languageMatches(facts, s.languages));
  const hits: Hit[] = [];
  for (const assignment of facts.assignments as Assignment[]) {
    const sink = sinks.find((s) => s.target.test(assignment.target) && s.bad(assignment.value) && (!s.when || s.when(facts)));
    if (!sink) continue;
    const value = assignment.value;
    const edit = sink.fix !== undefined ? replaceValue(context, value, sink.fix) : undefined;
    hits.push(hitAt(assignment, sink.api, fixWith(edit)));
  }
  return hits;
}

interface CallSink {
  languages: readonly Lang[];
  /** Matched against the callee's last segment. */
  name: RegExp;
  bad(call: Call): Argument | Call | undefined;
  api: string;
}

const verifierArg = (call: Call) => call.args.find((a) => isAlwaysTrueLambda(a.text) || /\b(ALLOW_ALL_HOSTNAME_VERIFIER|AllowAllHostnameVerifier)\b/.test(a.text));
const curlOption = (call: Call) => (/^CURLOPT_SSL_VERIFY(PEER|HOST)$/.test(call.args[1]?.text ?? '') && falseOrZero(call.args[2]) ? call.args[2] : undefined);

const CALL_SINKS: readonly CallSink[] = [
  { languages: ['python'], name: /^_create_unverified_context$/, bad: (c) => c, api: 'ssl._create_unverified_context()' },
  { languages: ['java'], name: /^(setHostnameVerifier|setDefaultHostnameVerifier|setSSLHostnameVerifier|hostnameVerifier)$/, bad: verifierArg, api: 'a HostnameVerifier that accepts every host' },
  { languages: ['java'], name: /^loadTrustMaterial$/, bad: (c) => c.args.find((a) => isAlwaysTrueLambda(a.text)), api: 'a TrustStrategy that trusts every certificate' },
  { languages: ['csharp'], name: /^SslStream$/, bad: (c) => c.args.find((a) => isAlwaysTrueLambda(a.text)), api: 'an SslStream validation callback that returns true' },
  { languages: ['php'], name: /^curl_setopt$/, bad: curlOption, api: 'curl_setopt CURLOPT_SSL_VERIFY* off' },
  { languages: ['php'], name: /^withoutVerifying$/, bad: (c) => c, api: 'Http::withoutVerifying()' },
];

function callHits(context: RuleContext, facts: SyntaxFacts): Hit[] {
  const sinks = CALL_SINKS.filter((s) => languageMatches(facts, s.languages));
  const hits: Hit[] = [];
  for (const call of facts.calls) {
    const name = lastSegment(call.callee);
    for (const sink of sinks) {
      const span = sink.name.test(name) ? sink.bad(call) : undefined;
      if (!span) continue;
      if (sink.name.source.includes('curl_setopt')) {
        // `CURLOPT_SSL_VERIFYPEER, false` is what the reader must see; the fix turns the value back on.
        const option = call.args[1];
        const fix = replaceSpan(span, /HOST/.test(option.text) ? '2' : 'true');
        hits.push({ start: option.start, range: context.index.range(option.start, span.end), api: `${option.text} set to ${(span as Argument).text}`, fixes: fixWith(fix) });
        continue;
      }
      hits.push(hitAt(span === call ? call.calleeSpan : span, sink.api, fixWith(undefined)));
    }
  }
  return hits;
}

interface CodePattern {
  languages: readonly Lang[];
  /** Over the code skeleton (comments and string contents blanked); group 1 is highlighted. */
  pattern: RegExp;
  api: string;
  /** Replacement of group 1. */
  fix?: string;
  /** Code just before a match that makes it the "off" branch of a user's verify option, not a decision. */
  optionBranch?: RegExp;
}

const CODE_PATTERNS: readonly CodePattern[] = [
  { languages: ['java'], pattern: /\b(NoopHostnameVerifier)\s*(\.\s*INSTANCE\b|\(\s*\))/dg, api: 'NoopHostnameVerifier' },
  { languages: ['java'], pattern: /\b(ALLOW_ALL_HOSTNAME_VERIFIER|AllowAllHostnameVerifier)\b/dg, api: 'an allow-all HostnameVerifier' },
  { languages: ['java'], pattern: /\b(TrustAllStrategy|TrustSelfSignedStrategy)\s*(\.\s*INSTANCE\b|\(\s*\))/dg, api: 'TrustAllStrategy' },
  { languages: ['java'], pattern: /\bvoid\s+(checkServerTrusted)\s*\([^)]*\)\s*(throws\s+[\w.,\s]+)?\{\s*\}/dg, api: 'an X509TrustManager whose checkServerTrusted accepts every certificate' },
  {
    languages: ['java'],
    pattern: /\bboolean\s+(verify)\s*\(\s*(final\s+)?String\s+\w+\s*,\s*(final\s+)?SSLSession\s+\w+\s*\)\s*\{\s*return\s+true\s*;\s*\}/dg,
    api: 'a HostnameVerifier that accepts every host',
  },
  { languages: ['csharp'], pattern: /\b(DangerousAcceptAnyServerCertificateValidator)\b/dg, api: 'HttpClientHandler.DangerousAcceptAnyServerCertificateValidator' },
  {
    languages: ['ruby'],
    pattern: /(?<!(?:==|!=|\bwhen)\s*)OpenSSL::SSL::(VERIFY_NONE)\b/dg,
    api: 'OpenSSL::SSL::VERIFY_NONE',
    fix: 'VERIFY_PEER',
    // `verify ? VERIFY_PEER : VERIFY_NONE`, `if opts[:verify] then VERIFY_PEER else VERIFY_NONE`: an HTTP client
    // mapping its caller's verify option to OpenSSL's constant; whoever passes `verify: false` is the finding.
    optionBranch: /OpenSSL::SSL::VERIFY_PEER\b(?:[^\n]*\n){0,2}?[^\n]*?(?:\belse\b|:)\s*$/,
  },
];

function patternHits(context: RuleContext, facts: SyntaxFacts): Hit[] {
  const skeleton = codeSkeleton(facts, context.text);
  const hits: Hit[] = [];
  for (const { languages, pattern, api, fix, optionBranch } of CODE_PATTERNS) {
    if (!languageMatches(facts, languages)) continue;
    for (const { start, end } of matchSpans(pattern, skeleton)) {
      if (optionBranch?.test(skeleton.slice(Math.max(0, start - 200), start).replace(/OpenSSL::SSL::$/, ''))) continue;
      const range = context.index.range(start, end);
      hits.push({ start, range, api, fixes: fixWith(fix ? { range, newText: fix } : undefined) });
    }
  }
  return hits;
}

/** Every place the file's code turns certificate or host-name verification off. */
export function codeHits(context: RuleContext, facts: SyntaxFacts): CodeHit[] {
  return [...keyedHits(context, facts), ...assignmentHits(context, facts), ...callHits(context, facts), ...patternHits(context, facts)];
}
