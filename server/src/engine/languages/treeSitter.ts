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

  /**
   * Parses `text` and hands the tree to `use`; the tree is always freed
   * afterwards, so callers never hold on to wasm memory.
   */
  async withTree<T>(language: CodeLanguage, text: string, use: (parsed: ParsedTree) => T): Promise<T> {
    const parser = await this.parser(language);
    const grammar = parser.language!;
    const deadline = Date.now() + PARSE_BUDGET_MS;
    const tree = parser.parse(text, null, { progressCallback: () => Date.now() > deadline });
    if (!tree) {
      parser.reset();
      throw new ParseTimeout();
    }
    try {
      return use({ tree, grammar, compile: (source) => new TreeSitter.Query(grammar, source) });
    } finally {
      tree.delete();
    }
  }
}
