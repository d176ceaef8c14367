import type { Node as YamlNode } from 'yaml';
import { child, scalarText } from '../../../formats/yaml';
import type { RuleContext } from '../../rule';
import { mapScalar } from './scalar';
import { actionName, type Job, type Step } from './workflow';

/** A step of a workflow_run job that fetches the artifacts of the run that triggered it. */
export interface ArtifactDownload {
  step: Step;
  index: number;
  /** What names the triggering run: the `run-id:` value, or the step. */
  node: YamlNode;
  /** Folder the files land in, relative to the workspace (`.` for the workspace itself). */
  dir: string;
}

const TRIGGERING_RUN = /github\.event\.workflow_run\.id|payload\.workflow_run\.id|\bWORKFLOW_RUN_ID\b/;
/** Commands that run whatever the workspace holds: installs with lifecycle scripts, builds, tests, local scripts. */
const BUILD = /(^|[;&|(]\s*|\s)(npm\s+(ci|install|i|test|run|start|exec)|npx\s|yarn(\s|$)|pnpm\s|bun\s|make(\s|$)|pip3?\s+install|python3?\s+(setup\.py|-m\s+(pip|pytest))|pytest(\s|$)|go\s+(run|build|test|generate)|mvn\s|\.\/mvnw|gradle\s|\.\/gradlew|cargo\s|bundle\s|rake(\s|$)|composer\s+(install|update|run)|dotnet\s+(build|run|test|restore))/;

function normalizeDir(dir: string): string {
  const d = dir.trim().replace(/^["']|["']$/g, '').replace(/^\$\{\{\s*github\.workspace\s*\}\}\/?|^\$\{?GITHUB_WORKSPACE\}?\/?/, '').replace(/^\.\/|\/+$/g, '');
  return d === '' ? '.' : d;
}

/** `actions/download-artifact` with `run-id:` of the triggering run, `dawidd6/action-download-artifact` with its `run_id:`, `gh run download`, github-script `downloadArtifact`. */
function downloadOf(context: RuleContext, step: Step, index: number): ArtifactDownload | undefined {
  const action = actionName(step);
  if (action === 'actions/download-artifact' || action === 'dawidd6/action-download-artifact') {
    const key = ['run-id', 'run_id'].find((k) => TRIGGERING_RUN.test(scalarText(child(step.with, k)) ?? ''));
    if (!key) return undefined;
    return { step, index, node: child(step.with, key) as YamlNode, dir: normalizeDir(scalarText(child(step.with, 'path')) ?? '.') };
  }
  const script = mapScalar(context.text, step.run ?? (action === 'actions/github-script' ? child(step.with, 'script') : undefined));
  if (!script || !TRIGGERING_RUN.test(script.value)) return undefined;
  if (step.run && /\bgh\s+run\s+download\b/.test(script.value)) {
    const dir = /\s(?:-D|--dir)[=\s]+(\S+)/.exec(script.value)?.[1];
    return { step, index, node: step.run, dir: normalizeDir(dir ?? '.') };
  }
  // github-script saves the zip itself; what it extracts to is decided by a later unzip.
  if (!step.run && /downloadArtifact/.test(script.value)) return { step, index, node: step.usesNode ?? step.node, dir: '' };
  return undefined;
}

/** Where `unzip`/`tar` put files: their `-d`/`-C` folder, else the current directory. */
function extractedDirs(script: string): string[] {
  const dirs: string[] = [];
  for (const line of script.split('\n')) {
    const unzip = /\bunzip\b([^\n;&|]*)/.exec(line);
    if (unzip) dirs.push(normalizeDir(/\s-d\s+(\S+)/.exec(unzip[1])?.[1] ?? '.'));
    const tar = /\btar\s+(-?[a-zA-Z]*x[a-zA-Z]*)\b([^\n;&|]*)/.exec(line);
    if (tar) dirs.push(normalizeDir(/\s(?:-C|--directory[=\s])\s*(\S+)/.exec(tar[2])?.[1] ?? '.'));
  }
  return dirs;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The script runs a file from one of `dirs`, or builds in the workspace when `.` (the workspace) holds artifact files. */
function runsArtifact(script: string, dirs: Set<string>, workingDirectory: string): boolean {
  const code = script.split('\n').filter((l) => !/^\s*#/.test(l)).join('\n');
  for (const dir of dirs) {
    if (dir === '.' || dir === workingDirectory) {
      if (BUILD.test(code) || /(^|[;&|]\s*|\s)(bash|sh|source|\.)\s+\.?\/?[\w-]+\.sh\b|(^|[;&|]\s*)\.\/[\w./-]+/m.test(code)) return true;
      continue;
    }
    const d = escape(dir);
    const direct = new RegExp(`(^|[;&|(]\\s*|\\b(bash|sh|source|node|python3?|ruby|perl|pwsh|chmod\\s+\\+x)\\s+|\\s\\.\\s+)(\\.\\/)?${d}\\/`, 'm');
    const cdThenBuild = new RegExp(`\\bcd\\s+["']?(\\.\\/)?${d}["']?\\s*($|[;&])`, 'm').test(code) && BUILD.test(code);
    if (direct.test(code) || cdThenBuild) return true;
  }
  return false;
}

/** The first step after the download that runs the artifact's files, or a local action once they are in the workspace. */
export function artifactExecution(context: RuleContext, job: Job, download: ArtifactDownload): YamlNode | undefined {
  const dirs = new Set(download.dir ? [download.dir] : []);
  const own = download.step.run && mapScalar(context.text, download.step.run)?.value;
  const rest = own?.slice(own.search(/\bgh\s+run\s+download\b/)).replace(/^[^\n]*/, '');
  if (rest && runsArtifact(rest, dirs, '.')) return download.step.run;
  for (const step of job.steps.slice(download.index + 1)) {
    if (step.uses?.trim().startsWith('./') && dirs.has('.')) return step.usesNode;
    const script = step.run && mapScalar(context.text, step.run)?.value;
    if (!script) continue;
    const workingDirectory = normalizeDir(scalarText(child(step.node, 'working-directory')) ?? '.');
    // A zip extracted by this very step counts too: `unzip pr.zip && ./build.sh`.
    for (const dir of extractedDirs(script)) dirs.add(dir === '.' ? workingDirectory : dir);
    if (dirs.size > 0 && runsArtifact(script, dirs, workingDirectory)) return step.run;
  }
  return undefined;
}

/** The first step of a job that downloads the triggering run's artifacts. */
export function findArtifactDownload(context: RuleContext, job: Job): ArtifactDownload | undefined {
  for (const [index, step] of job.steps.entries()) {
    const download = downloadOf(context, step, index);
    if (download) return download;
  }
  return undefined;
}
