import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findingsOf, fixed } from './fixHelpers';

describe('logs/buffered-stdout', () => {
  it('inserts ENV PYTHONUNBUFFERED=1 after the final FROM, keeping CRLF', async () => {
    const code = 'FROM python:3.12 AS build\r\nRUN pip wheel . -w /w\r\nFROM python:3.12-slim\r\nCOPY --from=build /w /w\r\nCMD ["python", "main.py"]\r\n';
    assert.equal(
      await fixed('logs/buffered-stdout', 'Dockerfile', code),
      'FROM python:3.12 AS build\r\nRUN pip wheel . -w /w\r\nFROM python:3.12-slim\r\nENV PYTHONUNBUFFERED=1\r\nCOPY --from=build /w /w\r\nCMD ["python", "main.py"]\r\n',
    );
  });

  it('inserts after a FROM continued on the next line', async () => {
    const code = 'FROM --platform=linux/amd64 \\\n  python:3.12-slim\nCMD python app.py\n';
    assert.equal(await fixed('logs/buffered-stdout', 'Dockerfile', code), 'FROM --platform=linux/amd64 \\\n  python:3.12-slim\nENV PYTHONUNBUFFERED=1\nCMD python app.py\n');
  });

  it('accepts ENV in the legacy space form and python -u behind sh -c', async () => {
    assert.deepEqual(await findingsOf('logs/buffered-stdout', 'Dockerfile', 'FROM python:3\nENV PYTHONUNBUFFERED 1\nCMD python app.py\n'), []);
    assert.deepEqual(await findingsOf('logs/buffered-stdout', 'Dockerfile', 'FROM python:3\nCMD ["sh", "-c", "exec python -u app.py"]\n'), []);
  });
});

describe('logs/direct-log-file-write in containers', () => {
  it('removes a shell-form redirection with its 2>&1', async () => {
    const code = 'FROM node:20\nCMD node server.js >> /var/log/app.log 2>&1\n';
    assert.equal(await fixed('logs/direct-log-file-write', 'Dockerfile', code), 'FROM node:20\nCMD node server.js\n');
  });

  it('removes a redirection inside exec form and keeps the JSON valid', async () => {
    const code = 'FROM python:3.12\nENV PYTHONUNBUFFERED=1\nENTRYPOINT ["sh", "-c", "gunicorn app:app > logs/out.txt"]\n';
    const out = await fixed('logs/direct-log-file-write', 'Dockerfile', code);
    assert.equal(out, 'FROM python:3.12\nENV PYTHONUNBUFFERED=1\nENTRYPOINT ["sh", "-c", "gunicorn app:app"]\n');
    assert.deepEqual(JSON.parse(out.split('ENTRYPOINT ')[1]), ['sh', '-c', 'gunicorn app:app']);
  });

  it('ignores a comparison inside a CMD script', async () => {
    assert.deepEqual(await findingsOf('logs/direct-log-file-write', 'Dockerfile', 'FROM python:3\nENV PYTHONUNBUFFERED=1\nCMD ["python", "-c", "print(1 > 0)"]\n'), []);
  });

  it('reports a logrotate config copied into the image at its path', async () => {
    const found = await findingsOf('logs/direct-log-file-write', 'Dockerfile', 'FROM alpine:3\nCOPY --chown=app conf/logrotate /etc/logrotate.d/app\nADD app.tar /opt/\n');
    assert.deepEqual(found.map((f) => [f.range.start.line, f.range.start.character]), [[1, 17]]);
  });

  it('does not report a redirection into a file linked to /dev/stdout, but still one into another file', async () => {
    const code = 'FROM debian:12\nRUN ln -sfT /proc/self/fd/1 /var/log/app.log\nCMD app >> /var/log/app.log 2>> /var/log/other.log\n';
    const found = await findingsOf('logs/direct-log-file-write', 'Dockerfile', code);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /\/var\/log\/other\.log/);
  });

  it('reports compose log volumes at the volume entry', async () => {
    const found = await findingsOf('logs/direct-log-file-write', 'docker-compose.yml', 'services:\n  api:\n    image: x\n    volumes:\n      - ./data:/data\n      - ./logs:/app/logs:rw\n');
    assert.deepEqual(found.map((f) => f.range.start.line), [5]);
  });
});

describe('logs/direct-log-file-write in code', () => {
  it('does not report a createWriteStream that logs/file-handler-in-code already reports', async () => {
    const code = "const fs = require('fs');\nconst s = fs.createWriteStream('logs/app.log', { flags: 'a' });\n";
    assert.deepEqual(await findingsOf('logs/direct-log-file-write', 'src/a.js', code), []);
    assert.equal((await findingsOf('logs/file-handler-in-code', 'src/a.js', code)).length, 1);
  });

  it('a bare appendFile must come from fs', async () => {
    assert.deepEqual(await findingsOf('logs/direct-log-file-write', 'src/a.js', "import { appendFile } from './store';\nappendFile('logs/a.log', x);\n"), []);
  });
});
