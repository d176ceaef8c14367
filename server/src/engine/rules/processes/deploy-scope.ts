import { isEnvTemplateName } from '../../formats/dotenv';
import type { WorkspaceFacts } from '../../types';

/**
 * Files that configure only a developer's machine or the test run (catalog G9): what they hold never
 * reaches a deploy, so process-state and parity findings there would be noise.
 */
const DEV_ONLY: readonly RegExp[] = [
  /(^|\/)config\/environments\/(development|test)\.rb$/,
  /(^|\/)settings\/(dev|local|test)\w*\.py$/,
  /(^|\/)(settings_|)(dev|development|local|test)_?settings\.py$/,
  /(^|\/)settings_(dev|development|local|test)\w*\.py$/,
  /(^|\/)application-(dev|local|test)[\w-]*\.(ya?ml|properties)$/,
  /(^|\/)appsettings\.Development\.json$/i,
  /(^|\/)docker-compose\.override\.ya?ml$/,
  /(^|\/)\.env\.(development|dev|local|test|testing|ci)(\.local)?$/i,
  /(^|\/)\.env\.[\w-]+\.local$/i,
  /(^|\/)[^/]+\.local\.[^/]+$/,
];

/** Dotenv names that configure a deploy; plain `.env` counts only when committed. */
const DEPLOY_ENV_FILE = /^\.env\.(production|prod|staging|stage|preprod|uat|qa|live)$/i;

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** True for files that only configure local development or tests (`.env.development`, `settings/dev.py` …). */
export function isDevOnlyPath(path: string): boolean {
  const normalized = path.replace(/\\/g, '/');
  return DEV_ONLY.some((pattern) => pattern.test(normalized));
}

/**
 * True for a dotenv file whose values a deploy uses: `.env.production`, `.env.staging` …, or a `.env`
 * that git tracks. Templates (`.env.example`) and local files never count; an untracked `.env` is a
 * developer's own.
 */
export function isDeployEnvFile(path: string, workspace: WorkspaceFacts): boolean {
  const name = baseName(path.replace(/\\/g, '/'));
  if (isEnvTemplateName(name) || isDevOnlyPath(path)) return false;
  if (DEPLOY_ENV_FILE.test(name)) return true;
  return name === '.env' && workspace.git === 'tracked';
}
