import type { Imports } from './facts';
import { afterEquals, valueAfterEquals, decodeEscape, dottedText, lastSegment, type LanguageSpec, type Naming, equalityComparison } from './spec';
import type { Node } from './treeSitter';

/** C# `\x` takes one to four hex digits; `\a` and `\e` are bell and escape. */
function decodeCSharp(sequence: string): string {
  const hex = /^\\x([0-9a-fA-F]{1,4})$/.exec(sequence);
  if (hex) return String.fromCharCode(parseInt(hex[1], 16));
  if (sequence === '\\a') return '\x07';
  if (sequence === '\\e') return '\x1b';
  return decodeEscape(sequence);
}

/**
 * Multi-line raw strings drop their first and last lines and the closing
 * line's indentation from every line.
 */
function dedentRaw(content: string): string {
  const match = /^[ \t]*\r?\n([\s\S]*)\r?\n([ \t]*)$/.exec(content);
  if (!match) return content;
  const indent = match[2];
  return match[1]
    .split(/\r?\n/)
    .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line.trimStart()))
    .join('\n');
}

function interpolatedValue(node: Node): { value: string; interpolated: boolean } {
  const start = node.namedChild(0)?.text ?? '$';
  const verbatim = start.includes('@');
  const raw = node.children.some((c) => c?.type === 'interpolation_quote');
  let value = '';
  let interpolated = false;
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type === 'string_content') value += raw ? child.text : child.text.replace(/\{\{/g, '{').replace(/\}\}/g, '}');
    else if (child.type === 'escape_sequence') value += decodeCSharp(child.text);
    else if (child.type === 'interpolation') interpolated = true;
  }
  if (verbatim) value = value.replace(/""/g, '"');
  return { value: raw ? dedentRaw(value) : value, interpolated };
}

function stringValue(node: Node): { value: string; interpolated: boolean } {
  switch (node.type) {
    case 'verbatim_string_literal':
      // `@"C:\dir"`: no escapes except a doubled quote.
      return { value: node.text.replace(/^@"|"$/g, '').replace(/""/g, '"'), interpolated: false };
    case 'raw_string_literal':
      return { value: dedentRaw(node.namedChildren.find((c) => c?.type === 'raw_string_content')?.text ?? ''), interpolated: false };
    case 'interpolated_string_expression':
      return interpolatedValue(node);
  }
  let value = '';
  for (const child of node.namedChildren) {
    if (child?.type === 'string_literal_content') value += child.text;
    else if (child?.type === 'escape_sequence') value += decodeCSharp(child.text);
  }
  return { value, interpolated: false };
}

const STRINGS = new Set(['string_literal', 'verbatim_string_literal', 'raw_string_literal', 'interpolated_string_expression']);

/** Generic arguments and `global::` are not part of a callee's name. */
function dotted(node: Node): string {
  let text = dottedText(node).replace(/^global::/, '');
  while (/<[^<>]*>/.test(text)) text = text.replace(/<[^<>]*>/g, '');
  return text;
}

function nameOf(target: Node | null | undefined): { name: string; qualified?: string } | undefined {
  if (!target) return undefined;
  if (target.type === 'element_binding_expression' || target.type === 'element_access_expression') {
    // `["k"] = "v"` in a dictionary initializer, `settings["k"] = "v"`.
    const index = (target.childForFieldName('subscript') ?? target).descendantsOfType([...STRINGS])[0];
    return index ? { name: stringValue(index).value } : undefined;
  }
  if (target.type !== 'identifier' && target.type !== 'member_access_expression') return undefined;
  const qualified = dotted(target);
  return { name: lastSegment(qualified), qualified };
}

function named(field: string): Naming['name'] {
  return (node) => nameOf(node.childForFieldName(field));
}

/** `new { Url = "x", Host = "y" }` lists its members flat: the name is the token before `=`. */
const anonymousMember: Naming['name'] = (_node, child) => nameOf(child.previousSibling?.previousSibling);

