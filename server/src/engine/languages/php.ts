import type { Imports } from './facts';
import { afterEquals, decodeEscape, dottedText, lastSegment, type LanguageSpec, type Naming, equalityComparison } from './spec';
import type { Node } from './treeSitter';

/** Double-quote escapes: `\e`, `\$`, octal and one- or two-digit `\x`; unknown ones keep their backslash. */
function decodePhp(sequence: string): string {
  const body = sequence.slice(1);
  if (body === 'e') return '\x1b';
  if (/^[0-7]{1,3}$/.test(body)) return String.fromCharCode(parseInt(body, 8) & 0xff);
  const hex = /^x([0-9a-fA-F]{1,2})$/.exec(body);
  if (hex) return String.fromCharCode(parseInt(hex[1], 16));
  if (/^(u\{[0-9a-fA-F]+\}|[ntrvf\\$"])$/.test(body)) return decodeEscape(sequence);
  return sequence;
}

const STATIC_PARTS = new Set(['string_content', 'escape_sequence', 'nowdoc_string']);

/**
 * Static text of a string body. Heredoc lines are separate children with the line
 * breaks left between them, so whitespace between children is kept; `{` `}` are not.
 */
function bodyValue(body: Node, decode: (sequence: string) => string): { value: string; interpolated: boolean } {
  let value = '';
  let interpolated = false;
  let at = -1;
  for (const child of body.namedChildren) {
    if (!child) continue;
    const gap = at < 0 ? '' : body.text.slice(at - body.startIndex, child.startIndex - body.startIndex);
    if (/^\s*$/.test(gap)) value += gap;
    at = child.endIndex;
    if (child.type === 'escape_sequence') value += decode(child.text);
    else if (STATIC_PARTS.has(child.type)) value += child.text;
    else interpolated = true;
  }
  return { value, interpolated };
}

/** PHP 7.3 heredocs drop the closing marker's indentation from every line. */
function dedentHeredoc(node: Node, value: string): string {
  const end = node.childForFieldName('end_tag');
  if (!end) return value;
  const before = node.text.slice(0, end.startIndex - node.startIndex);
  const indent = /[ \t]*$/.exec(before)![0];
  const lines = value.replace(/^\r?\n/, '').replace(/\r?\n[ \t]*$/, '').split(/\r?\n/);
  return lines.map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line)).join('\n');
}

function stringValue(node: Node): { value: string; interpolated: boolean } {
  if (node.type === 'heredoc' || node.type === 'nowdoc') {
    const body = node.childForFieldName('value');
    if (!body) return { value: '', interpolated: false };
    const { value, interpolated } = bodyValue(body, decodePhp);
    return { value: dedentHeredoc(node, value), interpolated };
  }
  // Single quotes know only `\'` and `\\`, which the grammar marks as escapes.
  const single = node.type === 'string';
  const inner = node.namedChildren.length ? bodyValue(node, single ? (s) => s.slice(1) : decodePhp) : { value: '', interpolated: false };
  return { value: inner.value, interpolated: !single && inner.interpolated };
}

const STRINGS = new Set(['string', 'encapsed_string', 'heredoc', 'nowdoc']);

/**
 * `$this->log->info` is dotted as `$this.log.info`: `->`, `?->` and `::` become dots and
 * variables keep their `$`, so `$logger.info` (an object) stays apart from `Logger.info`
 * (a class). Namespaces are dotted too: `\Monolog\Logger` becomes `Monolog.Logger`.
 */
function dotted(node: Node): string {
  return dottedText(node)
    .replace(/\??->|::/g, '.')
    .replace(/^\\/, '')
    .replace(/\\/g, '.');
}

function nameOf(target: Node | null | undefined): { name: string; qualified?: string } | undefined {
  if (!target) return undefined;
  if (STRINGS.has(target.type)) return { name: stringValue(target).value };
  if (target.type === 'subscript_expression') {
    // `$config['url'] = …`
    const index = target.namedChild(1);
    return index && STRINGS.has(index.type) ? { name: stringValue(index).value, qualified: dotted(target) } : undefined;
  }
  if (!/^(name|variable_name|member_access_expression|nullsafe_member_access_expression|scoped_property_access_expression)$/.test(target.type)) return undefined;
  const qualified = dotted(target);
  return { name: lastSegment(qualified).replace(/^\$/, ''), qualified };
}

function named(field: string): Naming['name'] {
  return (node) => nameOf(node.childForFieldName(field));
}

/** `'k' => v` and a bare list element share `array_element_initializer`. */
const isKeyed = (node: Node): boolean => node.children.some((c) => c?.type === '=>');
const entryKey = (node: Node): Node | null => (isKeyed(node) ? node.namedChild(0) : null);
const entryValue = (node: Node): Node | null => (isKeyed(node) ? node.namedChild(node.namedChildCount - 1) : null);
const lastChild = (node: Node): Node | null => node.namedChild(node.namedChildCount - 1);

/** `new Foo(...)`: the class is an unnamed child; `new class {}` names none and is not a call. */
const createdClass = (node: Node): Node | null =>
  node.namedChildren.find((c) => c !== null && /^(name|qualified_name|variable_name|relative_scope)$/.test(c.type)) ?? null;
const argumentsOf = (node: Node): Node | null => node.namedChildren.find((c) => c?.type === 'arguments') ?? null;

const HEADER = new Set(['php_tag', 'declare_statement']);

/** `use A\B\C;` imports class `C` from namespace `A\B`, spelt as in PHP; like Python's `from a.b import C`. */
function addUse(declaration: Node, modules: Set<string>, names: Map<string, string>): void {
  const prefix = declaration.namedChildren.find((c) => c?.type === 'namespace_name')?.text;
  for (const clause of declaration.descendantsOfType('namespace_use_clause')) {
    const path = clause?.namedChildren.find((c) => c?.type === 'qualified_name' || c?.type === 'name');
    if (!clause || !path) continue;
    const full = (prefix ? `${prefix}\\${path.text}` : path.text).replace(/^\\/, '');
    const container = full.includes('\\') ? full.slice(0, full.lastIndexOf('\\')) : full;
    modules.add(full);
    modules.add(container);
    names.set(clause.childForFieldName('alias')?.text ?? full.slice(full.lastIndexOf('\\') + 1), container);
  }
}

/**
 * Imports, and where a new `use` goes: after the last one, else after `<?php`,
 * `declare(...)` and a `namespace X;` statement, which must come first.
 */
function imports(root: Node): Imports {
  const modules = new Set<string>();
  const names = new Map<string, string>();
  let header = 0;
  let lastUse = 0;
  for (const statement of root.namedChildren) {
    if (!statement) continue;
    const opening = HEADER.has(statement.type) || (statement.type === 'namespace_definition' && !statement.childForFieldName('body'));
    if (opening && lastUse === 0 && (header === 0 || statement.type !== 'php_tag')) header = statement.endIndex;
    if (statement.type !== 'namespace_use_declaration') continue;
    addUse(statement, modules, names);
    lastUse = statement.endIndex;
  }
  return { modules, names, insertAt: lastUse || header };
}

export const phpSpec: LanguageSpec = {
  strings: STRINGS,
  stringValue,
  comments: new Set(['comment']),
  calls: {
    function_call_expression: { callee: 'function', args: 'arguments', isNew: false },
    member_call_expression: { callee: 'name', args: 'arguments', isNew: false, method: 'name', receiver: 'object' },
    nullsafe_member_call_expression: { callee: 'name', args: 'arguments', isNew: false, method: 'name', receiver: 'object' },
    scoped_call_expression: { callee: 'name', args: 'arguments', isNew: false, method: 'name', receiver: 'scope' },
    object_creation_expression: { callee: createdClass, args: argumentsOf, isNew: true },
  },
  keywordArgument: { type: 'argument', name: 'name', value: lastChild },
  // PHP arrays are both lists and maps.
  objects: new Set(['array_creation_expression']),
  pair: { type: 'array_element_initializer', key: entryKey, value: entryValue },
  arrays: new Set(['array_creation_expression']),
  assignments: {
    assignment_expression: { target: 'left', value: 'right' },
  },
  namings: {
    assignment_expression: { binding: 'variable', value: 'right', name: named('left') },
    augmented_assignment_expression: { binding: 'variable', value: 'right', name: named('left') },
    const_element: { binding: 'variable', value: afterEquals, name: (node) => nameOf(node.namedChild(0)) },
    property_element: { binding: 'variable', value: 'default_value', name: named('name') },
    simple_parameter: { binding: 'default', value: 'default_value', name: named('name') },
    property_promotion_parameter: { binding: 'default', value: 'default_value', name: named('name') },
    array_element_initializer: { binding: 'property', value: (node) => entryValue(node), name: (node) => nameOf(entryKey(node)), applies: isKeyed },
  },
  transparent: new Set(['parenthesized_expression', 'binary_expression', 'conditional_expression', 'cast_expression', 'array_element_initializer']),
  comparisons: equalityComparison('binary_expression', ['==', '===', '!=', '!==', '<>'], ['case_statement', 'match_condition_list']),
  isDocstring: () => false,
  kinds: {
    number: new Set(['integer', 'float']),
    identifier: new Set(['variable_name', 'name', 'qualified_name', 'null', 'boolean']),
    member: new Set([
      'member_access_expression',
      'nullsafe_member_access_expression',
      'scoped_property_access_expression',
      'class_constant_access_expression',
      'subscript_expression',
    ]),
  },
  imports,
  dotted,
};
