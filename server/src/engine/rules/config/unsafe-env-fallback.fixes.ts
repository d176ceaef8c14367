import type { SyntaxFacts } from '../../languages/facts';
import type { LineIndex } from '../../text';
import type { EditFix, Language, TextEdit } from '../../types';
import type { EnvRead } from '../shared/envReads';

interface FixInput {
  read: EnvRead;
  text: string;
  facts: SyntaxFacts;
  index: LineIndex;
}

/** The name as written, quotes included (`"X"`, `'X'`). */
function quoted(input: FixInput): string {
  const q = input.text[input.read.nameSpan.start - 1];
  return q === '"' || q === "'" ? `${q}${input.read.name}${q}` : `"${input.read.name}"`;
}

/** The read with its default, wherever the default is. */
function wholeRead(input: FixInput): { start: number; end: number } {
  return input.read.expression;
}

function replace(input: FixInput, at: { start: number; end: number }, newText: string): TextEdit {
  return { range: input.index.range(at.start, at.end), newText };
}

/** Replaces the default that follows the read (`?? "d"`, `?: "d"`) with a throw. */
function throwInstead(input: FixInput, operator: string, exception: string): TextEdit[] | undefined {
  const fallback = input.read.fallback;
  if (!fallback || fallback.start < input.read.span.end) return undefined;
  const message = `${input.read.name} is not set`;
  const q = exception.startsWith('\\') ? "'" : '"';
  return [replace(input, { start: input.read.span.end, end: fallback.end }, ` ${operator} throw new ${exception}(${q}${message}${q})`)];
}

/** `import os` at the file's import position (`from os import getenv` does not bind `os`). */
function importOs(input: FixInput): TextEdit[] {
  const at = input.facts.imports.insertAt;
  const position = input.index.positionAt(at);
  return [{ range: { start: position, end: position }, newText: at === 0 ? 'import os\n' : '\nimport os' }];
}

type EditsFor = (input: FixInput) => TextEdit[] | undefined;

const EDITS: Partial<Record<Language, EditsFor>> = {
  python: (input) => {
    const os = /^\s*import\s+([\w.]+\s*,\s*)*os\b(?!\.)/m.test(input.text) ? [] : importOs(input);
    return [replace(input, wholeRead(input), `os.environ[${quoted(input)}]`), ...os];
  },
  java: (input) => {
    const imported = /^\s*import\s+java\.util\.(Objects|\*)\s*;/m.test(input.text);
    const objects = imported ? 'Objects' : 'java.util.Objects';
    const name = quoted(input);
    return [replace(input, wholeRead(input), `${objects}.requireNonNull(System.getenv(${name}), "${input.read.name} is not set")`)];
  },
  csharp: (input) => throwInstead(input, '??', 'InvalidOperationException'),
  ruby: (input) => [replace(input, wholeRead(input), `ENV.fetch(${quoted(input)})`)],
  php: (input) => {
    const read = input.text.slice(input.read.span.start, input.read.span.end);
    if (read.startsWith('getenv') || read.startsWith('\\getenv')) return throwInstead(input, '?:', '\\RuntimeException');
    if (read.startsWith('$_ENV')) return throwInstead(input, '??', '\\RuntimeException');
    const message = `'${input.read.name} is not set'`;
    return [replace(input, wholeRead(input), `env(${quoted(input)}) ?? throw new \\RuntimeException(${message})`)];
  },
};

/** "Make X required": the language's fail-fast read in place of the read and its default (Part E.1). */
export function makeRequiredFix(input: FixInput): EditFix | undefined {
  const edits = EDITS[input.facts.language]?.(input);
  if (!edits) return undefined;
  return { kind: 'edit', title: `Make ${input.read.name} required (fail when it is unset)`, edits, fixAll: false, preferred: true };
}

/** Compose `${X:-d}` → `${X:?X is not set}`; Spring `${X:d}` → `${X}`. */
export function placeholderFix(language: Language, name: string, index: LineIndex, defaultStart: number, defaultEnd: number): EditFix {
  const newText = language === 'compose' ? `:?${name} is not set` : '';
  return {
    kind: 'edit',
    title: `Make ${name} required (fail when it is unset)`,
    edits: [{ range: index.range(defaultStart, defaultEnd), newText }],
    fixAll: false,
    preferred: true,
  };
}
