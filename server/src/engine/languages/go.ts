import type { Imports } from './facts';
import { decodeEscape, dottedText, lastSegment, type LanguageSpec, type Naming, equalityComparison } from './spec';
import type { Node } from './treeSitter';

/** Go escapes beyond the shared table: `\a` and three-digit octal bytes. */
function decodeGo(sequence: string): string {
  if (sequence === '\\a') return '\x07';
  if (/^\\[0-7]{3}$/.test(sequence)) return String.fromCharCode(parseInt(sequence.slice(1), 8));
  return decodeEscape(sequence);
}

function stringValue(node: Node): { value: string; interpolated: boolean } {
  let value = '';
  for (const child of node.namedChildren) {
    if (!child) continue;
    // Raw strings (backquotes) have only content; they are never decoded.
    if (child.type === 'interpreted_string_literal_content' || child.type === 'raw_string_literal_content') value += child.text;
    else if (child.type === 'escape_sequence') value += decodeGo(child.text);
  }
  // Go has no interpolation; formatting is done by `fmt.Sprintf`.
  return { value, interpolated: false };
}

const STRINGS = new Set(['interpreted_string_literal', 'raw_string_literal']);

/** Keys and values of composite literals come wrapped in `literal_element`. */
function unwrap(node: Node | null): Node | null {
  return node?.type === 'literal_element' ? node.namedChild(0) : node;
}

/** Name of an assignment target or key; composite-literal keys come wrapped in `literal_element`. */
function targetName(target: Node | null): { name: string; qualified?: string } | undefined {
  if (!target) return undefined;
  if (target.type === 'literal_element' || target.type === 'expression_list') {
    // `a, b := "x", "y"`: the grammar does not say which value is whose.
    if (target.namedChildCount !== 1) return undefined;
    return targetName(target.namedChild(0));
  }
  if (STRINGS.has(target.type)) return { name: stringValue(target).value };
  if (target.type === 'index_expression') {
    const index = target.childForFieldName('index');
    return index && STRINGS.has(index.type) ? { name: stringValue(index).value, qualified: dottedText(target) } : undefined;
  }
  if (target.type !== 'identifier' && target.type !== 'selector_expression' && target.type !== 'field_identifier') return undefined;
  const qualified = dottedText(target);
  return { name: lastSegment(qualified), qualified };
}

function named(field: string): Naming['name'] {
  return (node) => targetName(node.childForFieldName(field));
}

/** `var a, b = …` repeats the `name` field; only a single name is unambiguous. */
function specName(node: Node): { name: string; qualified?: string } | undefined {
  const names = node.childrenForFieldName('name');
  return names.length === 1 ? targetName(names[0]) : undefined;
}

/**
 * The local name an import binds: its alias, else the package name, which by
 * convention is the last path segment without a major-version suffix or `go-` prefix.
 */
function localName(spec: Node, path: string): string | undefined {
  const alias = spec.childForFieldName('name')?.text;
  if (alias === '_' || alias === '.') return undefined;
  if (alias) return alias;
  const segments = path.split('/').filter((s) => !/^v\d+$/.test(s));
  return segments[segments.length - 1]?.replace(/^go-/, '').replace(/[.-]go$/, '');
}

/** Imports, and where a new one goes: after the last import declaration, else after `package`. */
function imports(root: Node): Imports {
  const modules = new Set<string>();
  const names = new Map<string, string>();
  let insertAt = 0;
  for (const statement of root.namedChildren) {
    if (statement?.type === 'package_clause' && insertAt === 0) insertAt = statement.endIndex;
    if (statement?.type !== 'import_declaration') continue;
    for (const spec of statement.descendantsOfType('import_spec')) {
      const path = spec?.childForFieldName('path');
      if (!spec || !path) continue;
      const module = stringValue(path).value;
      modules.add(module);
      const local = localName(spec, module);
      if (local) names.set(local, module);
    }
    insertAt = statement.endIndex;
  }
  return { modules, names, insertAt };
}

export const goSpec: LanguageSpec = {
  strings: STRINGS,
  stringValue,
  comments: new Set(['comment']),
  calls: {
    call_expression: { callee: 'function', args: 'arguments', isNew: false },
    // `tls.Config{InsecureSkipVerify: true}`: a struct built from named fields reads like a call with keyword arguments.
    composite_literal: { callee: 'type', args: 'body', isNew: true, bindThrough: true },
  },
  keywordArgument: { type: 'keyed_element', name: 'key', value: (n) => unwrap(n.childForFieldName('value')) },
  argumentWrappers: new Set(['literal_element']),
  // `redis.Options{Addr: "x"}` and `map[string]string{"k": "v"}`: one node type for keyed and positional elements.
  objects: new Set(['literal_value']),
  pair: { type: 'keyed_element', key: (n) => unwrap(n.childForFieldName('key')), value: (n) => unwrap(n.childForFieldName('value')) },
  arrays: new Set(['literal_value']),
  assignments: {
    assignment_statement: { target: 'left', value: 'right' },
    short_var_declaration: { target: 'left', value: 'right' },
    var_spec: { target: 'name', value: 'value' },
    const_spec: { target: 'name', value: 'value' },
  },
  namings: {
    short_var_declaration: { binding: 'variable', value: 'right', name: named('left') },
    assignment_statement: { binding: 'variable', value: 'right', name: named('left') },
    var_spec: { binding: 'variable', value: 'value', name: specName },
    const_spec: { binding: 'variable', value: 'value', name: specName },
    keyed_element: { binding: 'property', value: 'value', name: named('key') },
  },
  transparent: new Set([
    'expression_list',
    'literal_element',
    'composite_literal',
    'parenthesized_expression',
    'binary_expression',
    'unary_expression',
  ]),
  comparisons: equalityComparison('binary_expression', ['==', '!='], ['expression_case']),
  isDocstring: () => false,
  kinds: {
    number: new Set(['int_literal', 'float_literal', 'imaginary_literal', 'rune_literal']),
    identifier: new Set(['identifier', 'nil', 'true', 'false', 'iota']),
    member: new Set(['selector_expression', 'index_expression']),
  },
  imports,
};
