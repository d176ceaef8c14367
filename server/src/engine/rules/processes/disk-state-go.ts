import type { Call, Span, SyntaxFacts } from '../../languages/facts';
import { sameBraceBlock } from '../shared/code';
import type { DiskDetection } from './disk-state-code';

/** Scratch space by intent: the system temp directory and its helpers. */
const GO_TEMP = /TempDir|TempFile|CreateTemp|MkdirTemp|["'`]\/tmp\b/;
/** Directory names that hold what users sent, not what the build shipped (`static`, `assets`, `media` stay quiet). */
const UPLOAD_DIR = /(^|[/\\])(uploads?|user[-_]?(uploads|files|content)|attachments)([/\\]|$)/i;
const HTTP_MODULE = /^(net\/http|github\.com\/(gin-gonic\/gin|labstack\/echo|gofiber\/fiber|go-chi\/chi|gorilla\/mux|beego\/beego|astaxie\/beego))(\/|$)/;
/** Framework calls that write an upload to a path, by the module that must be imported. */
const SAVERS: readonly { module: RegExp; name: string }[] = [
  { module: /^github\.com\/gin-gonic\/gin$/, name: 'SaveUploadedFile' },
  { module: /^github\.com\/gofiber\/fiber(\/v\d+)?$/, name: 'SaveFile' },
  { module: /^github\.com\/(beego\/beego(\/v\d+)?\/server\/web|astaxie\/beego)$/, name: 'SaveToFile' },
];
const READS_UPLOAD = /(^|\.)(FormFile|MultipartForm|MultipartReader|ParseMultipartForm)$/;
const OPENS_FILE = /^os\.(Create|OpenFile)$/;

function importsMatching(facts: SyntaxFacts, module: RegExp): boolean {
  return [...facts.imports.modules].some((m) => module.test(m));
}

function lastName(callee: string): string {
  return callee.slice(callee.lastIndexOf('.') + 1);
}

function within(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** The string literals written inside a span (a path expression such as `filepath.Join("uploads", name)`). */
function literalsIn(facts: SyntaxFacts, span: Span): string[] {
  return facts.strings.filter((s) => within(span, s)).map((s) => s.value);
}

/** `c.SaveUploadedFile(file, dst)` (gin), `c.SaveFile(file, path)` (Fiber), `c.SaveToFile(name, path)` (Beego). */
function frameworkSaves(facts: SyntaxFacts): DiskDetection[] {
  const names = new Set(SAVERS.filter((s) => importsMatching(facts, s.module)).map((s) => s.name));
  return facts.calls
    .filter((c) => c.callee.includes('.') && names.has(lastName(c.callee)) && c.args.length >= 2 && !GO_TEMP.test(c.args[1].text))
    .map((c) => ({ span: c.calleeSpan, what: `\`${lastName(c.callee)}\` stores the upload on the local disk` }));
}

/** The `os.Create`/`os.OpenFile` call whose result `name` holds, assigned earlier in the same block as `use`. */
function openedFile(facts: SyntaxFacts, text: string, name: string, use: Call): Call | undefined {
  const assigns = new RegExp(`(^|[\\s,;(])${name.replace(/[^\w]/g, '\\$&')}\\s*(,\\s*\\w+\\s*)?:?=\\s*$`);
  return facts.calls
    .filter((c) => OPENS_FILE.test(c.callee) && c.end <= use.start && assigns.test(text.slice(text.lastIndexOf('\n', c.start) + 1, c.start)))
    .filter((c) => sameBraceBlock(text, c.end, use.start))
    .pop();
}

/** Whether `name` is a parameter of the Go function whose body holds `offset`. */
function isParameterOfEnclosingFunc(text: string, offset: number, name: string): boolean {
  const signature = [...text.slice(0, offset).matchAll(/^func\s*(?:\([^)]*\)\s*)?[\w.]*\s*(?:\[[^\]]*\])?\s*\(([^)]*)\)/gm)].pop();
  return signature !== undefined && new RegExp(`(^|[,(\\s])${name.replace(/[^\w]/g, '')}\\b`).test(signature[1]);
}

/** `io.Copy(dst, file)` where the file reads a multipart upload and `dst` is a file it just created. */
function copiedUploads(facts: SyntaxFacts, text: string): { found: DiskDetection[]; opened: Call[] } {
  const found: DiskDetection[] = [];
  const opened: Call[] = [];
  if (!facts.calls.some((c) => READS_UPLOAD.test(c.callee))) return { found, opened };
  for (const call of facts.calls) {
    const dst = call.args[0];
    if (!/^io\.Copy(N|Buffer)?$/.test(call.callee) || dst?.kind !== 'identifier') continue;
    const open = openedFile(facts, text, dst.text, call);
    if (!open || GO_TEMP.test(open.args[0]?.text ?? '')) continue;
    // A saver whose destination is its caller's parameter (gin's own SaveUploadedFile): the caller decides where.
    const target = open.args[0];
    if (target?.kind === 'identifier' && isParameterOfEnclosingFunc(text, open.start, target.text)) continue;
    opened.push(open);
    found.push({ span: call.calleeSpan, what: `\`${call.callee}\` of an upload into \`${open.callee}(…)\` stores it on the local disk` });
  }
  return { found, opened };
}

/** `os.Create(filepath.Join("uploads", name))`, `os.WriteFile("/var/app/uploads/"+name, …)` in an HTTP server file. */
function uploadDirWrites(facts: SyntaxFacts, reported: Call[]): DiskDetection[] {
  return facts.calls
    .filter((c) => /^os\.(Create|OpenFile|WriteFile)$/.test(c.callee) && c.args[0] && !reported.includes(c) && !GO_TEMP.test(c.args[0].text))
    .filter((c) => literalsIn(facts, c.args[0]).some((v) => UPLOAD_DIR.test(v)))
    .map((c) => ({ span: c.calleeSpan, what: `\`${c.callee}\` under an uploads directory keeps user files on the local disk` }));
}

/** `http.FileServer(http.Dir("./uploads"))`, `r.Static("/uploads", "./uploads")`: uploads served from the instance's disk. */
function servedUploads(facts: SyntaxFacts): DiskDetection[] {
  const found: DiskDetection[] = [];
  for (const call of facts.calls) {
    const dir = call.callee === 'http.Dir' ? call.args[0] : /\.Static$/.test(call.callee) ? call.args[1] : undefined;
    if (dir?.kind === 'string' && UPLOAD_DIR.test(dir.value ?? '')) {
      found.push({ span: dir, what: `Serving \`${dir.value}\` from the local disk means uploads are kept there` });
    }
  }
  return found;
}

/** Go HTTP servers that keep uploads on the instance's own disk. */
export function goDiskState(facts: SyntaxFacts, text: string): DiskDetection[] {
  if (!importsMatching(facts, HTTP_MODULE)) return [];
  const copies = copiedUploads(facts, text);
  return [...frameworkSaves(facts), ...copies.found, ...uploadDirWrites(facts, copies.opened), ...servedUploads(facts)];
}
