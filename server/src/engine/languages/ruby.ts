import type { Imports } from './facts';
import { decodeEscape, dottedText, lastSegment, type LanguageSpec, type Naming, equalityComparison } from './spec';
import type { Node } from './treeSitter';

const RUBY_ESCAPES: Record<string, string> = { a: '\x07', e: '\x1b', s: ' ' };

/** Ruby escapes beyond the shared table: `\a`, `\e`, `\s`, octal bytes and `\u{41 42}` runs. */
function decodeRuby(sequence: string): string {
  const body = sequence.slice(1);
  if (RUBY_ESCAPES[body] !== undefined) return RUBY_ESCAPES[body];
  if (/^[0-7]{1,3}$/.test(body) && body !== '0') return String.fromCharCode(parseInt(body, 8));
  const run = /^u\{([0-9a-fA-F\s]+)\}$/.exec(body);
  if (run) return run[1].trim().split(/\s+/).map((hex) => String.fromCodePoint(parseInt(hex, 16))).join('');
  return decodeEscape(sequence);
}

/** Single quotes and `%q` only know `\\` and an escaped delimiter. */
function decodeSingleQuoted(raw: string): string {
  return raw.replace(/\\([\\'()[\]{}<>|!/])/g, '$1');
}

function singleValue(node: Node): { value: string; interpolated: boolean } {
  const open = node.firstChild?.text ?? '"';
  const single = open === "'" || open.startsWith('%q');
  let value = '';
  let interpolated = false;
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type === 'string_content') value += single ? decodeSingleQuoted(child.text) : child.text;
    else if (child.type === 'escape_sequence') value += decodeRuby(child.text);
    else if (child.type === 'interpolation') interpolated = true;
  }
  return { value, interpolated };
}

/** `"a" "b"` is one literal made of adjacent strings. */
function stringValue(node: Node): { value: string; interpolated: boolean } {
  if (node.type !== 'chained_string') return singleValue(node);
  let value = '';
  let interpolated = false;
  for (const part of node.namedChildren) {
    if (!part) continue;
    const single = singleValue(part);
    value += single.value;
    interpolated ||= single.interpolated;
  }
  return { value, interpolated };
}

/**
 * Symbols are names, not text, so they are not strings. Heredoc bodies are left out:
 * the grammar detaches them from where they are used, so they would have no context.
 */
const STRINGS = new Set(['string', 'chained_string', 'bare_string']);
const VARIABLES = new Set(['identifier', 'constant', 'instance_variable', 'class_variable', 'global_variable']);

/** `Net::HTTP` and `a&.b` are dotted like `a.b`. */
function dotted(node: Node): string {
  return dottedText(node).replace(/&\./g, '.').replace(/::/g, '.');
}

/** The static name of a key: `url:`, `"url" =>`, `:url =>`, `:"url" =>`. */
function keyName(key: Node): string | undefined {
  if (STRINGS.has(key.type) || key.type === 'delimited_symbol') return stringValue(key).value;
  if (key.type === 'hash_key_symbol' || key.type === 'simple_symbol') return key.text.replace(/^:|:$/g, '');
  return undefined;
}

function nameOf(target: Node | null): { name: string; qualified?: string } | undefined {
  if (!target) return undefined;
  if (target.type === 'element_reference') {
    // `config[:url] = …`, `ENV["URL"] = …`
    const index = target.namedChild(1);
    const name = index ? keyName(index) : undefined;
    return name === undefined ? undefined : { name, qualified: dotted(target) };
  }
  const key = keyName(target);
  if (key !== undefined) return { name: key };
  if (!VARIABLES.has(target.type) && target.type !== 'call' && target.type !== 'scope_resolution') return undefined;
  const qualified = dotted(target);
  if (!/^[\w@$.]+$/.test(qualified)) return undefined;
  // `@api_url` and `$api_url` are named `api_url`; the sigil stays in the qualified name.
  return { name: lastSegment(qualified).replace(/^(@@?|\$)/, ''), qualified };
}

function named(field: string): Naming['name'] {
  return (node) => nameOf(node.childForFieldName(field));
}

const REQUIRES = new Set(['require', 'require_relative']);
/** Comments that must stay first: shebang and magic comments. */
const HEADER_COMMENT = /^#!|^#\s*(-\*-|(en)?coding:|frozen_string_literal:|warn_indent:|shareable_constant_value:)/;

function requiredPath(statement: Node): string | undefined {
  if (statement.type !== 'call' || statement.childForFieldName('receiver')) return undefined;
  if (!REQUIRES.has(statement.childForFieldName('method')?.text ?? '')) return undefined;
  const arg = statement.childForFieldName('arguments')?.namedChild(0);
  return arg && STRINGS.has(arg.type) ? stringValue(arg).value : undefined;
}

/** Required files, and where a new `require` goes: after the last one, else after magic comments. */
function imports(root: Node): Imports {
  const modules = new Set<string>();
  let header = 0;
  let lastRequire = 0;
  let leading = true;
  for (const statement of root.namedChildren) {
    if (!statement) continue;
    const path = requiredPath(statement);
    if (path !== undefined) {
      modules.add(path);
      lastRequire = statement.endIndex;
    }
    if (statement.type !== 'comment') leading = false;
    else if (leading && HEADER_COMMENT.test(statement.text)) header = statement.endIndex;
  }
  // `require` binds no names; constants come from whatever the file defines.
  return { modules, names: new Map(), insertAt: lastRequire || header };
}

const isEquality = equalityComparison('binary', ['==', '!=', '===', '=~', '!~']);

export const rubySpec: LanguageSpec = {
  strings: STRINGS,
  stringValue,
  comments: new Set(['comment']),
  calls: {
    // `Logger.new(...)` is an ordinary method call in Ruby, so nothing is `isNew`.
    call: { callee: 'method', args: 'arguments', isNew: false, method: 'method', receiver: 'receiver' },
  },
  // `Faraday.new(url: "x")` passes a trailing hash; each of its pairs reads as a keyword argument.
  keywordArgument: { type: 'pair', name: 'key', value: 'value' },
  objects: new Set(['hash']),
  pair: { type: 'pair', key: 'key', value: 'value' },
  arrays: new Set(['array', 'string_array']),
  assignments: {
    assignment: { target: 'left', value: 'right' },
  },
  namings: {
    assignment: { binding: 'variable', value: 'right', name: named('left') },
    operator_assignment: { binding: 'variable', value: 'right', name: named('left') },
    pair: { binding: 'property', value: 'value', name: named('key') },
    optional_parameter: { binding: 'default', value: 'value', name: named('name') },
    keyword_parameter: { binding: 'default', value: 'value', name: named('name') },
  },
  transparent: new Set(['parenthesized_statements', 'binary', 'conditional']),
  // A `when` pattern compares against the `case` subject.
  comparisons: (node) => (node.type === 'pattern' && node.parent?.type === 'when') || isEquality(node),
  isDocstring: () => false,
  kinds: {
    number: new Set(['integer', 'float', 'rational', 'complex']),
    identifier: new Set([...VARIABLES, 'nil', 'true', 'false', 'self']),
    member: new Set(['scope_resolution', 'element_reference']),
  },
  imports,
  dotted,
};
