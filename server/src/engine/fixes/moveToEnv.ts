import type { MoveToEnvFix, TextEdit } from '../types';
import { envAccessor } from './envAccess';
import { uniqueEnvName } from './envName';
import { appendLines, formatDotenvValue, hasIgnoreLine, readDotenv } from './dotenvText';

/** What the host knows about the env files next to the source file. `text` undefined = file missing. */
export interface EnvFilesState {
  env: { label: string; text: string | undefined };
  example: { label: string; text: string | undefined };
  gitignore: { label: string; text: string | undefined };
  /** The env file is matched by the repository's ignore rules. */
  envIgnored: boolean;
  /** The env file is in the git index: writing a value there would commit it. */
  envTracked: boolean;
  /** The file the value is moved out of is in the git index: the value is in history. */
  sourceTracked?: boolean;
  /** Label of the source file, for notes. */
  sourceLabel?: string;
}

export type FileSlot = 'source' | 'env' | 'example' | 'gitignore';

export interface FileChange {
  file: FileSlot;
  /** Create the file first; it must not exist (never overwrite). */
  create: boolean;
  edits: TextEdit[];
}

export interface MoveToEnvPlan {
  title: string;
  name: string;
  changes: FileChange[];
  /** Things the user must be told after applying (e.g. a tracked .env). */
  notes: string[];
}

function change(file: FileSlot, text: string | undefined, lines: string[]): FileChange {
  return { file, create: text === undefined, edits: [appendLines(text ?? '', lines)] };
}

/**
 * Plans "Move to environment variable": the literal becomes the language's
 * env accessor, the value goes only into a git-ignored env file, and the
 * template gets `NAME=` without a value. Existing variables are never
 * overwritten; a clashing name gets a suffix.
 */
export function planMoveToEnv(fix: MoveToEnvFix, state: EnvFilesState): MoveToEnvPlan | undefined {
  const envVars = readDotenv(state.env.text ?? '');
  const exampleVars = readDotenv(state.example.text ?? '');
  const taken = new Map(envVars);
  for (const [k, v] of exampleVars) if (v !== '' && !taken.has(k)) taken.set(k, v);
  const { name, reuse } = uniqueEnvName(fix.name, fix.value, taken);
  const accessor = fix.replacement !== undefined ? fix.replacement.split('$NAME').join(name) : envAccessor(fix.language, name);
  if (accessor === undefined) return undefined;

  const replacement = fix.templateSubstitution ? `\${${accessor}}` : accessor;
  if (fix.language === 'github-actions') return planActionsSecret(fix, state, name, replacement);
  const changes: FileChange[] = [{ file: 'source', create: false, edits: [{ range: fix.range, newText: replacement }, ...fix.extraEdits] }];
  const notes: string[] = [];
  let title = `Move to environment variable ${name}`;
  const addIgnore = !state.envIgnored && !state.envTracked;

  if (state.envTracked) {
    notes.push(`${state.env.label} is tracked by git, so the value was not written there. Set ${name} in your environment, and stop tracking ${state.env.label} (git rm --cached ${state.env.label}).`);
    title += ` (${state.env.label} is tracked by git: value not written)`;
  } else if (!reuse) {
    changes.push(change('env', state.env.text, [`${name}=${formatDotenvValue(fix.value)}`]));
  }
  const ignoreEntry = state.env.label.slice(state.env.label.lastIndexOf('/') + 1);
  if (addIgnore && !hasIgnoreLine(state.gitignore.text ?? '', ignoreEntry)) {
    changes.push(change('gitignore', state.gitignore.text, [ignoreEntry]));
    title += ` and add ${state.env.label} to ${state.gitignore.label}`;
  }
  if (!exampleVars.has(name)) changes.push(change('example', state.example.text, [`${name}=`]));
  if (fix.afterNote) notes.push(fix.afterNote.split('$NAME').join(name));
  if (fix.secret) {
    const rotate = fix.rotation ? ` ${fix.rotation.steps} How to rotate a ${fix.rotation.provider} credential: ${fix.rotation.url}` : ' Revoke it where it was issued and issue a new one.';
    if (state.sourceTracked) {
      title += ' (in git history: rotate it)';
      notes.unshift(`${state.sourceLabel ?? 'This file'} is tracked by git, so this secret is in the repository's history and in every clone. Moving it out does not un-leak it: rotate it now.${rotate}`);
    } else {
      notes.push(`If this value was ever committed or shared, rotate it: moving it out of the file does not un-leak it.${rotate}`);
    }
  }
  return { title, name, changes, notes };
}

/** A workflow reads `${{ secrets.NAME }}`: the value belongs in the repository's Actions secrets, never in a file. */
function planActionsSecret(fix: MoveToEnvFix, state: EnvFilesState, name: string, replacement: string): MoveToEnvPlan {
  const notes = [
    `Add the secret ${name} under Settings › Secrets and variables › Actions, or run: gh secret set ${name}`,
    state.sourceTracked
      ? `${state.sourceLabel ?? 'This workflow'} is tracked by git, so the old value is in the repository's history: rotate it.${fix.rotation ? ` ${fix.rotation.steps} ${fix.rotation.url}` : ''}`
      : 'If this value was ever committed or shared, rotate it.',
  ];
  return {
    title: `Use the Actions secret ${name}${state.sourceTracked ? ' (in git history: rotate it)' : ''}`,
    name,
    changes: [{ file: 'source', create: false, edits: [{ range: fix.range, newText: replacement }, ...fix.extraEdits] }],
    notes,
  };
}
