import type { CodeLanguage, Range } from '../types';
import type { LineIndex } from '../text';
import { bindLiteral, type BindingHost, type LiteralContext } from './binding';
import type { Argument, Assignment, Binding, Call, Property, Span, StringLiteral, SyntaxFacts } from './facts';
import { dottedText, fieldOf, type LanguageSpec } from './spec';
import type { Grammar, Node, ParsedTree, Query, Tree } from './treeSitter';

/**
 * Facts are built lazily: a literal's context, a call's arguments and every
 * range are computed the first time a rule reads them, while the tree is
 * still alive (facts are only valid during analysis). Most literals in a file
 * are never looked at closely, so most of that work never happens.
 */
class NodeSpan implements Span {
  private cachedRange: Range | undefined;

  constructor(
    protected readonly index: LineIndex,
    readonly start: number,
    readonly end: number,
  ) {}

  get range(): Range {
    return (this.cachedRange ??= this.index.range(this.start, this.end));
  }
}

function spanOf(node: Node, index: LineIndex): Span {
  return new NodeSpan(index, node.startIndex, node.endIndex);
}

class LazyLiteral extends NodeSpan implements StringLiteral {
  private cachedContext: LiteralContext | undefined;
  private cachedValue: { value: string; interpolated: boolean } | undefined;
  private cachedDocstring: boolean | undefined;

  constructor(
    private readonly extractor: Extractor,
    private readonly node: Node,
    index: LineIndex,
  ) {
    super(index, node.startIndex, node.endIndex);
  }

  private get decoded(): { value: string; interpolated: boolean } {
    return (this.cachedValue ??= this.extractor.spec.stringValue(this.node));
  }
  private get context(): LiteralContext {
    return (this.cachedContext ??= bindLiteral(this.extractor, this.node));
  }
  get value(): string {
    return this.decoded.value;
  }
  get interpolated(): boolean {
    return this.decoded.interpolated;
  }
  get docstring(): boolean {
    return (this.cachedDocstring ??= this.extractor.spec.isDocstring(this.node));
  }
  get name(): string | undefined {
    return this.context.name;
  }
  get qualifiedName(): string | undefined {
    return this.context.qualifiedName;
  }
  get binding(): Binding {
    return this.context.binding;
  }
  get call(): Call | undefined {
    return this.context.call;
  }
  get argumentIndex(): number | undefined {
    return this.context.argumentIndex;
  }
  get compared(): boolean | undefined {
    return this.context.compared;
  }
  get fallbackOf(): string | undefined {
    return this.context.fallbackOf;
  }
  get outerKeys(): string[] | undefined {
    return this.context.outerKeys;
  }
  get tableRow(): boolean | undefined {
    return this.context.tableRow;
  }
}

class LazyCall extends NodeSpan implements Call {
  private cachedArgs: Argument[] | undefined;

  constructor(
    private readonly extractor: Extractor,
    private readonly argsNode: Node | null,
    private readonly initializerNode: Node | null,
    readonly callee: string,
    readonly calleeSpan: Span,
    readonly isNew: boolean,
    readonly argsSpan: Span,
    node: Node,
    index: LineIndex,
  ) {
    super(index, node.startIndex, node.endIndex);
  }

  get args(): Argument[] {
    if (!this.cachedArgs) {
      const positional = this.argsNode ? this.extractor.argumentNodes(this.argsNode).map((a) => this.extractor.argument(a)) : [];
      this.cachedArgs = this.initializerNode ? [...positional, ...this.extractor.initializerArguments(this.initializerNode)] : positional;
    }
    return this.cachedArgs;
  }
}

class LazyAssignment extends NodeSpan implements Assignment {
  private cachedValue: Argument | undefined;

  constructor(
    private readonly extractor: Extractor,
    private readonly valueNode: Node,
    readonly target: string,
    readonly targetSpan: Span,
    node: Node,
    index: LineIndex,
  ) {
    super(index, node.startIndex, node.endIndex);
  }

  get value(): Argument {
    return (this.cachedValue ??= this.extractor.argument(this.valueNode));
  }
}

/** `a, b = …` has no single target: only one-to-one assignments are facts. */
function single(node: Node | null): Node | null {
  if (!node || (node.type !== 'expression_list' && node.type !== 'pattern_list')) return node;
  return node.namedChildCount === 1 ? node.namedChild(0) : null;
}

