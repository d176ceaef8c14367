import type { Imports } from './facts';
import { decodeEscape, dottedText, lastSegment, type LanguageSpec, type Naming, equalityComparison } from './spec';
import type { Node } from './treeSitter';

/** `\uXXXX` may repeat its `u`; octal runs up to `\377`; `\s` is a space and `\<newline>` joins lines. */
const ESCAPE = /\\(u+[0-9a-fA-F]{4}|[0-3][0-7]{0,2}|[4-7][0-7]?|\r?\n|.)/g;

function decodeJava(raw: string): string {
  return raw.replace(ESCAPE, (sequence, body: string) => {
    if (/^u+/.test(body)) return String.fromCharCode(parseInt(body.replace(/^u+/, ''), 16));
    if (/^[0-7]+$/.test(body)) return String.fromCharCode(parseInt(body, 8));
    if (body === 's') return ' ';
    return decodeEscape(sequence);
  });
}

/**
 * Content of a text block: the line after the opening `"""` is dropped and the
 * indentation common to its lines (the closing line included) is removed, as javac does.
 */
function textBlockContent(body: string): string {
  const lines = body.replace(/^[ \t\f]*\r?\n/, '').split(/\r?\n/);
  const indents = lines.filter((line, i) => line.trim() !== '' || i === lines.length - 1).map((line) => /^[ \t\f]*/.exec(line)![0].length);
  const strip = Math.min(...indents);
  return lines.map((line) => line.slice(strip).replace(/[ \t\f]+$/, '')).join('\n');
}

function stringValue(node: Node): { value: string; interpolated: boolean } {
  const text = node.text;
  const block = text.startsWith('"""');
  const body = block ? textBlockContent(text.slice(3, -3)) : text.slice(1, -1);
  // Java has no interpolation; `String.format` and concatenation build strings.
  return { value: decodeJava(body), interpolated: false };
}

function named(field: string): Naming['name'] {
  return (node) => {
    const target = node.childForFieldName(field);
    if (!target || (target.type !== 'identifier' && target.type !== 'field_access')) return undefined;
    const qualified = dottedText(target);
    return { name: lastSegment(qualified), qualified };
  };
}

/** Generic arguments are not part of a callee's name: `new ArrayList<>()` calls `ArrayList`. */
function dotted(node: Node): string {
  let text = dottedText(node);
  while (/<[^<>]*>/.test(text)) text = text.replace(/<[^<>]*>/g, '');
  return text;
}

const EQUALITY_METHODS = new Set(['equals', 'equalsIgnoreCase', 'contentEquals']);

/**
 * `a.b.C` imports type `C` from package `a.b`: like Python's `from a.b import C`, the
 * package is the module `C` maps to; both the package and the full name are modules.
 */
function addImport(statement: Node, modules: Set<string>, names: Map<string, string>): void {
  const path = statement.namedChildren.find((n) => n?.type === 'scoped_identifier' || n?.type === 'identifier');
  if (!path) return;
  const wildcard = statement.namedChildren.some((n) => n?.type === 'asterisk');
  modules.add(path.text);
  if (wildcard) return;
  const scope = path.childForFieldName('scope');
  if (scope) modules.add(scope.text);
  names.set(lastSegment(path.text), scope ? scope.text : path.text);
}

/** Imports, and where a new one goes: after the last import, else after `package`. */
function imports(root: Node): Imports {
  const modules = new Set<string>();
  const names = new Map<string, string>();
  let insertAt = 0;
  for (const statement of root.namedChildren) {
    if (statement?.type === 'package_declaration' && insertAt === 0) insertAt = statement.endIndex;
    if (statement?.type !== 'import_declaration') continue;
    addImport(statement, modules, names);
    insertAt = statement.endIndex;
  }
  return { modules, names, insertAt };
}

const isEquality = equalityComparison('binary_expression', ['==', '!='], ['switch_label']);

export const javaSpec: LanguageSpec = {
  // A text block is a `string_literal` too, opened by `"""`.
  strings: new Set(['string_literal']),
  stringValue,
  comments: new Set(['line_comment', 'block_comment']),
  calls: {
    method_invocation: { callee: 'name', args: 'arguments', isNew: false, method: 'name', receiver: 'object' },
    object_creation_expression: { callee: 'type', args: 'arguments', isNew: true },
  },
  // Java has no object literals; annotation arguments are the nearest thing.
  objects: new Set(['annotation_argument_list']),
  pair: { type: 'element_value_pair', key: 'key', value: 'value' },
  arrays: new Set(['array_initializer', 'element_value_array_initializer']),
  assignments: {
    assignment_expression: { target: 'left', value: 'right' },
    variable_declarator: { target: 'name', value: 'value' },
  },
  namings: {
    variable_declarator: { binding: 'variable', value: 'value', name: named('name') },
    assignment_expression: { binding: 'variable', value: 'right', name: named('left') },
    element_value_pair: { binding: 'property', value: 'value', name: named('key') },
  },
  transparent: new Set(['parenthesized_expression', 'binary_expression', 'ternary_expression', 'cast_expression', 'array_creation_expression']),
  comparisons: (node) =>
    // `"prod".equals(env)`: the literal is the receiver of an equality method.
    (node.type === 'method_invocation' && EQUALITY_METHODS.has(node.childForFieldName('name')?.text ?? '')) || isEquality(node),
  isDocstring: () => false,
  kinds: {
    number: new Set([
      'decimal_integer_literal',
      'hex_integer_literal',
      'octal_integer_literal',
      'binary_integer_literal',
      'decimal_floating_point_literal',
      'hex_floating_point_literal',
    ]),
    identifier: new Set(['identifier', 'null_literal', 'true', 'false', 'this']),
    member: new Set(['field_access', 'array_access']),
  },
  imports,
  dotted,
};