/** `using X;` imports namespace `X`; `using A = X.Y;` and `using static X.Y;` bind `Y` or `A` from `X`. */
function addUsing(directive: Node, modules: Set<string>, names: Map<string, string>): void {
  const target = directive.namedChild(directive.namedChildCount - 1);
  if (!target) return;
  const module = target.text;
  modules.add(module);
  const alias = directive.childForFieldName('name')?.text;
  const isStatic = directive.children.some((c) => c?.type === 'static');
  if (!alias && !isStatic) return;
  const qualifier = target.childForFieldName('qualifier')?.text ?? module;
  modules.add(qualifier);
  names.set(alias ?? lastSegment(module), qualifier);
}

/** Usings, and where a new one goes: after the last top-level `using`, else at the top. */
function imports(root: Node): Imports {
  const modules = new Set<string>();
  const names = new Map<string, string>();
  let insertAt = 0;
  for (const directive of root.descendantsOfType('using_directive')) {
    if (!directive) continue;
    addUsing(directive, modules, names);
    if (directive.parent?.type === 'compilation_unit') insertAt = Math.max(insertAt, directive.endIndex);
  }
  return { modules, names, insertAt };
}

/**
 * `SqlConnection c = new("...")` constructs the declared type; elsewhere a target-typed
 * `new(...)` names no type and is not reported as a call.
 */
function declaredType(node: Node): Node | null {
  const declaration = node.parent?.type === 'variable_declarator' ? node.parent.parent : null;
  const type = declaration?.type === 'variable_declaration' ? declaration.childForFieldName('type') : null;
  return type && type.type !== 'implicit_type' ? type : null;
}

/** The value of an `argument`, named or positional: its last child. */
const argumentValue = (node: Node): Node | null => node.namedChild(node.namedChildCount - 1);

export const csharpSpec: LanguageSpec = {
  strings: STRINGS,
  stringValue,
  comments: new Set(['comment']),
  calls: {
    invocation_expression: { callee: 'function', args: 'arguments', isNew: false },
    object_creation_expression: { callee: 'type', args: 'arguments', isNew: true, initializer: 'initializer' },
    implicit_object_creation_expression: { callee: declaredType, args: (n) => n.namedChildren.find((c) => c?.type === 'argument_list') ?? null, isNew: true },
  },
  keywordArgument: { type: 'argument', name: 'name', value: argumentValue },
  // Object initializers hold `Name = value` assignments; collection and array initializers hold values.
  objects: new Set(['initializer_expression']),
  pair: { type: 'assignment_expression', key: 'left', value: 'right' },
  arrays: new Set(['initializer_expression']),
  assignments: {
    assignment_expression: { target: 'left', value: 'right' },
    variable_declarator: { target: 'name', value: valueAfterEquals },
  },
  namings: {
    variable_declarator: { binding: 'variable', value: afterEquals, name: named('name') },
    assignment_expression: { binding: 'variable', value: 'right', name: named('left') },
    property_declaration: { binding: 'variable', value: 'value', name: named('name') },
    parameter: { binding: 'default', value: afterEquals, name: named('name') },
    anonymous_object_creation_expression: { binding: 'property', value: afterEquals, name: anonymousMember },
  },
  transparent: new Set([
    'parenthesized_expression',
    'binary_expression',
    'conditional_expression',
    'cast_expression',
    'postfix_unary_expression',
    'await_expression',
    'object_creation_expression',
    'array_creation_expression',
    'implicit_array_creation_expression',
  ]),
  // `case "dev":`, `x is "dev"` and switch-expression arms all hold a constant pattern.
  comparisons: equalityComparison('binary_expression', ['==', '!='], ['constant_pattern']),
  isDocstring: () => false,
  kinds: {
    number: new Set(['integer_literal', 'real_literal']),
    identifier: new Set(['identifier', 'null_literal', 'boolean_literal']),
    member: new Set(['member_access_expression', 'element_access_expression']),
  },
  imports,
  dotted,
};
