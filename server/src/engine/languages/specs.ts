import type { CodeLanguage } from '../types';
import { javascriptSpec } from './javascript';
import { pythonSpec } from './python';
import type { LanguageSpec } from './spec';

const SPECS: Partial<Record<CodeLanguage, LanguageSpec>> = {
  javascript: javascriptSpec,
  typescript: javascriptSpec,
  tsx: javascriptSpec,
  python: pythonSpec,
};

/** The fact-extraction table of a code language. */
export function specFor(language: CodeLanguage): LanguageSpec {
  const spec = SPECS[language];
  if (!spec) throw new Error(`no syntax adapter for ${language} yet`);
  return spec;
}

export function hasSpec(language: CodeLanguage): boolean {
  return SPECS[language] !== undefined;
}
