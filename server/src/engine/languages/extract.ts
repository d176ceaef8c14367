import type { CodeLanguage } from '../types';
import type { LineIndex } from '../text';
import type { Argument, Call, Comment, Property, Span, StringLiteral, SyntaxFacts } from './facts';
import { dottedText, fieldOf, lastSegment, type LanguageSpec, type Naming } from './spec';
import type { Node, Tree } from './treeSitter';

/** How far up from a literal its binding is looked for. */
const MAX_CONTEXT_DEPTH = 12;

export function spanOf(node: Node, index: LineIndex): Span {
  return { start: node.startIndex, end: node.endIndex, range: index.range(node.startIndex, node.endIndex) };
}

function key(node: Node): string {
  return `${node.startIndex}:${node.endIndex}:${node.type}`;
}

class Extractor {
  private readonly calls = new Map<string, Call>();
  readonly facts: SyntaxFacts;

  constructor(
    language: CodeLanguage,
    private readonly spec: LanguageSpec,
    private readonly index: LineIndex,
  ) {
    this.facts = { language, strings: [], calls: [], comments: [], imports: { modules: new Set(), names: new Map(), insertAt: 0 } };
  }

  /** Pre-order walk with a cursor, so only interesting nodes are materialised. */
  walk(tree: Tree): void {
    const cursor = tree.walk();
    const { spec } = this;
    try {
      for (;;) {
        const type = cursor.nodeIsNamed ? cursor.nodeType : '';
        if (spec.calls[type]) this.addCall(cursor.currentNode);
        else if (spec.strings.has(type)) this.addString(cursor.currentNode);
        else if (spec.comments.has(type)) this.addComment(cursor.currentNode);
        const descend = type === '' || (!spec.strings.has(type) && !spec.comments.has(type));
        if (descend && cursor.gotoFirstChild()) continue;
        while (!cursor.gotoNextSibling()) {
          if (!cursor.gotoParent()) return;
        }
      }
    } finally {
      cursor.delete();
    }
  }

  private addComment(node: Node): void {
    const comment: Comment = { ...spanOf(node, this.index), text: node.text };
    this.facts.comments.push(comment);
  }

  private addCall(node: Node): void {
    const shape = this.spec.calls[node.type];
    const calleeNode = fieldOf(node, shape.callee) ?? node.childForFieldName(shape.method ?? '');
    const argsNode = fieldOf(node, shape.args);
    if (!calleeNode) return;
    let callee = this.dotted(calleeNode);
    if (shape.method) {
      const method = node.childForFieldName(shape.method);
      const receiver = shape.receiver ? node.childForFieldName(shape.receiver) : null;
      callee = [receiver ? this.dotted(receiver) : '', method ? method.text : ''].filter(Boolean).join('.');
    }
    const call: Call = {
      ...spanOf(node, this.index),
      callee,
      calleeSpan: spanOf(calleeNode, this.index),
      isNew: shape.isNew,
      args: argsNode ? this.argumentNodes(argsNode).map((a) => this.argument(a)) : [],
      argsSpan: argsNode ? spanOf(argsNode, this.index) : spanOf(node, this.index),
    };
    this.calls.set(key(node), call);
    this.facts.calls.push(call);
  }

  private dotted(node: Node): string {
    return this.spec.dotted ? this.spec.dotted(node) : dottedText(node);
  }

  private argumentNodes(argsNode: Node): Node[] {
    return argsNode.namedChildren.filter((n): n is Node => n !== null && !this.spec.comments.has(n.type));
  }

  private argument(node: Node): Argument {
    const kw = this.spec.keywordArgument;
    if (kw && node.type === kw.type) {
      const value = fieldOf(node, kw.value);
      const name = node.childForFieldName(kw.name);
      if (value) return { ...this.argument(value), keyword: name?.text, ...spanOf(node, this.index) };
    }
    return this.valueOf(node);
  }

  private valueOf(node: Node): Argument {
    const { spec } = this;
    const base = { ...spanOf(node, this.index), text: node.text };
    if (node.type === 'argument' && node.namedChildCount > 0) return this.valueOf(node.namedChild(node.namedChildCount - 1)!);
    if (spec.strings.has(node.type)) return { ...base, kind: 'string', value: spec.stringValue(node).value };
    if (spec.kinds.number.has(node.type)) return { ...base, kind: 'number' };
    if (spec.kinds.identifier.has(node.type)) return { ...base, kind: 'identifier' };
    if (spec.kinds.member.has(node.type)) return { ...base, kind: 'member', text: this.dotted(node) };
    if (spec.objects.has(node.type)) return { ...base, kind: 'object', properties: this.properties(node) };
    if (spec.arrays.has(node.type)) return { ...base, kind: 'array' };
    if (spec.calls[node.type]) return { ...base, kind: 'call' };
    return { ...base, kind: 'other' };
  }

