import type { Language, Range } from '../types';

/**
 * What rules see of a file: language-neutral facts extracted once per parse.
 * Rules never walk syntax trees themselves.
 */
export interface SyntaxFacts {
  language: Language;
  strings: StringLiteral[];
  calls: Call[];
  comments: Comment[];
  /** Assignments and initialised declarations (`DEBUG = True`, `const port = 3000`). */
  assignments: Assignment[];
  imports: Imports;
}

export interface Assignment extends Span {
  /** Normalised dotted text of the target (`app.debug`, `DEBUG`, `app.config["DEBUG"]`). */
  target: string;
  targetSpan: Span;
  value: Argument;
}

/** How a literal is bound to its nearest name. */
export type Binding =
  | 'variable'
  | 'property'
  | 'keyword'
  | 'default'
  | 'argument'
  | 'element'
  | 'markup'
  | 'comparison'
  | 'other';

export interface Span {
  /** UTF-16 offsets into the file text. */
  start: number;
  end: number;
  range: Range;
}

export interface StringLiteral extends Span {
  /** Decoded content; for interpolated strings only the static parts. */
  value: string;
  /** True for template literals and f-strings with substitutions. */
  interpolated: boolean;
  /** A bare string statement: Python docstrings, JS directives. */
  docstring: boolean;
  /** Nearest identifier or key the literal is bound to (`paymentsApiUrl`, `host`, `filename`). */
  name?: string;
  /** The full dotted name where there is one (`app.config.BASE_URL`). */
  qualifiedName?: string;
  binding: Binding;
  /** The call this literal is an argument of, directly or inside an object, list or dict. */
  call?: Call;
  /** Index of the call argument that contains the literal. */
  argumentIndex?: number;
  /** The literal is compared with `==`, `===`, `in` and the like. */
  compared?: boolean;
  /** Left operand text when the literal is the fallback of `||`, `??` or `or`. */
  fallbackOf?: string;
  /** Names of the enclosing object keys, innermost first (`meta: { docs: { url } }` → `docs`, `meta`). */
  outerKeys?: string[];
  /** The literal is a field of an object that is one row of a list of three or more (a data table). */
  tableRow?: boolean;
}

export interface Argument extends Span {
  /** Keyword/named argument name (`filename=` in Python). */
  keyword?: string;
  kind: 'string' | 'number' | 'identifier' | 'member' | 'object' | 'array' | 'call' | 'other';
  /** Source text, whitespace collapsed for identifiers and members. */
  text: string;
  /** For strings: the decoded value. */
  value?: string;
  /** For object/dict literals: their entries, keyed by static key name. */
  properties?: Property[];
}

export interface Property extends Span {
  key: string;
  keySpan: Span;
  value: Argument;
}

export interface Call extends Span {
  /** Normalised callee text: `winston.transports.File`, `logging.FileHandler`, `fetch`. */
  callee: string;
  calleeSpan: Span;
  /** `new X(...)` in JS/Java/C#/PHP. */
  isNew: boolean;
  args: Argument[];
  /** Span of the argument list, parentheses included. */
  argsSpan: Span;
}

export interface Comment extends Span {
  text: string;
}

export interface Imports {
  /** Module names imported anywhere in the file (`os`, `logging.handlers`, `winston`). */
  modules: Set<string>;
  /** Local names bound by imports, mapped to their module (`RotatingFileHandler` → `logging.handlers`). */
  names: Map<string, string>;
  /** Offset where a new top-level import can be inserted (start of a line). */
  insertAt: number;
}
