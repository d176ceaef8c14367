import type { Imports } from './facts';
import { decodeEscape, dottedText, lastSegment, type LanguageSpec, type Naming } from './spec';
import type { Node } from './treeSitter';

const ESCAPE = /\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[^}]*\}|[0-7]{1,3}|\r?\n|.)/g;

function decodePython(raw: string): string {
  return raw.replace(ESCAPE, (sequence, body: string) => {
    if (/^[0-7]{1,3}$/.test(body) && body !== '0') return String.fromCharCode(parseInt(body, 8));
    if (body.startsWith('N{')) return sequence;
    return decodeEscape(sequence);
  });
}

function singleValue(node: Node): { value: string; interpolated: boolean } {
  const prefix = node.namedChild(0)?.text ?? '';
  const raw = /r/i.test(prefix.replace(/['"]/g, ''));
  let value = '';
  let interpolated = false;
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type === 'string_content') value += raw ? child.text : decodePython(child.text);
    else if (child.type === 'interpolation') interpolated = true;
  }
  return { value, interpolated };
}

function stringValue(node: Node): { value: string; interpolated: boolean } {
  if (node.type !== 'concatenated_string') return singleValue(node);
  let value = '';
  let interpolated = false;
  for (const part of node.namedChildren) {
    if (part?.type !== 'string') continue;
    const single = singleValue(part);
    value += single.value;
    interpolated ||= single.interpolated;
  }
  return { value, interpolated };
}

function named(field: string): Naming['name'] {
  return (node) => {
    const target = node.childForFieldName(field);
    if (!target) return undefined;
    if (target.type === 'string') return { name: stringValue(target).value };
    if (target.type === 'subscript') {
      const index = target.childForFieldName('subscript');
      if (index?.type === 'string') return { name: stringValue(index).value, qualified: dottedText(target) };
      return undefined;
    }
    if (target.type !== 'identifier' && target.type !== 'attribute') return undefined;
    const qualified = dottedText(target);
    return { name: lastSegment(qualified), qualified };
  };
}

function dottedNames(node: Node, field: string): string[] {
  return node.childrenForFieldName(field).flatMap((n) => {
    if (!n) return [];
    if (n.type === 'aliased_import') return [n.childForFieldName('name')?.text ?? ''];
    return [n.text];
  });
}

/** Imports, and where a new `import` goes: after the leading docstring, `__future__` and import block. */
function imports(root: Node): Imports {
  const modules = new Set<string>();
  const names = new Map<string, string>();
  let insertAt = 0;
  let leading = true;
  for (const statement of root.namedChildren) {
    if (!statement) continue;
    const type = statement.type;
    if (type === 'import_statement') {
      // `import a.b.c` binds `a` and makes `a`, `a.b` and `a.b.c` available.
      for (const module of dottedNames(statement, 'name')) {
        const parts = module.split('.');
        parts.forEach((_, i) => modules.add(parts.slice(0, i + 1).join('.')));
      }
    } else if (type === 'import_from_statement') {
      const module = statement.childForFieldName('module_name')?.text ?? '';
      modules.add(module);
      for (const n of statement.childrenForFieldName('name')) {
        if (!n) continue;
        const local = n.type === 'aliased_import' ? n.childForFieldName('alias')?.text : n.text;
        if (local) names.set(local, module);
      }
    }
    const isImport = type === 'import_statement' || type === 'import_from_statement' || type === 'future_import_statement';
    const isDocstring = type === 'expression_statement' && statement.namedChild(0)?.type === 'string' && insertAt === 0;
    const isHeader = type === 'comment' && statement.startPosition.row <= 1 && /^#!|coding[:=]/.test(statement.text);
    if (leading && (isImport || isDocstring || type === 'comment')) {
      if (type !== 'comment' || isHeader) insertAt = statement.endIndex;
    } else if (type !== 'comment') {
      leading = false;
    }
  }
  return { modules, names, insertAt };
}

export const pythonSpec: LanguageSpec = {
  strings: new Set(['string', 'concatenated_string']),
  stringValue,
  comments: new Set(['comment']),
  calls: {
    call: { callee: 'function', args: 'arguments', isNew: false },
  },
  keywordArgument: { type: 'keyword_argument', name: 'name', value: 'value' },
  objects: new Set(['dictionary']),
  pair: { type: 'pair', key: 'key', value: 'value' },
  arrays: new Set(['list', 'tuple', 'set']),
  assignments: {
    assignment: { target: 'left', value: 'right' },
  },
  namings: {
    assignment: { binding: 'variable', value: 'right', name: named('left') },
    augmented_assignment: { binding: 'variable', value: 'right', name: named('left') },
    pair: { binding: 'property', value: 'value', name: named('key') },
    default_parameter: { binding: 'default', value: 'value', name: named('name') },
    typed_default_parameter: { binding: 'default', value: 'value', name: named('name') },
  },
  transparent: new Set(['parenthesized_expression', 'binary_operator', 'conditional_expression', 'boolean_operator', 'await']),
  comparisons: (node) => node.type === 'comparison_operator',
  isDocstring: (node) => node.parent?.type === 'expression_statement' && node.parent.namedChildCount === 1,
  kinds: {
    number: new Set(['integer', 'float']),
    identifier: new Set(['identifier', 'none', 'true', 'false']),
    member: new Set(['attribute', 'subscript']),
  },
  imports,
};
