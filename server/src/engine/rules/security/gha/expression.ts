/**
 * A small parser for GitHub Actions expressions (the text inside `${{ }}`),
 * enough to tell which context values can flow into the rendered text.
 */
export type ExprNode =
  | { kind: 'path'; path: string[]; raw: string }
  | { kind: 'call'; name: string; args: ExprNode[]; access: string[] }
  | { kind: 'literal' }
  | { kind: 'op'; op: string; operands: ExprNode[] };

type Token = { type: 'ident' | 'string' | 'number' | 'punct'; text: string };

const TOKEN = /\s*(?:([A-Za-z_][A-Za-z0-9_-]*)|('(?:[^']|'')*')|(\d+(?:\.\d+)?|0x[0-9a-fA-F]+)|(==|!=|<=|>=|&&|\|\||[()[\].,*!<>]))/y;

function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const m = TOKEN.exec(text);
    if (!m) return undefined;
    if (m[1]) tokens.push({ type: 'ident', text: m[1] });
    else if (m[2]) tokens.push({ type: 'string', text: m[2].slice(1, -1).replace(/''/g, "'") });
    else if (m[3]) tokens.push({ type: 'number', text: m[3] });
    else tokens.push({ type: 'punct', text: m[4] });
  }
  return tokens;
}

const BINARY: readonly string[][] = [['||'], ['&&'], ['==', '!='], ['<', '<=', '>', '>=']];

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): ExprNode | undefined {
    const node = this.binary(0);
    return this.i === this.tokens.length ? node : undefined;
  }

  private peek(text: string): boolean {
    const t = this.tokens[this.i];
    return t !== undefined && t.type === 'punct' && t.text === text;
  }

  private expect(text: string): void {
    if (!this.peek(text)) throw new Error(`expected ${text}`);
    this.i++;
  }

  private binary(level: number): ExprNode {
    if (level === BINARY.length) return this.unary();
    let left = this.binary(level + 1);
    while (BINARY[level].some((op) => this.peek(op))) {
      const op = this.tokens[this.i++].text;
      left = { kind: 'op', op, operands: [left, this.binary(level + 1)] };
    }
    return left;
  }

  private unary(): ExprNode {
    if (this.peek('!')) {
      this.i++;
      return { kind: 'op', op: '!', operands: [this.unary()] };
    }
    return this.primary();
  }

  private primary(): ExprNode {
    const t = this.tokens[this.i++];
    if (!t) throw new Error('unexpected end');
    if (t.type === 'string' || t.type === 'number') return { kind: 'literal' };
    if (t.type === 'punct' && t.text === '(') {
      const inner = this.binary(0);
      this.expect(')');
      return inner;
    }
    if (t.type !== 'ident') throw new Error(`unexpected ${t.text}`);
    if (/^(true|false|null)$/.test(t.text)) return { kind: 'literal' };
    if (this.peek('(')) {
      this.i++;
      const args: ExprNode[] = [];
      while (!this.peek(')')) {
        args.push(this.binary(0));
        if (!this.peek(')')) this.expect(',');
      }
      this.i++;
      return { kind: 'call', name: t.text.toLowerCase(), args, access: this.access() };
    }
    const path = [t.text, ...this.access()];
    return { kind: 'path', path, raw: path.join('.') };
  }

  /** `.name`, `.*`, `['name']`, `[0]`, `[*]` after a context or call. */
  private access(): string[] {
    const segments: string[] = [];
    for (;;) {
      if (this.peek('.')) {
        this.i++;
        const t = this.tokens[this.i++];
        if (!t || (t.type !== 'ident' && t.text !== '*')) throw new Error('bad property');
        segments.push(t.text);
      } else if (this.peek('[')) {
        this.i++;
        const t = this.tokens[this.i];
        if (t?.type === 'string') segments.push(t.text);
        else segments.push('*');
        this.binary(0);
        this.expect(']');
      } else return segments;
    }
  }
}

/** The expression's syntax tree, or undefined when it does not parse. */
export function parseExpression(body: string): ExprNode | undefined {
  const tokens = tokenize(body);
  if (!tokens || tokens.length === 0) return undefined;
  try {
    return new Parser(tokens).parse();
  } catch {
    return undefined;
  }
}

/** Functions whose result is a boolean or a hash: nothing of their arguments reaches the text. */
const OPAQUE_FUNCTIONS = new Set(['contains', 'startswith', 'endswith', 'success', 'always', 'failure', 'cancelled', 'hashfiles']);

/** A context path whose value can end up in the rendered text, with the functions it passed through. */
export interface Flow {
  path: string[];
  via: string[];
}

/** Context paths whose value can reach the expression's result (booleans and comparisons cannot). */
export function flowingPaths(node: ExprNode, via: string[] = []): Flow[] {
  switch (node.kind) {
    case 'path':
      return [{ path: node.path, via }];
    case 'literal':
      return [];
    case 'op':
      return node.op === '&&' || node.op === '||' ? node.operands.flatMap((o) => flowingPaths(o, via)) : [];
    case 'call':
      if (OPAQUE_FUNCTIONS.has(node.name)) return [];
      return node.args.flatMap((a) => flowingPaths(a, [...via, node.name]));
  }
}

/** Every context path in the expression, with the flows fallback for text that does not parse. */
export function pathsOf(body: string): Flow[] {
  const node = parseExpression(body);
  if (node) return flowingPaths(node);
  const found = body.replace(/'(?:[^']|'')*'/g, "''").match(/[A-Za-z_][\w-]*(?:\.[\w*-]+|\[[^\]]*\])+/g) ?? [];
  return found.map((raw) => ({ path: raw.replace(/\[['"]?([^\]'"]*)['"]?\]/g, '.$1').split('.'), via: [] }));
}

/** Visits every node of a tree. */
export function walk(node: ExprNode, visit: (n: ExprNode) => void): void {
  visit(node);
  if (node.kind === 'call') node.args.forEach((a) => walk(a, visit));
  if (node.kind === 'op') node.operands.forEach((o) => walk(o, visit));
}
