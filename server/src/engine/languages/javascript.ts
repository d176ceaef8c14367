import type { Imports } from './facts';
import { decodeEscape, dottedText, lastSegment, type LanguageSpec, type Naming, equalityComparison } from './spec';
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

function requiredModule(node: Node | null): string | undefined {
  if (node?.type !== 'call_expression' || node.childForFieldName('function')?.text !== 'require') return undefined;
  const arg = node.childForFieldName('arguments')?.namedChild(0);
  return arg?.type === 'string' ? stringValue(arg).value : undefined;
}

/** `require` calls at the top level of the module: `const x = require('m')` and `require('m')`. */
function topLevelRequires(statement: Node, modules: Set<string>, names: Map<string, string>): void {
  if (statement.type === 'expression_statement') {
    const module = requiredModule(statement.namedChild(0));
    if (module) modules.add(module);
    return;
  }
  if (statement.type !== 'lexical_declaration' && statement.type !== 'variable_declaration') return;
  for (const declarator of statement.namedChildren) {
    if (declarator?.type !== 'variable_declarator') continue;
    const module = requiredModule(declarator.childForFieldName('value'));
    if (!module) continue;
    modules.add(module);
    const name = declarator.childForFieldName('name');
    if (name?.type === 'identifier') names.set(name.text, module);
    else for (const id of name?.descendantsOfType(['shorthand_property_identifier_pattern', 'identifier']) ?? []) if (id) names.set(id.text, module);
  }
}

/** Module-level imports and requires; a new import goes after the last `import` statement. */
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
    } else {
      topLevelRequires(statement, modules, names);
    }
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
  assignments: {
    assignment_expression: { target: 'left', value: 'right' },
    variable_declarator: { target: 'name', value: 'value' },
    public_field_definition: { target: 'name', value: 'value' },
    field_definition: { target: 'property', value: 'value' },
  },
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
  comparisons: equalityComparison('binary_expression', ['==', '===', '!=', '!=='], ['switch_case']),
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
