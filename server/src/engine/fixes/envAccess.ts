import type { SyntaxFacts } from '../languages/facts';
import type { LineIndex } from '../text';
import type { Language, TextEdit } from '../types';

/** The expression that reads environment variable `name` in a language. */
export function envAccessor(language: Language, name: string): string | undefined {
  switch (language) {
    case 'javascript':
    case 'typescript':
    case 'tsx':
      return `process.env.${name}`;
    case 'python':
      return `os.environ["${name}"]`;
    case 'go':
      return `os.Getenv("${name}")`;
    case 'java':
      return `System.getenv("${name}")`;
    case 'csharp':
      return `Environment.GetEnvironmentVariable("${name}")`;
    case 'ruby':
      return `ENV.fetch("${name}")`;
    case 'php':
      return `getenv('${name}')`;
    // Config files: the file's own interpolation, quoted so the YAML stays a string.
    case 'compose':
      return `"\${${name}:?${name} is not set}"`;
    case 'github-actions':
      return `\${{ secrets.${name} }}`;
    case 'yaml':
      return `"\${${name}}"`;
    case 'properties':
      return `\${${name}}`;
    default:
      return undefined;
  }
}

/** Edits that make a Python module import `module`, unless it already does. */
export function pythonImportEdits(facts: SyntaxFacts, index: LineIndex, module: string): TextEdit[] {
  if (facts.imports.modules.has(module)) return [];
  const at = facts.imports.insertAt;
  const position = index.positionAt(at);
  const eol = '\n';
  const newText = at === 0 ? `import ${module}${eol}` : `${eol}import ${module}`;
  return [{ range: { start: position, end: position }, newText }];
}

/** Edits that make a Go file import `os`: a new import declaration after the package clause or the last import. */
export function goImportEdits(facts: SyntaxFacts, index: LineIndex): TextEdit[] {
  if (facts.imports.modules.has('os')) return [];
  const position = index.positionAt(facts.imports.insertAt);
  return [{ range: { start: position, end: position }, newText: '\n\nimport "os"' }];
}

/** Extra edits a replacement with `envAccessor` needs in this file. */
export function envAccessEdits(facts: SyntaxFacts | undefined, index: LineIndex): TextEdit[] {
  if (facts?.language === 'python') return pythonImportEdits(facts, index, 'os');
  if (facts?.language === 'go') return goImportEdits(facts, index);
  return [];
}
