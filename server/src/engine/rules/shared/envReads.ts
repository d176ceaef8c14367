import type { Argument, Call, Span, StringLiteral, SyntaxFacts } from '../../languages/facts';
import { LineIndex } from '../../text';
import type { Language } from '../../types';
import { codeSkeleton } from './code';

/** One read of an environment variable with a static name. */
export interface EnvRead {
  name: string;
  /** The whole read expression (`os.getenv("X", "d")`, `process.env.X`), without the `??` fallback. */
  span: Span;
  /** The name itself, without quotes. */
  nameSpan: Span;
  /** The read together with its default: the `??` operand, or the `cmp.Or(…)` / `Optional…orElse(…)` around it. */
  expression: Span;
  /** The default used when the variable is unset: a default argument or the right side of `??`/`||`/`or`/`?:`. */
  fallback?: Argument;
  /** `required` reads fail when the variable is unset (`os.environ["X"]`, `ENV.fetch("X")`, `?? throw …`). */
  kind: 'required' | 'optional';
}

/** A call that reads a variable: where its name and default arguments are. */
interface CallSink {
  callee: RegExp;
  name: number;
  fallback?: number;
  /** The local name must be imported from this module (`from os import getenv`). */
  importedFrom?: string;
  /** Unset means failure unless there is a default (`ENV.fetch("X")`). */
  requiredWithoutDefault?: boolean;
}

const CALL_SINKS: Partial<Record<Language, CallSink[]>> = {
  javascript: [{ callee: /^Deno\.env\.get$/, name: 0 }],
  python: [
    { callee: /^os\.(environ\.get|getenv|environ\.setdefault)$/, name: 0, fallback: 1 },
    { callee: /^environ\.(get|setdefault)$/, name: 0, fallback: 1, importedFrom: 'os' },
    { callee: /^getenv$/, name: 0, fallback: 1, importedFrom: 'os' },
  ],
  go: [{ callee: /^(os|syscall)\.(Getenv|LookupEnv)$/, name: 0 }],
  java: [
    { callee: /^System\.getenv$/, name: 0 },
    { callee: /^System\.getenv\(\)\.getOrDefault$/, name: 0, fallback: 1 },
    { callee: /^System\.getenv\(\)\.get$/, name: 0 },
  ],
  csharp: [{ callee: /^(System\.)?Environment\.GetEnvironmentVariable$/, name: 0 }],
  ruby: [{ callee: /^ENV\.fetch$/, name: 0, fallback: 1, requiredWithoutDefault: true }],
  php: [{ callee: /^\\?getenv$/, name: 0 }, { callee: /^env$/, name: 0, fallback: 1 }],
};
CALL_SINKS.typescript = CALL_SINKS.tsx = CALL_SINKS.javascript;

/** Member and subscript reads found in the code skeleton; group 1 is a bare member name, else a literal follows. */
interface TextSink {
  pattern: RegExp;
  importedFrom?: { local: string; module: string };
  required?: boolean;
}

