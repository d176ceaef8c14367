import type { RuleContext } from '../rule';

/** Files that configure only production (Django, Rails, dotenv, ASP.NET, Spring, compose, overlays). */
const PRODUCTION_FILE =
  /(^|\/)(settings\/prod(uction)?\.py|config\/environments\/production\.rb|\.env\.prod(uction)?|appsettings\.Production\.json|application-prod[\w-]*\.(properties|ya?ml)|(docker-)?compose[.-]prod(uction)?\.ya?ml|web\.Release\.config)$|(^|\/)(overlays|environments|envs?)\/prod(uction)?\//i;

/** Files that configure only a developer's machine (catalog G9). */
const DEVELOPMENT_FILE =
  /(^|\/)(settings\/(dev|development|local)[\w-]*\.py|local_settings\.py|config\/environments\/development\.rb|\.env|\.env\.(dev|development|local)(\.local)?|appsettings\.Development\.json|application-(dev|local)[\w-]*\.(properties|ya?ml)|(docker-)?compose\.override\.ya?ml|(docker-)?compose[.-](dev|development|local)\.ya?ml|web\.Debug\.config|[^/]+\.local\.[\w.]+)$|(^|\/)(overlays|environments|envs?)\/(dev|development|local)\//i;

/** Templates that document variables rather than set them (catalog G2). */
const TEMPLATE_FILE = /(^|\/)\.env\.(example|sample|template|dist|defaults)$|\.(example|sample|template|tmpl)(\.[\w]+)?$/i;

export type FileScope = 'production' | 'development' | 'template' | 'shared';

/** Which deploys a file configures, from its path. */
export function fileScope(path: string): FileScope {
  if (TEMPLATE_FILE.test(path)) return 'template';
  if (DEVELOPMENT_FILE.test(path)) return 'development';
  if (PRODUCTION_FILE.test(path)) return 'production';
  return 'shared';
}

/** Conditions that hold only outside production: `IsDevelopment()`, `NODE_ENV !== "production"`, `Rails.env.development?`. */
const DEV_CONDITION =
  /IsDevelopment\s*\(|IsEnvironment\s*\(\s*"Development"|NODE_ENV\s*!==?\s*['"]production['"]|['"]production['"]\s*!==?\s*process\.env\.NODE_ENV|NODE_ENV\s*===?\s*['"](development|dev|test)['"]|['"](development|dev)['"]\s*===?\s*process\.env\.NODE_ENV|get\(\s*['"]env['"]\s*\)\s*===?\s*['"]development['"]|Rails\.env\.(development|test)\?|\bsettings\.DEBUG\b|\bapp\.debug\b|import\.meta\.env\.DEV\b|__DEV__|\bisDev(elopment)?\b|\bIS_DEV\b/;

/** Reads of the process environment, for "gated behind an env opt-in". */
const ENV_READ = /process\.env\b|os\.environ|os\.getenv|os\.Getenv|System\.getenv|GetEnvironmentVariable|\bENV\[|ENV\.fetch|\bgetenv\(|\$_ENV|\benv\(/;

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** The line of `offset` and the `if` lines that enclose it by indentation, innermost first (at most `depth`). */
function enclosingConditions(context: RuleContext, offset: number, depth = 6): string[] {
  const { index } = context;
  const line = index.positionAt(offset).line;
  const own = index.lineText(line);
  // The line itself covers one-line guards (`if (dev) app.use(x);`) and statement modifiers (`x if Rails.env.development?`).
  const found: string[] = [own];
  let indent = indentOf(own);
  for (let n = line - 1; n >= 0 && n >= line - 80 && found.length <= depth && indent > 0; n--) {
    const text = index.lineText(n);
    if (text.trim() === '') continue;
    const lineIndent = indentOf(text);
    if (lineIndent >= indent) continue;
    indent = lineIndent;
    // `if (cond)` then `{` on the next line (Allman), `if cond:`, `} else if`; a plain `} else {` is no guard.
    if (/^\s*\{\s*$/.test(text)) indent = lineIndent + 1;
    else found.push(/^\s*(if|elif|unless|when)\b|^\s*\}?\s*else\s+if\b/.test(text) ? text : '');
  }
  return found;
}

/** The code at `offset` runs only in development (catalog G9): inside an `if` on a development-only condition. */
export function isDevGuarded(context: RuleContext, offset: number): boolean {
  return enclosingConditions(context, offset).some((condition) => /\b(if|when)\b|\?/.test(condition) && DEV_CONDITION.test(condition));
}

/** The code at `offset` runs only when an environment variable opts in: inside an `if` that reads the environment. */
export function isEnvGated(context: RuleContext, offset: number): boolean {
  return enclosingConditions(context, offset).some((condition) => /\bif\b|\?/.test(condition) && (ENV_READ.test(condition) || INSECURE_OPTION.test(condition)));
}

/** Options whose name says the caller asked for no verification (`ignoreSslError`, `insecure`, `skipVerify`): an explicit opt-in. */
const INSECURE_OPTION = /\b\w*(?:insecure|ignore_?ssl|ignore_?cert|ignore_?tls|skip_?(?:tls_?|ssl_?|cert_?)?verif|no_?verify|allow_?(?:self_?signed|untrusted|invalid)|disable_?(?:ssl|tls|cert))\w*\b/i;
