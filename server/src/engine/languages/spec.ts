import type { Binding, Imports } from './facts';
import type { Node } from './treeSitter';

/** A field name, or a finder for grammars that leave the child without a field (C# declarators, PHP `new`). */
export type Field = string | ((node: Node) => Node | null);

/** A syntax construct that binds a value to a name, e.g. a declarator or a dict pair. */
export interface Naming {
  binding: Binding;
  /**
   * Field holding the value; the literal must be on this side to take the name. A finder also
   * gets the child the literal sits in, for constructs with several values (C# `new { A = 1, B = 2 }`).
   */
  value: string | ((node: Node, child: Node) => Node | null);
  /** Returns the bound name (last segment) and the full dotted name; `child` as for `value`. */
  name(node: Node, child: Node): { name: string; qualified?: string } | undefined;
  /** Nodes failing this are looked through instead (a PHP list element shares its type with `'k' => v`). */
  applies?(node: Node): boolean;
}

export interface CallShape {
  /** Field of the callee (function or constructor). */
  callee: Field;
  /** Field of the argument list. */
  args: Field;
  isNew: boolean;
  /** Method name field for languages that split receiver and method (Java, Ruby, PHP). */
  method?: string;
  receiver?: string;
  /** Object initializer whose `Name = value` entries count as keyword arguments (C# `new X { A = 1 }`). */
  initializer?: Field;
  /** A literal inside keeps climbing to the enclosing call (`redis.NewClient(&redis.Options{Addr: "…"})`). */
  bindThrough?: boolean;
}

/** A construct that stores a value into a target: an assignment or an initialised declaration. */
export interface AssignmentShape {
  target: Field;
  value: Field;
}

/**
 * The per-language table the generic fact extractor is driven by. Adding a
 * language means writing one of these, not another tree walker.
 */
export interface LanguageSpec {
  strings: ReadonlySet<string>;
  /** Decoded value of a string node, and whether it interpolates expressions. */
  stringValue(node: Node): { value: string; interpolated: boolean };
  comments: ReadonlySet<string>;
  calls: Readonly<Record<string, CallShape>>;
  /** Keyword/named argument: its name and value. */
  keywordArgument?: { type: string; name: string; value: Field };
  /** Object/dict/hash literals and the pair type inside them. */
  objects: ReadonlySet<string>;
  pair: { type: string; key: Field; value: Field };
  arrays: ReadonlySet<string>;
  namings: Readonly<Record<string, Naming>>;
  /** Assignments and initialised declarations, by node type (`DEBUG = True`, `http.verify_mode = …`). */
  assignments: Readonly<Record<string, AssignmentShape>>;
  /** Wrapper nodes an argument's value is read through (C# and PHP `argument`, Go `literal_element`). */
  argumentWrappers?: ReadonlySet<string>;
  /** Expression wrappers a literal's context is looked up through (parentheses, `+`, ternaries). */
  transparent: ReadonlySet<string>;
  comparisons?: (node: Node) => boolean;
  markup?: { type: string; name: (node: Node) => string | undefined };
  isDocstring(node: Node): boolean;
  /** Node types classified as argument kinds. */
  kinds: { number: ReadonlySet<string>; identifier: ReadonlySet<string>; member: ReadonlySet<string> };
  imports(root: Node, text: string): Imports;
  /** Normalised dotted text of callees, receivers and members where `dottedText` is not enough (`::`, `->`, generics). */
  dotted?(node: Node): string;
}

export const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };

/** Decodes one escape sequence (`\n`, `\x41`, `\u{1F600}`); unknown ones keep the escaped character. */
export function decodeEscape(sequence: string): string {
  const body = sequence.slice(1);
  if (ESCAPES[body] !== undefined) return ESCAPES[body];
  const hex = /^(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|u\{([0-9a-fA-F]+)\}|U([0-9a-fA-F]{8}))$/.exec(body);
  if (hex) {
    const code = parseInt(hex[1] ?? hex[2] ?? hex[3] ?? hex[4], 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  }
  if (body.startsWith('\n') || body.startsWith('\r')) return '';
  return body;
}

/** Static text of a dotted expression: whitespace, optional chaining and non-null marks removed. */
export function dottedText(node: Node): string {
  return node.text.replace(/\s+/g, '').replace(/\?\./g, '.').replace(/!(?=\.|$)/g, '');
}

export function lastSegment(dotted: string): string {
  const parts = dotted.split(/\.|->|::/);
  return parts[parts.length - 1];
}

/** Resolves a `Field` on `node`. */
export function fieldOf(node: Node, field: Field): Node | null {
  return typeof field === 'string' ? node.childForFieldName(field) : field(node);
}

/** The child that follows `=`: the value of a declarator whose grammar gives it no field. */
export function valueAfterEquals(node: Node): Node | null {
  for (const child of node.children) {
    if (child?.previousSibling?.type === '=' && child.isNamed) return child;
  }
  return null;
}

/** `child` when it follows `=`: the value of a declarator whose grammar gives it no field. */
export function afterEquals(_node: Node, child: Node): Node | null {
  return child.previousSibling?.type === '=' ? child : null;
}

/**
 * The usual `comparisons` check: a case label of a switch, or a binary node
 * whose operator is an equality. Languages add their own forms on top.
 */
export function equalityComparison(binaryType: string, operators: readonly string[], caseTypes: readonly string[] = []): (node: Node) => boolean {
  const ops = new Set(operators);
  const cases = new Set(caseTypes);
  return (node) => cases.has(node.type) || (node.type === binaryType && ops.has(node.childForFieldName('operator')?.text ?? ''));
}