class Extractor implements BindingHost {
  private readonly calls = new Map<number, LazyCall[]>();
  readonly facts: SyntaxFacts;

  constructor(
    language: CodeLanguage,
    readonly spec: LanguageSpec,
    private readonly index: LineIndex,
  ) {
    this.facts = { language, strings: [], calls: [], comments: [], assignments: [], imports: { modules: new Set(), names: new Map(), insertAt: 0 } };
  }

  /** Captures the literals, calls and comments with one query run inside the parser. */
  collect(tree: Tree, query: Query): void {
    for (const { name, node } of query.captures(tree.rootNode)) {
      if (name === 'call') this.addCall(node);
      else if (name === 'assignment') this.addAssignment(node);
      else if (name === 'comment') this.facts.comments.push({ start: node.startIndex, end: node.endIndex, range: this.index.range(node.startIndex, node.endIndex), text: node.text });
      else if (!this.spec.strings.has(node.parent?.type ?? '')) this.facts.strings.push(new LazyLiteral(this, node, this.index));
    }
  }

  callAt(node: Node): Call | undefined {
    return this.calls.get(node.startIndex)?.find((c) => c.end === node.endIndex);
  }

  private addCall(node: Node): void {
    const shape = this.spec.calls[node.type];
    const calleeNode = fieldOf(node, shape.callee) ?? node.childForFieldName(shape.method ?? '');
    if (!calleeNode) return;
    let callee = this.dotted(calleeNode);
    if (shape.method) {
      const method = node.childForFieldName(shape.method);
      const receiver = shape.receiver ? node.childForFieldName(shape.receiver) : null;
      callee = [receiver ? this.dotted(receiver) : '', method ? method.text : ''].filter(Boolean).join('.');
    }
    const argsNode = fieldOf(node, shape.args);
    const initializer = shape.initializer ? fieldOf(node, shape.initializer) : null;
    const call = new LazyCall(this, argsNode, initializer, callee, spanOf(calleeNode, this.index), shape.isNew, spanOf(argsNode ?? node, this.index), node, this.index);
    const atStart = this.calls.get(node.startIndex);
    if (atStart) atStart.push(call);
    else this.calls.set(node.startIndex, [call]);
    this.facts.calls.push(call);
  }

  private addAssignment(node: Node): void {
    const shape = this.spec.assignments[node.type];
    const target = single(fieldOf(node, shape.target));
    const value = single(fieldOf(node, shape.value));
    if (!target || !value) return;
    this.facts.assignments.push(new LazyAssignment(this, value, this.dotted(target), spanOf(target, this.index), node, this.index));
  }

  /** `new X { A = 1 }`: the initializer's entries, as keyword arguments. */
  initializerArguments(node: Node): Argument[] {
    return this.properties(node).map((p) => ({ ...p.value, keyword: p.key, start: p.start, end: p.end, range: p.range }));
  }

  private dotted(node: Node): string {
    return this.spec.dotted ? this.spec.dotted(node) : dottedText(node);
  }

  argumentNodes(argsNode: Node): Node[] {
    return argsNode.namedChildren.filter((n): n is Node => n !== null && !this.spec.comments.has(n.type));
  }

  argument(node: Node): Argument {
    const kw = this.spec.keywordArgument;
    if (kw && node.type === kw.type) {
      const value = fieldOf(node, kw.value);
      const name = node.childForFieldName(kw.name);
      if (value) {
        const inner = this.argument(value);
        return { ...inner, keyword: name?.text, start: node.startIndex, end: node.endIndex, range: this.index.range(node.startIndex, node.endIndex) };
      }
    }
    return this.valueOf(node);
  }

  private valueOf(node: Node): Argument {
    const { spec } = this;
    if ((node.type === 'argument' || spec.argumentWrappers?.has(node.type)) && node.namedChildCount > 0) {
      return this.valueOf(node.namedChild(node.namedChildCount - 1)!);
    }
    const base = { start: node.startIndex, end: node.endIndex, range: this.index.range(node.startIndex, node.endIndex), text: node.text };
    if (spec.strings.has(node.type)) return { ...base, kind: 'string', value: spec.stringValue(node).value };
    if (spec.kinds.number.has(node.type)) return { ...base, kind: 'number' };
    if (spec.kinds.identifier.has(node.type)) return { ...base, kind: 'identifier' };
    if (spec.kinds.member.has(node.type)) return { ...base, kind: 'member', text: this.dotted(node) };
    if (spec.objects.has(node.type)) return { ...base, kind: 'object', properties: this.properties(node) };
    if (spec.arrays.has(node.type)) return { ...base, kind: 'array' };
    if (spec.calls[node.type]) return { ...base, kind: 'call' };
    return { ...base, kind: 'other' };
  }

