/**
 * A small POSIX shell reader for the command lines found in Dockerfiles,
 * compose files and manifests. It splits a script into simple commands and
 * words with their offsets; it does not expand anything, and it gives up
 * quietly (marking words as `complex`) where exact meaning would need a shell.
 */

/** One word of a command, with its unquoted value and where it sits in the source. */
export interface ShellWord {
  /** The word after quote removal (expansions are left as written). */
  value: string;
  /** Offsets in the source text, quotes included. */
  start: number;
  end: number;
  /** The word had quotes or backslash escapes. */
  quoted: boolean;
  /** Expansion, glob, tilde, redirection or other syntax a plain argv cannot keep. */
  complex: boolean;
}

export type ShellOperator = '&&' | '||' | ';' | '|' | '&' | '\n';

/** A simple command: its words and the operator that ends it (undefined for the last one). */
export interface ShellCommand {
  words: ShellWord[];
  /** Operator before this command, if any. */
  before?: ShellOperator;
  /** Operator after this command, if any. */
  after?: ShellOperator;
  /** Offsets of the operator after this command. */
  afterStart?: number;
  afterEnd?: number;
}

export interface ShellScript {
  commands: ShellCommand[];
  /** Something the reader does not model (subshells, here-docs, comments, unterminated quotes). */
  complex: boolean;
}

const OPERATOR_CHARS = new Set(['&', '|', ';', '\n']);
const META_UNQUOTED = /[*?[\]{}<>()`]/;

/** Splits `text` into simple commands on `&&`, `||`, `;`, `|`, `&` and newlines, respecting quotes and `\`-newline continuations. */
export function splitShell(text: string, escape = '\\'): ShellScript {
  const reader = new Reader(text, escape);
  return reader.read();
}

class Reader {
  private i = 0;
  private commands: ShellCommand[] = [];
  private words: ShellWord[] = [];
  private complex = false;
  private pending?: ShellOperator;

  constructor(
    private readonly text: string,
    private readonly escape: string,
  ) {}

  read(): ShellScript {
    const t = this.text;
    while (this.i < t.length) {
      const c = t[this.i]!;
      if (c === this.escape && (t[this.i + 1] === '\n' || (t[this.i + 1] === '\r' && t[this.i + 2] === '\n'))) {
        this.i += t[this.i + 1] === '\n' ? 2 : 3;
      } else if (c === ' ' || c === '\t' || c === '\r') {
        this.i++;
      } else if (c === '#') {
        // A comment runs to the end of the line.
        this.complex = true;
        while (this.i < t.length && t[this.i] !== '\n') this.i++;
      } else if (OPERATOR_CHARS.has(c)) {
        this.operator();
      } else {
        this.word();
      }
    }
    this.endCommand(undefined, this.i, this.i);
    return { commands: this.commands, complex: this.complex };
  }

  private operator(): void {
    const t = this.text;
    const start = this.i;
    const two = t.slice(start, start + 2);
    let op: ShellOperator;
    if (two === '&&' || two === '||') op = two;
    else op = t[start] as ShellOperator;
    // `;;`, `|&`, `&>`: shell syntax beyond simple lists.
    if (two === ';;' || two === '|&' || two === '&>') this.complex = true;
    this.i += op.length;
    this.endCommand(op, start, this.i);
  }

  private endCommand(op: ShellOperator | undefined, start: number, end: number): void {
    if (this.words.length === 0) {
      // Blank lines and the newline after `&&` separate nothing; a lone `;` or `|` is syntax we do not model.
      if (op !== undefined && op !== '\n') this.complex = true;
      return;
    }
    const command: ShellCommand = { words: this.words, before: this.pending };
    if (op !== undefined) Object.assign(command, { after: op, afterStart: start, afterEnd: end });
    this.commands.push(command);
    this.words = [];
    this.pending = op;
  }

  private word(): void {
    const t = this.text;
    const start = this.i;
    let value = '';
    let quoted = false;
    let complex = false;
    while (this.i < t.length) {
      const c = t[this.i]!;
      if (c === ' ' || c === '\t' || c === '\r' || OPERATOR_CHARS.has(c)) break;
      if (c === this.escape) {
        const next = t[this.i + 1];
        if (next === '\n') {
          this.i += 2;
          break;
        }
        if (next === undefined) break;
        value += next;
        quoted = true;
        this.i += 2;
      } else if (c === "'") {
        const close = t.indexOf("'", this.i + 1);
        if (close < 0) return this.unterminated(start);
        value += t.slice(this.i + 1, close);
        quoted = true;
        this.i = close + 1;
      } else if (c === '"') {
        const inner = this.doubleQuoted();
        if (inner === undefined) return this.unterminated(start);
        value += inner.value;
        complex ||= inner.complex;
        quoted = true;
      } else if (c === '<' || c === '>') {
        // Redirections (`2>&1`, `>>`, `>|`) stay inside the word; their `&` is not an operator.
        complex = true;
        value += c;
        this.i++;
        while (this.i < t.length && '&>|'.includes(t[this.i]!)) value += t[this.i++];
      } else {
        if (c === '(' || c === ')') this.complex = true;
        if (c === '$' || (c === '~' && this.i === start) || META_UNQUOTED.test(c)) complex = true;
        value += c;
        this.i++;
      }
    }
    this.words.push({ value, start, end: this.i, quoted, complex });
  }

  /** Reads a "…" string at `this.i`; `$` and backquotes inside it are expansions. */
  private doubleQuoted(): { value: string; complex: boolean } | undefined {
    const t = this.text;
    let value = '';
    let complex = false;
    let j = this.i + 1;
    while (j < t.length && t[j] !== '"') {
      const c = t[j]!;
      if (c === '\\' && j + 1 < t.length && '$`"\\\n'.includes(t[j + 1]!)) {
        if (t[j + 1] !== '\n') value += t[j + 1];
        j += 2;
        continue;
      }
      if (c === '$' || c === '`') complex = true;
      value += c;
      j++;
    }
    if (j >= t.length) return undefined;
    this.i = j + 1;
    return { value, complex };
  }

  private unterminated(start: number): void {
    this.complex = true;
    this.words.push({ value: this.text.slice(start), start, end: this.text.length, quoted: true, complex: true });
    this.i = this.text.length;
  }
}

