import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Finding } from '../../server/src/engine/types';
import { analyze } from './helpers';

const RULE = 'processes/local-filesystem-state';
const HTTP = 'package api\n\nimport (\n\t"io"\n\t"net/http"\n\t"os"\n\t"path/filepath"\n)\n\n';

async function findings(file: string, code: string): Promise<Finding[]> {
  return (await analyze(file, code)).findings.filter((f) => f.ruleId === RULE);
}

function lineOf(code: string, finding: Finding): string {
  return code.split('\n')[finding.range.start.line].trim();
}

describe('processes/local-filesystem-state in Go', () => {
  it('reports one finding for an upload copied into a file under uploads/, on the copy', async () => {
    const code = `${HTTP}func Upload(w http.ResponseWriter, r *http.Request) {\n\tsrc, h, _ := r.FormFile("file")\n\tout, _ := os.Create(filepath.Join("uploads", h.Filename))\n\tio.Copy(out, src)\n}\n`;
    const found = await findings('internal/api/upload.go', code);
    assert.equal(found.length, 1);
    assert.equal(lineOf(code, found[0]), 'io.Copy(out, src)');
    assert.match(found[0].message, /`io\.Copy` of an upload into `os\.Create\(…\)`/);
    assert.equal(found[0].severity, 'info');
  });

  it('needs the file to be opened in the same block and the file to read an upload', async () => {
    const otherBlock = `${HTTP}func Upload(w http.ResponseWriter, r *http.Request) {\n\tsrc, _, _ := r.FormFile("file")\n\tif ok {\n\t\tout, _ := os.Create(path)\n\t\t_ = out\n\t}\n\tio.Copy(out, src)\n}\n`;
    assert.deepEqual(await findings('internal/api/upload.go', otherBlock), []);
    const noUpload = `${HTTP}func Download(w http.ResponseWriter, r *http.Request) {\n\tout, _ := os.Create(path)\n\tresp, _ := http.Get(url)\n\tio.Copy(out, resp.Body)\n}\n`;
    assert.deepEqual(await findings('internal/api/download.go', noUpload), []);
    const temp = `${HTTP}func Upload(w http.ResponseWriter, r *http.Request) {\n\tsrc, h, _ := r.FormFile("file")\n\tout, _ := os.Create(filepath.Join(os.TempDir(), h.Filename))\n\tio.Copy(out, src)\n}\n`;
    assert.deepEqual(await findings('internal/api/upload.go', temp), []);
  });

  it('needs the framework import for SaveFile and SaveToFile, and an HTTP server file for writes under uploads/', async () => {
    assert.deepEqual(await findings('internal/store/store.go', 'package store\n\nimport "net/http"\n\nfunc S(c *Ctx) {\n\tc.SaveFile(f, "./uploads/a")\n}\n'), []);
    assert.deepEqual(await findings('tools/seed/main.go', 'package main\n\nimport "os"\n\nfunc main() {\n\tos.Create("uploads/seed.txt")\n}\n'), []);
    const beego = 'package controllers\n\nimport "github.com/beego/beego/v2/server/web"\n\nfunc (c *MainController) Post() {\n\tc.SaveToFile("file", "static/upload/"+name)\n}\n';
    assert.equal((await findings('controllers/upload.go', beego)).length, 1);
  });

  it('reports router static mounts of an uploads directory but not of build assets', async () => {
    const code = 'package main\n\nimport "github.com/labstack/echo/v4"\n\nfunc main() {\n\te := echo.New()\n\te.Static("/assets", "public")\n\te.Static("/files", "user_uploads")\n}\n';
    const found = await findings('cmd/web/main.go', code);
    assert.deepEqual(found.map((f) => lineOf(code, f)), ['e.Static("/files", "user_uploads")']);
  });
});
