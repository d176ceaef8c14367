import { pythonImportEdits } from '../../fixes/envAccess';
import type { Argument, Call, SyntaxFacts } from '../../languages/facts';
import type { EditFix, TextEdit } from '../../types';
import type { RuleContext } from '../rule';
import { codeSkeleton } from '../shared/code';
import { editFix, isAlwaysTrueLambda, isTrue, keyedValues, lastSegment, matchSpans, type Hit } from './defaults-facts';

/** A wildcard or reflected origin; `reflected` and `credentials` raise it to Error. */
export interface CorsHit extends Hit {
  reflected?: boolean;
  credentials?: boolean;
}

const FIX_TITLE = 'Allow only the origins in CORS_ALLOWED_ORIGINS';
/** An unset variable must allow nothing: the cors package treats a missing `origin` as "*", so the fallback is `[]`. */
const JS_ALLOWLIST = 'process.env.CORS_ALLOWED_ORIGINS?.split(",") ?? []';
const PY_ALLOWLIST = 'os.environ.get("CORS_ALLOWED_ORIGINS", "").split(",")';

const isStar = (arg: Argument | undefined) => arg?.value === '*';
/** `"*"` or `["*"]` / `[]string{"*"}` / `List.of("*")`. */
const holdsStar = (arg: Argument | undefined) => arg !== undefined && (isStar(arg) || /^[^"'`]*\[?\{?\(?\s*["']\*["']\s*[\]})]?$/.test(arg.text.trim()));

function fix(edit: TextEdit, extra: TextEdit[] = []): EditFix[] {
  return [editFix(FIX_TITLE, [edit, ...extra])];
}

function optionsHit(options: Argument | undefined, callee: Call, api: string, defaultIsWildcard: boolean): CorsHit | undefined {
  if (options === undefined) return defaultIsWildcard ? { start: callee.start, range: callee.calleeSpan.range, api: `${api} without an origin list` } : undefined;
  if (options.kind !== 'object') return undefined;
  const props = options.properties ?? [];
  const origin = props.find((p) => p.key === 'origin');
  const credentials = props.some((p) => p.key === 'credentials' && isTrue(p.value));
  if (!origin) return defaultIsWildcard ? { start: callee.start, range: callee.calleeSpan.range, api: `${api} without an origin list`, credentials } : undefined;
  if (isStar(origin.value)) return { start: origin.start, range: origin.range, api: `${api} origin "*"`, credentials, fixes: fix({ range: origin.value.range, newText: JS_ALLOWLIST }) };
  if (isTrue(origin.value)) return { start: origin.start, range: origin.range, api: `${api} origin: true (reflects any origin)`, credentials, reflected: credentials };
  return undefined;
}

function javascriptHits(facts: SyntaxFacts): CorsHit[] {
  const hits: (CorsHit | undefined)[] = [];
  const nest = [...facts.imports.modules].some((m) => m.startsWith('@nestjs/'));
  for (const call of facts.calls) {
    const module = facts.imports.names.get(call.callee);
    if (module === 'cors') hits.push(optionsHit(call.args[0], call, 'cors()', true));
    else if (nest && lastSegment(call.callee) === 'enableCors') hits.push(optionsHit(call.args[0], call, 'enableCors()', true));
    else if (lastSegment(call.callee) === 'register' && /^(@fastify\/cors|fastify-cors)$/.test(facts.imports.names.get(call.args[0]?.text ?? '') ?? '')) {
      hits.push(optionsHit(call.args[1], call, '@fastify/cors', true));
    }
  }
  const socketIo = facts.imports.modules.has('socket.io');
  for (const entry of keyedValues(facts)) {
    if (entry.key === 'cors' && isTrue(entry.value) && nest && entry.call?.callee.endsWith('NestFactory.create')) {
      hits.push({ start: entry.value.start, range: (entry.property ?? entry.value).range, api: 'NestFactory.create(…, { cors: true })' });
    } else if (entry.key === 'origin' && entry.parentKey === 'cors' && socketIo && entry.property && (isStar(entry.value) || isTrue(entry.value))) {
      hits.push({ start: entry.property.start, range: entry.property.range, api: 'Socket.IO cors origin "*"', fixes: isStar(entry.value) ? fix({ range: entry.value.range, newText: JS_ALLOWLIST }) : [] });
    }
  }
  return hits.filter((h): h is CorsHit => h !== undefined);
}

