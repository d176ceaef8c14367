import * as TreeSitter from '@vscode/tree-sitter-wasm';
import * as path from 'node:path';
import type { CodeLanguage } from '../types';

export type Tree = TreeSitter.Tree;
export type Node = TreeSitter.Node;
export type Grammar = TreeSitter.Language;
export type Query = TreeSitter.Query;

/** A parse tree with what queries over it need. */
export interface ParsedTree {
  tree: Tree;
  grammar: Grammar;
  compile(source: string): Query;
}

const GRAMMAR_FILES: Record<CodeLanguage, string> = {
  javascript: 'tree-sitter-javascript.wasm',
  typescript: 'tree-sitter-typescript.wasm',
  tsx: 'tree-sitter-tsx.wasm',
  python: 'tree-sitter-python.wasm',
  go: 'tree-sitter-go.wasm',
  java: 'tree-sitter-java.wasm',
  csharp: 'tree-sitter-c-sharp.wasm',
  ruby: 'tree-sitter-ruby.wasm',
  php: 'tree-sitter-php.wasm',
};

/** Parsing stops after this long; a file that takes longer is reported as not analysed. */
const PARSE_BUDGET_MS = 3000;

export class ParseTimeout extends Error {
  constructor() {
    super(`parsing took longer than ${PARSE_BUDGET_MS / 1000} s`);
  }
}

/**
 * Owns the tree-sitter runtime: initialised on first use, one grammar and one
 * parser per language, each loaded the first time a file of that language is
 * parsed and reused afterwards.
 */
export class TreeSitterHost {
  private runtime: Promise<void> | undefined;
  private readonly parsers = new Map<CodeLanguage, Promise<TreeSitter.Parser>>();

  constructor(private readonly wasmDir: string) {}

  /** Grammar languages loaded so far (for diagnostics and tests of lazy loading). */
  get loadedLanguages(): CodeLanguage[] {
    return [...this.parsers.keys()];
  }

  private init(): Promise<void> {
    this.runtime ??= TreeSitter.Parser.init({ locateFile: (file: string) => path.join(this.wasmDir, file) });
    return this.runtime;
  }

  private parser(language: CodeLanguage): Promise<TreeSitter.Parser> {
    let parser = this.parsers.get(language);
    if (!parser) {
      parser = this.init()
        .then(() => TreeSitter.Language.load(path.join(this.wasmDir, GRAMMAR_FILES[language])))
        .then((grammar) => new TreeSitter.Parser().setLanguage(grammar));
      parser.catch(() => this.parsers.delete(language));
      this.parsers.set(language, parser);
    }
    return parser;
  }

  /** Trees kept for incremental parsing, by key (an open document), least recently used first. */
  private readonly retained = new Map<string, { language: CodeLanguage; text: string; tree: Tree }>();
  /** How many trees `retain` keeps at most: the documents being edited, not every open tab. */
  private static readonly RETAINED = 4;
  /** Below this many characters a full parse takes a few milliseconds: keeping the tree is not worth its memory. */
  private static readonly RETAIN_FROM = 20_000;

  /**
   * Parses `text` and hands the tree to `use`. Without `retain`, the tree is
   * freed afterwards, so callers never hold on to wasm memory. With a `retain`
   * key (an open document), the tree is kept for the next version of that
   * text, which is then parsed incrementally: only the edited region is parsed
   * again, as VS Code does while you type.
   */
  async withTree<T>(language: CodeLanguage, text: string, use: (parsed: ParsedTree) => T, retain?: string): Promise<T> {
    const parser = await this.parser(language);
    const grammar = parser.language!;
    const deadline = Date.now() + PARSE_BUDGET_MS;
    const previous = retain === undefined ? undefined : this.retained.get(retain);
    if (retain !== undefined) this.retained.delete(retain);
    let old: Tree | null = null;
    if (previous && previous.language === language) {
      previous.tree.edit(editBetween(previous.text, text));
      old = previous.tree;
    } else {
      previous?.tree.delete();
    }
    let tree: Tree | null;
    try {
      tree = parser.parse(text, old, { progressCallback: () => Date.now() > deadline });
    } finally {
      old?.delete();
    }
    if (!tree) {
      parser.reset();
      throw new ParseTimeout();
    }
    let keep = false;
    try {
      const result = use({ tree, grammar, compile: (source) => new TreeSitter.Query(grammar, source) });
      keep = retain !== undefined && text.length >= TreeSitterHost.RETAIN_FROM;
      return result;
    } finally {
      if (keep) this.retain(retain!, { language, text, tree });
      else tree.delete();
    }
  }

  /** Keys whose tree is kept (for tests and diagnostics). */
  get retainedKeys(): string[] {
    return [...this.retained.keys()];
  }

  /** Frees the tree kept for `key` (the document closed). */
  forget(key: string): void {
    this.retained.get(key)?.tree.delete();
    this.retained.delete(key);
  }

  private retain(key: string, entry: { language: CodeLanguage; text: string; tree: Tree }): void {
    this.retained.set(key, entry);
    while (this.retained.size > TreeSitterHost.RETAINED) {
      const [oldest, value] = this.retained.entries().next().value as [string, { tree: Tree }];
      value.tree.delete();
      this.retained.delete(oldest);
    }
  }
}

/** A point as tree-sitter's JS binding counts it: rows, and columns in UTF-16 code units. */
function pointAt(text: string, offset: number): { row: number; column: number } {
  let row = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    row++;
    lineStart = i + 1;
  }
  return { row, column: offset - lineStart };
}

/** The one edit that turns `before` into `after`: the span between their common prefix and common suffix. */
export function editBetween(before: string, after: string): TreeSitter.Edit {
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < max - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  const oldEnd = before.length - tail;
  const newEnd = after.length - tail;
  return {
    startIndex: start,
    oldEndIndex: oldEnd,
    newEndIndex: newEnd,
    startPosition: pointAt(before, start),
    oldEndPosition: pointAt(before, oldEnd),
    newEndPosition: pointAt(after, newEnd),
  } as TreeSitter.Edit;
}