  properties(node: Node): Property[] {
    const { pair } = this.spec;
    const out: Property[] = [];
    for (const child of node.namedChildren) {
      if (!child || child.type !== pair.type) continue;
      const keyNode = fieldOf(child, pair.key);
      const valueNode = fieldOf(child, pair.value);
      if (!keyNode || !valueNode) continue;
      const keySpan = { start: keyNode.startIndex, end: keyNode.endIndex, range: this.index.range(keyNode.startIndex, keyNode.endIndex) };
      out.push({ start: child.startIndex, end: child.endIndex, range: this.index.range(child.startIndex, child.endIndex), key: this.staticKey(keyNode), keySpan, value: this.valueOf(valueNode) });
    }
    return out;
  }

  private staticKey(node: Node): string {
    if (this.spec.strings.has(node.type)) return this.spec.stringValue(node).value;
    return node.text.replace(/^[:$]/, '').replace(/:$/, '');
  }
}

const queries = new WeakMap<Grammar, Query>();

/** The capture query of a grammar, built once from the spec's node types. */
function queryFor(grammar: Grammar, spec: LanguageSpec, compile: (source: string) => Query): Query {
  let query = queries.get(grammar);
  if (!query) {
    // One spec serves related grammars (JavaScript, TypeScript, TSX): keep the node types this grammar has.
    const known = (type: string) => grammar.idForNodeType(type, true) !== null && grammar.idForNodeType(type, true) !== 0;
    const group = (types: Iterable<string>, capture: string) => `[${[...types].filter(known).map((t) => `(${t})`).join(' ')}] @${capture}`;
    const parts = [group(spec.strings, 'string'), group(Object.keys(spec.calls), 'call'), group(spec.comments, 'comment')];
    const assignments = Object.keys(spec.assignments);
    if (assignments.length > 0) parts.push(group(assignments, 'assignment'));
    query = compile(parts.join('\n'));
    queries.set(grammar, query);
  }
  return query;
}

/** Extracts the facts rules need from one parse tree. */
export function extractFacts(language: CodeLanguage, spec: LanguageSpec, parsed: ParsedTree, text: string, index: LineIndex): SyntaxFacts {
  const extractor = new Extractor(language, spec, index);
  extractor.collect(parsed.tree, queryFor(parsed.grammar, spec, parsed.compile));
  extractor.facts.imports = spec.imports(parsed.tree.rootNode, text);
  return extractor.facts;
}

/**
 * Copies lazy facts into plain objects, so they outlive the tree (tests and
 * debugging; rules read facts while the tree is alive and never need this).
 */
export function materialize(facts: SyntaxFacts): SyntaxFacts {
  const plain = (s: Span): Span => ({ start: s.start, end: s.end, range: s.range });
  const calls = new Map<Call, Call>();
  for (const c of facts.calls) {
    calls.set(c, { ...plain(c), callee: c.callee, calleeSpan: plain(c.calleeSpan), isNew: c.isNew, args: c.args, argsSpan: plain(c.argsSpan) });
  }
  const strings = facts.strings.map((s): StringLiteral => ({
    ...plain(s),
    value: s.value,
    interpolated: s.interpolated,
    docstring: s.docstring,
    name: s.name,
    qualifiedName: s.qualifiedName,
    binding: s.binding,
    call: s.call ? calls.get(s.call) : undefined,
    argumentIndex: s.argumentIndex,
    compared: s.compared,
    fallbackOf: s.fallbackOf,
    outerKeys: s.outerKeys,
    tableRow: s.tableRow,
  }));
  const assignments = facts.assignments.map((a) => ({ ...plain(a), target: a.target, targetSpan: plain(a.targetSpan), value: a.value }));
  return { ...facts, strings, calls: [...calls.values()], assignments };
}
