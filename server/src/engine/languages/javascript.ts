import type { Imports } from './facts';
import { decodeEscape, dottedText, lastSegment, type LanguageSpec, type Naming } from './spec';
import type { Node } from './treeSitter';

function stringValue(node: Node): { value: string; interpolated: boolean } {
  let value = '';
  let interpolated = false;
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type === 'string_fragment') value += child.text;
    else if (child.type === 'escape_sequence') value += decodeEscape(child.text);
    else if (child.type === 'template_substitution') interpolated = true;
  }
  return { value, interpolated };
}

function named(field: string): Naming['name'] {
  return (node) => {
    const target = node.childForFieldName(field);
    if (!target) return undefined;
    if (target.type === 'string') return { name: stringValue(target).value };
    if (target.type === 'computed_property_name') return undefined;
    const qualified = dottedText(target);
    if (target.type === 'subscript_expression') {
      const index = target.childForFieldName('index');
      if (index?.type === 'string') return { name: stringValue(index).value, qualified };
      return undefined;
    }
    if (!/^[\w$.#]+$/.test(qualified)) return undefined;
    return { name: lastSegment(qualified).replace(/^#/, ''), qualified };
  };
}

const COMPARISON_OPERATORS = new Set(['==', '===', '!=', '!==']);

function imports(root: Node): Imports {
  const modules = new Set<string>();
  const names = new Map<string, string>();
  let insertAt = 0;
  for (const statement of root.namedChildren) {
    if (!statement) continue;
    if (statement.type === 'import_statement') {
      const source = statement.childForFieldName('source');
      if (!source) continue;
      const module = stringValue(source).value;
      modules.add(module);
      for (const id of statement.descendantsOfType(['identifier'])) if (id) names.set(id.text, module);
      insertAt = statement.endIndex;
    }
  }
  for (const call of root.descendantsOfType('call_expression')) {
    if (call?.childForFieldName('function')?.text !== 'require') continue;
    const arg = call.childForFieldName('arguments')?.namedChild(0);
    if (arg?.type !== 'string') continue;
    const module = stringValue(arg).value;
    modules.add(module);
    const declarator = call.parent?.type === 'variable_declarator' ? call.parent.childForFieldName('name') : null;
    if (declarator?.type === 'identifier') names.set(declarator.text, module);
  }
  return { modules, names, insertAt };
}

/** JavaScript, TypeScript and TSX share one table; their grammars name nodes alike. */
export const javascriptSpec: LanguageSpec = {
  strings: new Set(['string', 'template_string']),
  stringValue,
  comments: new Set(['comment']),
  calls: {
    call_expression: { callee: 'function', args: 'arguments', isNew: false },
    new_expression: { callee: 'constructor', args: 'arguments', isNew: true },
  },
  objects: new Set(['object']),
  pair: { type: 'pair', key: 'key', value: 'value' },
  arrays: new Set(['array']),
  namings: {
    variable_declarator: { binding: 'variable', value: 'value', name: named('name') },
    assignment_expression: { binding: 'variable', value: 'right', name: named('left') },
    augmented_assignment_expression: { binding: 'variable', value: 'right', name: named('left') },
    public_field_definition: { binding: 'variable', value: 'value', name: named('name') },
    field_definition: { binding: 'variable', value: 'value', name: named('property') },
    pair: { binding: 'property', value: 'value', name: named('key') },
    assignment_pattern: { binding: 'default', value: 'right', name: named('left') },
    required_parameter: { binding: 'default', value: 'value', name: named('pattern') },
    optional_parameter: { binding: 'default', value: 'value', name: named('pattern') },
  },
  transparent: new Set([
    'parenthesized_expression',
    'binary_expression',
    'ternary_expression',
    'as_expression',
    'satisfies_expression',
    'non_null_expression',
    'type_assertion',
    'await_expression',
    'spread_element',
  ]),
  comparisons: (node) => {
    if (node.type === 'switch_case') return true;
    if (node.type !== 'binary_expression') return false;
    return COMPARISON_OPERATORS.has(node.childForFieldName('operator')?.text ?? '');
  },
  markup: {
    type: 'jsx_attribute',
    name: (node) => node.namedChild(0)?.text,
  },
  isDocstring: (node) => node.parent?.type === 'expression_statement',
  kinds: {
    number: new Set(['number']),
    identifier: new Set(['identifier', 'undefined', 'null', 'true', 'false']),
    member: new Set(['member_expression', 'subscript_expression']),
  },
  imports,
};
