import { pythonImportEdits } from '../../fixes/envAccess';
import type { Argument, Call, SyntaxFacts } from '../../languages/facts';
import type { EditFix, TextEdit } from '../../types';
import type { RuleContext } from '../rule';
import { codeSkeleton } from '../shared/code';
import { editFix, isTrue, lastSegment, matchSpans, type Hit } from './defaults-facts';

const ENV_TITLE = 'Read debug from the environment (default off)';

/** `debug=True` → `debug=os.environ.get("FLASK_DEBUG") == "1"`, importing `os` when needed. */
function pythonEnvFix(context: RuleContext, facts: SyntaxFacts, value: Argument, variable: string): EditFix[] {
  const raw = context.text.slice(value.start, value.end);
  if (!raw.endsWith(value.text)) return [];
  const edit: TextEdit = { range: context.index.range(value.end - value.text.length, value.end), newText: `os.environ.get("${variable}") == "1"` };
  return [editFix(ENV_TITLE, [edit, ...pythonImportEdits(facts, context.index, 'os')])];
}

function importsModule(facts: SyntaxFacts, pattern: RegExp): boolean {
  return [...facts.imports.modules].some((m) => pattern.test(m));
}

/** A Django settings module: by path, or by the settings only Django reads. */
function isDjangoSettings(context: RuleContext): boolean {
  return /(^|\/)settings(\.py$|\/[^/]+\.py$)|(^|\/)[\w-]*settings[\w-]*\.py$/.test(context.path) && /\b(INSTALLED_APPS|ROOT_URLCONF|MIDDLEWARE|DATABASES|ALLOWED_HOSTS)\b/.test(context.text);
}