function pythonHits(context: RuleContext, facts: SyntaxFacts): CorsHit[] {
  const hits: CorsHit[] = [];
  const importOs = () => pythonImportEdits(facts, context.index, 'os');
  const flaskCors = (name: string) => facts.imports.names.get(name) === 'flask_cors';
  for (const call of facts.calls) {
    const kw = (k: string) => call.args.find((a) => a.keyword === k);
    if (call.args[0]?.text === 'CORSMiddleware') {
      const credentials = isTrue(kw('allow_credentials'));
      const origins = kw('allow_origins');
      const regex = kw('allow_origin_regex');
      if (origins && holdsStar(origins)) hits.push({ start: origins.start, range: origins.range, api: 'CORSMiddleware(allow_origins=["*"])', credentials, fixes: valueFix(context, origins, PY_ALLOWLIST, importOs()) });
      if (regex && /^\^?(\.\*|\.\+|https?:\/\/\.\*)\$?$/.test(regex.value ?? '')) hits.push({ start: regex.start, range: regex.range, api: `CORSMiddleware(allow_origin_regex="${regex.value}")`, credentials });
    } else if (flaskCors(call.callee)) {
      const credentials = isTrue(kw('supports_credentials'));
      const origins = kw('origins');
      const starInResources = (kw('resources')?.text ?? '').match(/["']origins["']\s*:\s*["']\*["']/);
      if (origins && holdsStar(origins)) hits.push({ start: origins.start, range: origins.range, api: `${call.callee}(origins="*")`, credentials, fixes: valueFix(context, origins, PY_ALLOWLIST, importOs()) });
      else if (!origins && (starInResources || !kw('resources'))) hits.push({ start: call.start, range: call.calleeSpan.range, api: `flask-cors ${call.callee}() without origins`, credentials });
    }
  }
  const credentials = facts.assignments.some((a) => a.target === 'CORS_ALLOW_CREDENTIALS' && isTrue(a.value));
  for (const a of facts.assignments) {
    if ((a.target === 'CORS_ALLOW_ALL_ORIGINS' || a.target === 'CORS_ORIGIN_ALLOW_ALL') && isTrue(a.value)) {
      const edit = { range: a.range, newText: `CORS_ALLOWED_ORIGINS = ${PY_ALLOWLIST}` };
      hits.push({ start: a.start, range: a.range, api: `django-cors-headers ${a.target} = True`, credentials, fixes: fix(edit, importOs()) });
    }
  }
  return hits;
}

/** Replaces a (keyword) argument's value; a keyword argument's span starts at its keyword. */
function valueFix(context: RuleContext, arg: Argument, newText: string, extra: TextEdit[] = []): EditFix[] {
  if (!context.text.slice(arg.start, arg.end).endsWith(arg.text)) return [];
  return fix({ range: context.index.range(arg.end - arg.text.length, arg.end), newText }, extra);
}

/** Per language: calls whose arguments (or mere presence) allow every origin, and the file-level credentials switch. */
const CALL_SINKS: Partial<Record<string, { name: RegExp; bad(call: Call): boolean; api: string; reflected?: boolean }[]>> = {
  go: [
    { name: /^(AllowAll|Default)$/, bad: (c) => /^cors\.(AllowAll|Default)$/.test(c.callee), api: 'cors.AllowAll()' },
    { name: /^(Options|Config)$/, bad: (c) => c.args.some((a) => (/^Allow(ed)?Origins$/.test(a.keyword ?? '') && /"\*"/.test(a.text)) || (a.keyword === 'AllowAllOrigins' && isTrue(a))), api: 'cors options allowing every origin' },
  ],
  java: [
    { name: /^(allowedOrigins|addAllowedOrigin|allowedOriginPatterns|addAllowedOriginPattern|setAllowedOrigins|setAllowedOriginPatterns)$/, bad: (c) => c.args.some((a) => /"\*"/.test(a.text)), api: 'allowedOrigins("*")' },
    { name: /^applyPermitDefaultValues$/, bad: () => true, api: 'CorsConfiguration.applyPermitDefaultValues()' },
  ],
  csharp: [
    { name: /^AllowAnyOrigin$/, bad: () => true, api: 'AllowAnyOrigin()' },
    { name: /^WithOrigins$/, bad: (c) => c.args.some((a) => isStar(a)), api: 'WithOrigins("*")' },
    { name: /^SetIsOriginAllowed$/, bad: (c) => c.args.some((a) => isAlwaysTrueLambda(a.text)), api: 'SetIsOriginAllowed(_ => true)', reflected: true },
  ],
  ruby: [{ name: /^origins$/, bad: (c) => c.args.some((a) => isStar(a) || a.text === '/.*/'), api: 'rack-cors origins "*"' }],
};

const CREDENTIALS: Partial<Record<string, RegExp>> = {
  go: /AllowCredentials\s*:\s*true/,
  java: /allowCredentials\s*\(\s*true\s*\)|setAllowCredentials\s*\(\s*true\s*\)|allowCredentials\s*=\s*"true"/,
  csharp: /\.AllowCredentials\s*\(\s*\)/,
  ruby: /credentials:\s*true/,
  php: /['"]supports_credentials['"]\s*=>\s*true/,
};

function sinkHits(context: RuleContext, facts: SyntaxFacts): CorsHit[] {
  const sinks = CALL_SINKS[facts.language] ?? [];
  const credentials = CREDENTIALS[facts.language]?.test(codeSkeleton(facts, context.text)) ?? false;
  const evidence = facts.language !== 'go' || [...facts.imports.modules].some((m) => /cors/.test(m));
  const rackCors = facts.language !== 'ruby' || /Rack::Cors|rack\/cors|\ballow\s+do\b/.test(context.text);
  if (!evidence || !rackCors) return [];
  const hits: CorsHit[] = [];
  for (const call of facts.calls) {
    const sink = sinks.find((s) => s.name.test(lastSegment(call.callee)) && s.bad(call));
    if (!sink) continue;
    const star = facts.language === 'ruby' ? call.args.find((a) => isStar(a)) : undefined;
    const fixes = star ? fix({ range: star.range, newText: 'ENV.fetch("CORS_ALLOWED_ORIGINS", "").split(",")' }) : [];
    const api = facts.language === 'java' && sink.api.includes('"*"') ? `${lastSegment(call.callee)}("*")` : sink.api;
    hits.push({ start: call.start, range: call.calleeSpan.range, api, credentials: credentials || sink.reflected, reflected: sink.reflected && credentials, fixes });
  }
  return hits;
}

/** `@CrossOrigin` with no origins (Spring then allows all) or with `"*"`. */
function javaAnnotationHits(context: RuleContext, facts: SyntaxFacts): CorsHit[] {
  const skeleton = codeSkeleton(facts, context.text);
  const credentials = CREDENTIALS.java!.test(skeleton);
  const hits: CorsHit[] = [];
  for (const { start, end } of matchSpans(/@(CrossOrigin)\b(\s*\([^)]*\))?/dg, skeleton)) {
    const full = /@CrossOrigin\b(\s*\(([^)]*)\))?/.exec(context.text.slice(start - 1))!;
    const args = full[2] ?? '';
    const wildcard = /"\*"/.test(args) || !/(origins|value|originPatterns)\s*=|^\s*[{"]/.test(args);
    if (wildcard) hits.push({ start, range: context.index.range(start - 1, end), api: args.trim() ? '@CrossOrigin("*")' : '@CrossOrigin without origins', credentials: credentials || /allowCredentials\s*=\s*"true"/.test(args) });
  }
  return hits;
}

/** Every place the file's code allows any origin. */
export function codeCorsHits(context: RuleContext, facts: SyntaxFacts): CorsHit[] {
  switch (facts.language) {
    case 'javascript':
    case 'typescript':
    case 'tsx':
      return javascriptHits(facts);
    case 'python':
      return pythonHits(context, facts);
    case 'java':
      return [...sinkHits(context, facts), ...javaAnnotationHits(context, facts)];
    default:
      return sinkHits(context, facts);
  }
}