/** The program name of a word: `/usr/local/bin/gunicorn` → `gunicorn`. */
export function baseName(word: string): string {
  return word.slice(word.lastIndexOf('/') + 1);
}

/** Leading `VAR=value` words of a command (environment assignments). */
export function isAssignment(word: ShellWord): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*=/.test(word.value) && !word.value.startsWith('=');
}

/** Shells that take a script with `-c`. */
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh']);

/** Index of the script in an argv like `sh -c "…"`, `/bin/bash -ec "…"`, or -1. */
export function shellScriptIndex(argv: readonly string[]): number {
  if (argv.length < 3 || !SHELLS.has(baseName(argv[0]!))) return -1;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]!;
    if (/^-[a-zA-Z]*c[a-zA-Z]*$/.test(arg)) return i + 1 < argv.length ? i + 1 : -1;
    // Other single-letter options (`-e`, `-x`, `-o pipefail`) may come first.
    if (arg === '-o' || arg === '+o') i++;
    else if (!/^[-+][a-zA-Z]+$/.test(arg)) return -1;
  }
  return -1;
}

/** Splits a compose `command:` string the way compose does (shlex: quotes, no expansion, no operators). */
export function shlexSplit(text: string): ShellWord[] | undefined {
  const words: ShellWord[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (i >= text.length) break;
    const start = i;
    let value = '';
    let quoted = false;
    while (i < text.length && !/\s/.test(text[i]!)) {
      const c = text[i]!;
      if (c === "'" || c === '"') {
        const close = text.indexOf(c, i + 1);
        if (close < 0) return undefined;
        value += text.slice(i + 1, close);
        quoted = true;
        i = close + 1;
      } else {
        value += c;
        i++;
      }
    }
    words.push({ value, start, end: i, quoted, complex: false });
  }
  return words;
}