  private properties(node: Node): Property[] {
    const { pair } = this.spec;
    const out: Property[] = [];
    for (const child of node.namedChildren) {
      if (!child || child.type !== pair.type) continue;
      const keyNode = fieldOf(child, pair.key);
      const valueNode = fieldOf(child, pair.value);
      if (!keyNode || !valueNode) continue;
      out.push({ ...spanOf(child, this.index), key: this.staticKey(keyNode), keySpan: spanOf(keyNode, this.index), value: this.valueOf(valueNode) });
    }
    return out;
  }

  private staticKey(node: Node): string {
    if (this.spec.strings.has(node.type)) return this.spec.stringValue(node).value;
    return node.text.replace(/^[:$]/, '').replace(/:$/, '');
  }

  private addString(node: Node): void {
    const { value, interpolated } = this.spec.stringValue(node);
    const literal: StringLiteral = {
      ...spanOf(node, this.index),
      value,
      interpolated,
      docstring: this.spec.isDocstring(node),
      binding: 'other',
    };
    this.bind(literal, node);
    this.facts.strings.push(literal);
  }

  /** Walks up from a literal to its nearest name, enclosing call and comparison. */
  private bind(literal: StringLiteral, node: Node): void {
    const { spec } = this;
    let child = node;
    let parent = node.parent;
    for (let depth = 0; parent && depth < MAX_CONTEXT_DEPTH; depth++) {
      const naming = this.namingOf(parent);
      if (naming) {
        const valueNode = typeof naming.value === 'string' ? parent.childForFieldName(naming.value) : naming.value(parent, child);
        if (valueNode && valueNode.startIndex === child.startIndex && valueNode.endIndex === child.endIndex) {
          if (literal.name === undefined) {
            const bound = naming.name(parent, child);
            literal.name = bound?.name;
            literal.qualifiedName = bound?.qualified;
            literal.binding = naming.binding;
          }
          if (naming.binding !== 'property' && naming.binding !== 'keyword') return;
        } else {
          // The literal is a key or an assignment target, not a value.
          return;
        }
      } else if (parent.type === spec.keywordArgument?.type) {
        // C# and PHP share one node type between named and positional arguments.
        const name = parent.childForFieldName(spec.keywordArgument.name)?.text;
        if (literal.name === undefined && name !== undefined) {
          literal.name = name;
          literal.binding = 'keyword';
        }
      } else if (this.isArgumentList(parent)) {
        const call = this.calls.get(key(parent.parent!));
        if (call) {
          literal.call = call;
          literal.argumentIndex = this.argumentNodes(parent).findIndex((n) => n.startIndex <= child.startIndex && child.endIndex <= n.endIndex);
          if (literal.name === undefined) literal.binding = 'argument';
        }
        return;
      } else if (spec.markup && parent.type === spec.markup.type) {
        literal.name ??= spec.markup.name(parent);
        literal.binding = 'markup';
        return;
      } else if (spec.comparisons?.(parent)) {
        literal.compared = true;
        if (literal.binding === 'other') literal.binding = 'comparison';
        return;
      } else if (spec.arrays.has(parent.type)) {
        if (literal.binding === 'other') literal.binding = 'element';
      } else if (!spec.objects.has(parent.type) && !spec.transparent.has(parent.type)) {
        return;
      } else {
        this.noteFallback(literal, parent, child);
      }
      child = parent;
      parent = parent.parent;
    }
  }

  private namingOf(node: Node): Naming | undefined {
    const naming = this.spec.namings[node.type];
    return naming && (naming.applies?.(node) ?? true) ? naming : undefined;
  }

  /** Records `x || "literal"`, `x ?? "literal"` and `x or "literal"`. */
  private noteFallback(literal: StringLiteral, parent: Node, child: Node): void {
    const right = parent.childForFieldName('right');
    if (!right || right.startIndex !== child.startIndex || literal.fallbackOf !== undefined) return;
    const operator = parent.childForFieldName('operator')?.text;
    if (operator === '||' || operator === '??' || operator === 'or') literal.fallbackOf = parent.childForFieldName('left')?.text;
  }

  private isArgumentList(node: Node): boolean {
    const owner = node.parent;
    if (!owner) return false;
    const shape = this.spec.calls[owner.type];
    if (!shape) return false;
    const args = fieldOf(owner, shape.args);
    return args !== null && args.startIndex === node.startIndex && args.endIndex === node.endIndex;
  }
}

/** Extracts the facts rules need from one parse tree. */
export function extractFacts(language: CodeLanguage, spec: LanguageSpec, tree: Tree, text: string, index: LineIndex): SyntaxFacts {
  const extractor = new Extractor(language, spec, index);
  extractor.walk(tree);
  extractor.facts.imports = spec.imports(tree.rootNode, text);
  return extractor.facts;
}

export { lastSegment };
