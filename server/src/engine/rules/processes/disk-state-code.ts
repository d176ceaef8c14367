import type { Argument, Call, Span, SyntaxFacts } from '../../languages/facts';
import { sameBraceBlock } from '../shared/code';
import type { CodeLanguage } from '../../types';
import { isDevOnlyPath } from './deploy-scope';
import { goDiskState } from './disk-state-go';

/** One durable write to the instance's own disk. */
export interface DiskDetection {
  span: Span;
  /** What was found, as the message names it. */
  what: string;
}

type Detector = (facts: SyntaxFacts, text: string, path: string) => DiskDetection[];

/** Paths in the system temp directory are scratch space by intent. */
const TEMP = /tmpdir|TempPath|GetTempFileName|createTemp|tempfile|gettempdir|java\.io\.tmpdir/i;

function localsOf(facts: SyntaxFacts, module: RegExp): Set<string> {
  const names = new Set<string>();
  for (const [local, from] of facts.imports.names) if (module.test(from)) names.add(local);
  return names;
}

function option(arg: Argument | undefined, key: string): Argument | undefined {
  return arg?.properties?.find((p) => p.key === key)?.value;
}

function javascript(facts: SyntaxFacts): DiskDetection[] {
  const multer = localsOf(facts, /^multer$/);
  const formidable = localsOf(facts, /^formidable$/);
  const found: DiskDetection[] = [];
  for (const call of facts.calls) {
    const head = call.callee.split('.')[0];
    const dest = option(call.args[0], 'dest');
    if (multer.has(call.callee) && dest && !TEMP.test(dest.text)) {
      found.push({ span: dest, what: '`multer({ dest })` stores uploads on the local disk' });
    } else if (multer.has(head) && call.callee === `${head}.diskStorage`) {
      found.push({ span: call.calleeSpan, what: '`multer.diskStorage()` stores uploads on the local disk' });
    } else if (formidable.has(head) && /^(\w+|\w+\.IncomingForm|IncomingForm|\w+\.formidable)$/.test(call.callee)) {
      const dir = option(call.args[0], 'uploadDir');
      if (dir && !TEMP.test(dir.text)) found.push({ span: dir, what: '`formidable({ uploadDir })` stores uploads in a directory of the local disk' });
    }
  }
  return found;
}

const DJANGO_FS = 'django.core.files.storage.FileSystemStorage';

/** A project's settings; not Django's own `django/conf/global_settings.py`, the defaults every project overrides. */
function isSettingsModule(path: string): boolean {
  if (/(^|\/)global_settings\.py$/.test(path)) return false;
  return /(^|\/)(settings(\/[\w.]+)?|[\w]*settings[\w]*)\.py$/.test(path) && !/(^|\/)settings\/(local|dev|test)\w*\.py$/.test(path);
}

function python(facts: SyntaxFacts, _text: string, path: string): DiskDetection[] {
  if (!isSettingsModule(path)) return [];
  const storages = facts.assignments.filter((a) => a.target === 'STORAGES');
  const found: DiskDetection[] = [];
  for (const s of facts.strings) {
    if (s.value !== DJANGO_FS || s.compared) continue;
    if (s.name === 'DEFAULT_FILE_STORAGE') {
      found.push({ span: s, what: '`DEFAULT_FILE_STORAGE = FileSystemStorage` keeps uploaded media on the local disk' });
    } else if (s.name === 'BACKEND' && s.outerKeys?.[0] === 'default' && storages.some((a) => a.value.start <= s.start && s.end <= a.value.end)) {
      found.push({ span: s, what: 'the `default` storage `FileSystemStorage` keeps uploaded media on the local disk' });
    }
  }
  return found;
}

function ruby(facts: SyntaxFacts, _text: string, path: string): DiskDetection[] {
  if (!/(^|\/)config\/environments\/(production|staging)\.rb$/.test(path)) return [];
  return facts.assignments
    .filter((a) => /(^|\.)config\.active_storage\.service$/.test(a.target) && a.value.text === ':local')
    .map((a) => ({ span: a.value, what: '`config.active_storage.service = :local` keeps Active Storage files on the local disk' }));
}

const JAVA_TARGET = /^(new\s+(java\.io\.)?File\s*\(|(java\.nio\.file\.)?(Paths\.get|Path\.of)\s*\()/;

function java(facts: SyntaxFacts): DiskDetection[] {
  if (!facts.imports.modules.has('org.springframework.web.multipart.MultipartFile') && facts.imports.names.get('MultipartFile') === undefined) return [];
  return facts.calls
    .filter((c) => /(^|\.)transferTo$/.test(c.callee) && JAVA_TARGET.test(c.args[0]?.text ?? '') && !TEMP.test(c.args[0].text))
    .map((c) => ({ span: c.calleeSpan, what: '`MultipartFile.transferTo(<local path>)` stores the upload on the local disk' }));
}

const CS_STREAM = /^(new\s+(System\.IO\.)?FileStream\s*\(|(System\.IO\.)?File\.(Create|OpenWrite)\s*\()/;

/** `await file.CopyToAsync(stream)` where `stream` is a new file stream opened earlier in the same block. */
function csharp(facts: SyntaxFacts, text: string): DiskDetection[] {
  if (!/\bIFormFile\b/.test(text)) return [];
  const found: DiskDetection[] = [];
  for (const call of facts.calls) {
    if (!/(^|\.)CopyTo(Async)?$/.test(call.callee)) continue;
    const arg = call.args[0];
    if (!arg) continue;
    const opened = arg.kind === 'identifier' ? streamOpenedBefore(facts, text, arg.text, call) : CS_STREAM.test(arg.text) ? arg : undefined;
    if (opened && !TEMP.test(opened.text)) found.push({ span: call.calleeSpan, what: '`IFormFile` copied into a local `FileStream` stores the upload on the local disk' });
  }
  return found;
}

function streamOpenedBefore(facts: SyntaxFacts, text: string, name: string, call: Call): Argument | undefined {
  const assignment = facts.assignments
    .filter((a) => a.target === name && a.end <= call.start && CS_STREAM.test(a.value.text))
    .pop();
  return assignment && sameBraceBlock(text, assignment.end, call.start) ? assignment.value : undefined;
}

const DETECTORS: Partial<Record<CodeLanguage, Detector>> = {
  javascript, typescript: javascript, tsx: javascript, python, ruby, java, csharp, go: goDiskState,
};

/** Durable writes to the local disk in code and settings modules; dev-only files never count. */
export function detectDiskState(language: CodeLanguage, facts: SyntaxFacts, text: string, path: string): DiskDetection[] {
  if (isDevOnlyPath(path)) return [];
  return DETECTORS[language]?.(facts, text, path) ?? [];
}
