import type { CodeLanguage } from '../types';
import { csharpSpec } from './csharp';
import { goSpec } from './go';
import { javaSpec } from './java';
import { javascriptSpec } from './javascript';
import { phpSpec } from './php';
import { pythonSpec } from './python';
import { rubySpec } from './ruby';
import type { LanguageSpec } from './spec';

const SPECS: Partial<Record<CodeLanguage, LanguageSpec>> = {
  javascript: javascriptSpec,
  typescript: javascriptSpec,
  tsx: javascriptSpec,
  python: pythonSpec,
  go: goSpec,
  java: javaSpec,
  csharp: csharpSpec,
  ruby: rubySpec,
  php: phpSpec,
};

/** The fact-extraction table of a code language. */
export function specFor(language: CodeLanguage): LanguageSpec {
  const spec = SPECS[language];
  if (!spec) throw new Error(`no syntax adapter for ${language} yet`);
  return spec;
}