const TEXT_SINKS: Partial<Record<Language, TextSink[]>> = {
  javascript: [
    { pattern: /(?<![\w$.])(?:process\.env|import\.meta\.env|Bun\.env)(?:\.([A-Za-z_$][\w$]*)|\[\s*(?=['"`]))/g },
  ],
  python: [
    { pattern: /(?<![\w.])os\.environ\[\s*(?=['"])/g, required: true },
    { pattern: /(?<![\w.])environ\[\s*(?=['"])/g, required: true, importedFrom: { local: 'environ', module: 'os' } },
  ],
  ruby: [{ pattern: /(?<![\w.:])(?:::)?ENV\[\s*(?=['"])/g }],
  php: [{ pattern: /\$_ENV\[\s*(?=['"])/g }],
};
TEXT_SINKS.typescript = TEXT_SINKS.tsx = TEXT_SINKS.javascript;

/** Operators that give a read a default, per language. */
const FALLBACK_OPERATORS: Partial<Record<Language, RegExp>> = {
  javascript: /^\s*!?\s*(\?\?|\|\|)(?!=)\s*/,
  python: /^\s*or\b\s*/,
  csharp: /^\s*\?\?(?!=)\s*/,
  ruby: /^\s*\|\|(?!=)\s*/,
  php: /^\s*(\?:|\?\?(?!=)|\|\|)\s*/,
};
FALLBACK_OPERATORS.typescript = FALLBACK_OPERATORS.tsx = FALLBACK_OPERATORS.javascript;

/** A higher-precedence operator or a member access just before the read: the `??` after it is not the read's. */
const BOUND_BEFORE = /(?:[-+*/%.!~^<>]|[=!]=|\bnot|\band|&&)\s*$/;
/** Calls that wrap a read and give it a default (`cmp.Or(os.Getenv("X"), "d")`) or make it required. */
const WRAPPERS: { callee: RegExp; role: 'fallback' | 'required' | 'optional' }[] = [
  { callee: /^cmp\.Or$/, role: 'fallback' },
  { callee: /^Optional\.ofNullable$/, role: 'optional' },
  { callee: /^Objects\.requireNonNull$/, role: 'required' },
];

const cache = new WeakMap<SyntaxFacts, EnvRead[]>();

/**
 * Every environment-variable read with a static name in a code file, for all
 * seven code languages, with its default (if any) and whether it is required.
 */
export function envReadsOf(facts: SyntaxFacts, text: string): EnvRead[] {
  let reads = cache.get(facts);
  if (reads === undefined) {
    const scan = new Scan(facts, text);
    reads = [...scan.callReads(), ...scan.textReads()].sort((a, b) => a.span.start - b.span.start);
    cache.set(facts, reads);
  }
  return reads;
}

class Scan {
  private readonly index: LineIndex;
  private readonly skeleton: string;
  private readonly literalAt = new Map<number, StringLiteral>();

  constructor(private readonly facts: SyntaxFacts, private readonly text: string) {
    this.index = new LineIndex(text);
    this.skeleton = codeSkeleton(facts, text);
    for (const literal of facts.strings) this.literalAt.set(literal.start, literal);
  }

  private span(start: number, end: number): Span {
    return { start, end, range: this.index.range(start, end) };
  }

  private imported(local: string, module: string): boolean {
    return this.facts.imports.names.get(local) === module;
  }

  *callReads(): Generator<EnvRead> {
    const sinks = CALL_SINKS[this.facts.language] ?? [];
    for (const call of this.facts.calls) {
      const sink = sinks.find((s) => s.callee.test(call.callee));
      if (!sink || (sink.importedFrom && !this.imported(call.callee.split('.')[0], sink.importedFrom))) continue;
      const nameArg = call.args[sink.name];
      if (!nameArg || nameArg.keyword !== undefined || nameArg.kind !== 'string' || nameArg.value === undefined) continue;
      const literal = this.literalAt.get(nameArg.start);
      if (literal?.interpolated) continue;
      const defaultArg = sink.fallback !== undefined ? call.args[sink.fallback] : undefined;
      const block = this.facts.language === 'ruby' && /^\s*(\{|do\b)/.test(this.skeleton.slice(call.argsSpan.end, call.end + 8));
      const required = sink.requiredWithoutDefault === true && !defaultArg && !block;
      yield this.finish(nameArg.value, call.start, call.end, nameArg, defaultArg, required);
    }
  }

  *textReads(): Generator<EnvRead> {
    for (const sink of TEXT_SINKS[this.facts.language] ?? []) {
      if (sink.importedFrom && !this.imported(sink.importedFrom.local, sink.importedFrom.module)) continue;
      for (const m of this.skeleton.matchAll(sink.pattern)) {
        const start = m.index;
        const read = m[1] !== undefined ? this.memberRead(m[1], start + m[0].length) : this.subscriptRead(start + m[0].length);
        if (read && !this.isWrite(read.end)) yield this.finish(read.name, start, read.end, read.nameSpan, undefined, sink.required === true);
      }
    }
  }

  private memberRead(name: string, end: number): { name: string; end: number; nameSpan: Span } | undefined {
    if (/^\s*\(/.test(this.skeleton.slice(end, end + 4))) return undefined; // process.env.hasOwnProperty(…)
    return { name, end, nameSpan: this.span(end - name.length, end) };
  }

  private subscriptRead(at: number): { name: string; end: number; nameSpan: Span } | undefined {
    const literal = this.literalAt.get(at);
    if (!literal || literal.interpolated || !/^\w+$/.test(literal.value)) return undefined;
    const close = /^\s*\]/.exec(this.skeleton.slice(literal.end));
    if (!close) return undefined;
    const nameStart = this.text.indexOf(literal.value, literal.start);
    return { name: literal.value, end: literal.end + close[0].length, nameSpan: this.span(nameStart, nameStart + literal.value.length) };
  }

  /** `process.env.X = …` and `ENV["X"] = …` set a variable; they do not read it. */
  private isWrite(end: number): boolean {
    return /^\s*(=(?![=~>])|\|\|=|\?\?=)/.test(this.skeleton.slice(end, end + 4));
  }

  private finish(name: string, start: number, end: number, nameAt: Span, defaultArg: Argument | undefined, required: boolean): EnvRead {
    const nameSpan = 'kind' in nameAt ? this.nameInside(name, nameAt) : nameAt;
    const span = this.span(start, end);
    const read: EnvRead = { name, span, expression: span, nameSpan, kind: required ? 'required' : 'optional' };
    if (defaultArg) read.fallback = defaultArg;
    else this.applyOperand(read) || this.applyWrapper(read);
    if (read.fallback?.text === 'throw' || read.fallback?.text.startsWith('throw ')) {
      read.fallback = undefined;
      read.kind = 'required';
    }
    return read;
  }

  private nameInside(name: string, arg: Span): Span {
    const at = this.text.indexOf(name, arg.start);
    return at >= 0 && at < arg.end ? this.span(at, at + name.length) : this.span(arg.start, arg.end);
  }

  /** The right operand of `??`, `||`, `or`, `?:` directly after the read. */
  private applyOperand(read: EnvRead): boolean {
    const operator = FALLBACK_OPERATORS[this.facts.language];
    if (!operator) return false;
    const before = this.skeleton.slice(Math.max(0, read.span.start - 8), read.span.start);
    if (BOUND_BEFORE.test(before)) return false;
    const m = operator.exec(this.skeleton.slice(read.span.end, read.span.end + 12));
    if (!m) return false;
    const operand = this.operandAt(read.span.end + m[0].length);
    if (operand) {
      read.fallback = operand;
      read.expression = this.span(read.span.start, operand.end);
    }
    return operand !== undefined;
  }

  private applyWrapper(read: EnvRead): boolean {
    for (const call of this.facts.calls) {
      if (call.args[0]?.start !== read.span.start || call.args[0].end !== read.span.end) continue;
      const wrapper = WRAPPERS.find((w) => w.callee.test(call.callee));
      if (!wrapper) return false;
      const outer = wrapper.role === 'optional' ? this.orElseOf(call) : call;
      if (wrapper.role === 'required') read.kind = 'required';
      else read.fallback = wrapper.role === 'optional' ? outer?.args[0] : call.args[1];
      if (read.fallback && outer) read.expression = this.span(outer.start, outer.end);
      return true;
    }
    return false;
  }

  /** The `Optional.ofNullable(read).orElse(d)` call around `inner`. */
  private orElseOf(inner: Call): Call | undefined {
    return this.facts.calls.find((c) => c.start === inner.start && c.end > inner.end && /\.orElse$/.test(c.callee));
  }

  /** The operand starting at `at`: a literal, a number, a name, a call or a `throw`. */
  private operandAt(at: number): Argument | undefined {
    const literal = this.literalAt.get(at);
    if (literal) {
      return { ...this.span(literal.start, literal.end), kind: 'string', text: this.text.slice(literal.start, literal.end), value: literal.value };
    }
    const rest = this.skeleton.slice(at, at + 400);
    const number = /^-?\d[\d_]*(\.\d+)?\b/.exec(rest);
    if (number) return { ...this.span(at, at + number[0].length), kind: 'number', text: number[0] };
    const thrown = /^throw\b[^;\n]*/.exec(rest);
    if (thrown) return { ...this.span(at, at + thrown[0].length), kind: 'other', text: thrown[0].trim() };
    const name = /^[A-Za-z_$@\\][\w$]*(?:(?:\.|::|->)[A-Za-z_$][\w$]*)*/.exec(rest);
    if (!name) return undefined;
    const end = at + name[0].length;
    const callEnd = rest[name[0].length] === '(' ? this.closing(end) : undefined;
    if (callEnd !== undefined) return { ...this.span(at, callEnd), kind: 'call', text: this.text.slice(at, callEnd) };
    return { ...this.span(at, end), kind: name[0].includes('.') ? 'member' : 'identifier', text: name[0] };
  }

  /** Offset just after the bracket that closes the one at `open`. */
  private closing(open: number): number | undefined {
    let depth = 0;
    for (let i = open; i < this.skeleton.length; i++) {
      const c = this.skeleton[i];
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    return undefined;
  }
}

/** Calls in the file that read the environment, for rules that only need the call. */
export function isEnvReadCall(language: Language, call: Call): boolean {
  return (CALL_SINKS[language] ?? []).some((s) => s.callee.test(call.callee));
}
