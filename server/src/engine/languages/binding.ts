import type { Call, StringLiteral } from './facts';
import { fieldOf, type LanguageSpec, type Naming } from './spec';
import type { Node } from './treeSitter';

/** How far up from a literal its binding is looked for. */
const MAX_CONTEXT_DEPTH = 12;

/** Where a literal sits: its nearest name, enclosing call, comparison and fallback. */
export type LiteralContext = Pick<StringLiteral, 'name' | 'qualifiedName' | 'binding' | 'call' | 'argumentIndex' | 'compared' | 'fallbackOf' | 'outerKeys' | 'tableRow'>;

export interface BindingHost {
  spec: LanguageSpec;
  /** The extracted call for a call node, if it is one. */
  callAt(node: Node): Call | undefined;
  argumentNodes(argsNode: Node): Node[];
}

function same(a: Node | null, b: Node): boolean {
  return a !== null && a.startIndex === b.startIndex && a.endIndex === b.endIndex;
}

function namingOf(spec: LanguageSpec, node: Node): Naming | undefined {
  const naming = spec.namings[node.type];
  return naming && (naming.applies?.(node) ?? true) ? naming : undefined;
}

function isArgumentList(spec: LanguageSpec, node: Node): boolean {
  const owner = node.parent;
  const shape = owner ? spec.calls[owner.type] : undefined;
  return shape !== undefined && !shape.bindThrough && same(fieldOf(owner!, shape.args), node);
}

/** Records `x || "literal"`, `x ?? "literal"` and `x or "literal"`. */
function noteFallback(context: LiteralContext, parent: Node, child: Node): void {
  if (context.fallbackOf !== undefined || !same(parent.childForFieldName('right'), child)) return;
  const operator = parent.childForFieldName('operator')?.text;
  if (operator === '||' || operator === '??' || operator === 'or') context.fallbackOf = parent.childForFieldName('left')?.text;
}

/** One step up: returns false when the climb stops at `parent`. */
function step(host: BindingHost, context: LiteralContext, parent: Node, child: Node): boolean {
  const { spec } = host;
  const naming = namingOf(spec, parent);
  if (naming) {
    const valueNode = typeof naming.value === 'string' ? parent.childForFieldName(naming.value) : naming.value(parent, child);
    // A literal that is a key or an assignment target is not a value: stop.
    if (!same(valueNode, child)) return false;
    if (context.name === undefined) {
      const bound = naming.name(parent, child);
      context.name = bound?.name;
      context.qualifiedName = bound?.qualified;
      context.binding = naming.binding;
    } else {
      const outer = naming.name(parent, child)?.name;
      if (outer !== undefined) (context.outerKeys ??= []).push(outer);
    }
    return naming.binding === 'property' || naming.binding === 'keyword';
  }
  if (parent.type === spec.keywordArgument?.type) {
    // C# and PHP share one node type between named and positional arguments.
    const name = parent.childForFieldName(spec.keywordArgument.name)?.text;
    if (context.name === undefined && name !== undefined) {
      context.name = name;
      context.binding = 'keyword';
    }
    return true;
  }
  if (isArgumentList(spec, parent)) {
    const call = host.callAt(parent.parent!);
    if (call) {
      context.call = call;
      context.argumentIndex = host.argumentNodes(parent).findIndex((n) => n.startIndex <= child.startIndex && child.endIndex <= n.endIndex);
      if (context.name === undefined) context.binding = 'argument';
    }
    return false;
  }
  if (spec.markup && parent.type === spec.markup.type) {
    context.name ??= spec.markup.name(parent);
    context.binding = 'markup';
    return false;
  }
  if (spec.comparisons?.(parent)) {
    context.compared = true;
    if (context.binding === 'other') context.binding = 'comparison';
    return false;
  }
  if (spec.arrays.has(parent.type)) {
    if (context.binding === 'other') context.binding = 'element';
    else if (spec.objects.has(child.type) && parent.namedChildCount >= 3) context.tableRow = true;
    return true;
  }
  if (!spec.objects.has(parent.type) && !spec.transparent.has(parent.type)) return false;
  noteFallback(context, parent, child);
  return true;
}

/** Walks up from a literal to its nearest name, enclosing call and comparison. */
export function bindLiteral(host: BindingHost, node: Node): LiteralContext {
  const context: LiteralContext = { binding: 'other' };
  let child = node;
  let parent = node.parent;
  for (let depth = 0; parent && depth < MAX_CONTEXT_DEPTH; depth++) {
    if (!step(host, context, parent, child)) break;
    child = parent;
    parent = parent.parent;
  }
  return context;
}