function pythonHits(context: RuleContext, facts: SyntaxFacts): Hit[] {
  const hits: Hit[] = [];
  const flask = importsModule(facts, /^flask(\.|$)/);
  for (const call of facts.calls) {
    const name = lastSegment(call.callee);
    const debug = call.args.find((a) => a.keyword === 'debug' && isTrue(a));
    if (debug && name === 'run' && flask && call.callee.includes('.')) {
      hits.push({ start: debug.start, range: debug.range, api: 'Flask app.run(debug=True)', fixes: pythonEnvFix(context, facts, debug, 'FLASK_DEBUG') });
    } else if (debug && /^(FastAPI|Starlette)$/.test(name) && importsModule(facts, /^(fastapi|starlette)(\.|$)/)) {
      hits.push({ start: debug.start, range: debug.range, api: `${name}(debug=True)`, fixes: pythonEnvFix(context, facts, debug, 'APP_DEBUG') });
    }
    const upper = call.args.find((a) => a.keyword === 'DEBUG' && isTrue(a));
    if (upper && ((flask && /config\.update$/.test(call.callee)) || (call.callee === 'settings.configure' && importsModule(facts, /^django/)))) {
      hits.push({ start: upper.start, range: upper.range, api: `${call.callee}(DEBUG=True)` });
    }
  }
  const django = isDjangoSettings(context);
  for (const a of facts.assignments) {
    if (!isTrue(a.value)) continue;
    if (flask && (/\.debug$/.test(a.target) || /\.config\[["']DEBUG["']\]$/.test(a.target))) {
      hits.push({ start: a.start, range: a.range, api: `Flask ${a.target} = True`, fixes: pythonEnvFix(context, facts, a.value, 'FLASK_DEBUG') });
    } else if (django && (a.target === 'DEBUG' || a.target === 'DEBUG_PROPAGATE_EXCEPTIONS')) {
      const fixes = a.target === 'DEBUG' ? pythonEnvFix(context, facts, a.value, 'DJANGO_DEBUG') : [];
      hits.push({ start: a.start, range: a.range, api: `Django ${a.target} = True`, fixes });
    }
  }
  return hits;
}

function javascriptHits(facts: SyntaxFacts): Hit[] {
  const hits: Hit[] = [];
  for (const call of facts.calls) {
    if (facts.imports.names.get(call.callee) === 'errorhandler') {
      hits.push({ start: call.start, range: call.calleeSpan.range, api: 'errorhandler() middleware' });
    } else if (lastSegment(call.callee) === 'set' && call.args[0]?.value === 'env' && call.args[1]?.value === 'development' && facts.imports.modules.has('express')) {
      hits.push({ start: call.start, range: call.range, api: 'app.set("env", "development")' });
    }
  }
  return hits;
}

function goHits(context: RuleContext, facts: SyntaxFacts): Hit[] {
  const hits: Hit[] = [];
  for (const call of facts.calls) {
    const mode = call.args[0];
    if (call.callee === 'gin.SetMode' && mode && (mode.text === 'gin.DebugMode' || mode.value === 'debug')) hits.push({ start: mode.start, range: mode.range, api: 'gin.SetMode(gin.DebugMode)' });
  }
  if (importsModule(facts, /labstack\/echo/)) {
    for (const a of facts.assignments) if (/\.Debug$/.test(a.target) && isTrue(a.value)) hits.push({ start: a.start, range: a.range, api: `echo ${a.target} = true` });
  }
  // A blank pprof import registers /debug/pprof on the default mux of the program's server.
  if (/^package\s+main\b/m.test(context.text)) {
    for (const literal of facts.strings) {
      if (literal.value === 'net/http/pprof' && /\b_\s*$/.test(context.text.slice(Math.max(0, literal.start - 20), literal.start))) {
        hits.push({ start: literal.start, range: literal.range, api: 'import _ "net/http/pprof"' });
      }
    }
  }
  return hits;
}

/** The statement `app.UseX();` wrapped in the development guard of its host style. */
function wrapInDevGuard(context: RuleContext, call: Call): EditFix[] {
  const receiver = call.callee.slice(0, call.callee.lastIndexOf('.'));
  const line = context.index.positionAt(call.start).line;
  const lineText = context.index.lineText(line);
  const indent = /^\s*/.exec(lineText)![0];
  const statementEnd = call.end + (context.text[call.end] === ';' ? 1 : 0);
  if (lineText.trim() !== context.text.slice(call.start, statementEnd) || context.text[call.end] !== ';') return [];
  const guard = /\bWebApplication\b/.test(context.text) && receiver === 'app' ? 'app.Environment.IsDevelopment()' : /\bI(WebHost|Hosting)Environment\s+env\b/.test(context.text) ? 'env.IsDevelopment()' : undefined;
  if (!guard) return [];
  const body = context.text.slice(call.start, statementEnd);
  const newText = `if (${guard})\n${indent}{\n${indent}    ${body}\n${indent}}`;
  return [editFix('Only in development', [{ range: context.index.range(call.start, statementEnd), newText }])];
}

function csharpHits(context: RuleContext, facts: SyntaxFacts): Hit[] {
  const hits: Hit[] = [];
  for (const call of facts.calls) {
    const name = lastSegment(call.callee);
    if (name === 'UseDeveloperExceptionPage' || name === 'UseDatabaseErrorPage') {
      hits.push({ start: call.start, range: call.calleeSpan.range, api: `${name}()`, fixes: wrapInDevGuard(context, call) });
    }
  }
  return hits;
}

function javaHits(context: RuleContext, facts: SyntaxFacts): Hit[] {
  const skeleton = codeSkeleton(facts, context.text);
  return [...matchSpans(/@EnableWebSecurity\s*\([^)]*\b(debug\s*=\s*true)\b/dg, skeleton)].map(({ start, end }) => ({
    start,
    range: context.index.range(start, end),
    api: '@EnableWebSecurity(debug = true)',
  }));
}

function rubyHits(context: RuleContext, facts: SyntaxFacts): Hit[] {
  // Rails shows full error pages to everyone when this is on; development.rb and test.rb set it on purpose.
  const environment = /(^|\/)config\/environments\/([\w-]+)\.rb$/.exec(context.path)?.[2];
  if (!environment || /^(development|test)$/.test(environment)) return [];
  return facts.assignments
    .filter((a) => /(^|\.)consider_all_requests_local$/.test(a.target) && isTrue(a.value))
    .map((a) => ({ start: a.start, range: a.range, api: 'config.consider_all_requests_local = true', fixes: [editFix('Set it to false', [{ range: a.value.range, newText: 'false' }])] }));
}

function phpHits(facts: SyntaxFacts): Hit[] {
  const hits: Hit[] = [];
  for (const call of facts.calls) {
    const [key, value] = call.args;
    if (call.callee === 'ini_set' && key?.value === 'display_errors' && value && (/^(1|on|true|stdout|stderr)$/i.test(value.value ?? value.text))) {
      const fixes = [editFix("Set display_errors to '0'", [{ range: value.range, newText: "'0'" }])];
      hits.push({ start: call.start, range: call.range, api: "ini_set('display_errors', '1')", fixes });
    } else if (call.callee === 'config' && key?.kind === 'object') {
      const entry = key.properties?.find((p) => p.key === 'app.debug' && (isTrue(p.value) || p.value.value === 'true'));
      if (entry) hits.push({ start: entry.start, range: entry.range, api: "config(['app.debug' => true])" });
    }
  }
  return hits;
}

/** Every place the file's code turns a framework's debug mode or debug endpoints on. */
export function codeHits(context: RuleContext, facts: SyntaxFacts): Hit[] {
  switch (facts.language) {
    case 'python':
      return pythonHits(context, facts);
    case 'javascript':
    case 'typescript':
    case 'tsx':
      return javascriptHits(facts);
    case 'go':
      return goHits(context, facts);
    case 'csharp':
      return csharpHits(context, facts);
    case 'java':
      return javaHits(context, facts);
    case 'ruby':
      return rubyHits(context, facts);
    case 'php':
      return phpHits(facts);
    default:
      return [];
  }
}
