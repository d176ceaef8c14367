import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse, parseAllDocuments } from 'yaml';
import { assertNoFix, findingsOf, fixed } from './fixHelpers';

const RULE = 'logs/buffered-stdout';

describe('logs/buffered-stdout in Ruby scripts', () => {
  it('inserts $stdout.sync = true after the shebang and magic comment, keeping the blank line', async () => {
    const code = '#!/usr/bin/env ruby\n# frozen_string_literal: true\n\nrequire "json"\n\nloop do\n  puts "tick"\nend\n';
    assert.equal(await fixed(RULE, 'bin/worker.rb', code), '#!/usr/bin/env ruby\n# frozen_string_literal: true\n\n$stdout.sync = true\n\nrequire "json"\n\nloop do\n  puts "tick"\nend\n');
  });

  it('inserts at the top of a script without header lines, keeping CRLF', async () => {
    const code = 'require "json"\r\njobs.each do |j|\r\n  print j\r\n  sleep 1\r\nend\r\n';
    assert.equal(await fixed(RULE, 'script/drain.rb', code), '$stdout.sync = true\r\n\r\nrequire "json"\r\njobs.each do |j|\r\n  print j\r\n  sleep 1\r\nend\r\n');
  });

  it('reports the first write inside a polling while loop, not the one before it', async () => {
    for (const loop of ['while true', 'until false', 'loop do']) {
      assert.equal((await findingsOf(RULE, 'bin/tail.rb', `${loop}\n  puts "x"\nend\n`)).length, 1, loop);
    }
    const code = '#!/usr/bin/env ruby\nputs "starting"\nwhile running?\n  STDOUT.puts "poll"\n  sleep 1\nend\n';
    const [finding] = await findingsOf(RULE, 'tools/poll.rb', code);
    assert.equal(finding?.range.start.line, 3);
  });

  it('leaves scripts that sync, flush or replace $stdout, read stdin, print outside long-running loops', async () => {
    for (const code of [
      'STDOUT.sync=true\nloop { puts 1 }\n',
      'loop do\n  puts 1\n  STDOUT.flush\nend\n',
      '$stdout = File.open("/dev/null", "w")\nloop { puts 1 }\n',
      'puts "one"\nputs "two"\n',
      'until done\n  work\nend\nputs "finished"\n',
      'items.each do |i|\n  puts i\nend\n',
      'while (n -= 1) > 0\n  puts n\nend\n',
      'loop do\n  puts "name?"\n  name = gets\nend\n',
    ]) {
      assert.deepEqual(await findingsOf(RULE, 'bin/job.rb', code), [], code);
    }
  });

  it('ignores library code, Rails classes, tests and generated binstubs', async () => {
    const code = 'loop do\n  puts "tick"\nend\n';
    for (const file of ['lib/poller.rb', 'app/workers/poller.rb', 'spec/bin/worker_spec.rb', 'bin/rails', 'bin/bundle.rb']) {
      assert.deepEqual(await findingsOf(RULE, file, code), [], file);
    }
  });
});

describe('logs/buffered-stdout in Python code', () => {
  it('adds line_buffering=True after the last argument, also with a trailing comma', async () => {
    const code = 'import io, sys\nsys.stdout = io.TextIOWrapper(\n    sys.stdout.buffer,\n    encoding="utf-8",\n)\n';
    assert.equal(await fixed(RULE, 'app/main.py', code), 'import io, sys\nsys.stdout = io.TextIOWrapper(\n    sys.stdout.buffer,\n    encoding="utf-8", line_buffering=True,\n)\n');
  });

  it('turns an explicit line_buffering=False into True', async () => {
    const code = 'import io, sys\nsys.stdout = io.TextIOWrapper(sys.stdout.buffer, "utf-8", line_buffering=False)\n';
    assert.equal(await fixed(RULE, 'app/main.py', code), code.replace('False', 'True'));
  });

  it('leaves wrappers it cannot judge: **options, a variable flag, another TextIOWrapper, tests', async () => {
    for (const [file, code] of [
      ['app/a.py', 'import io, sys\nsys.stdout = io.TextIOWrapper(sys.stdout.buffer, **opts)\n'],
      ['app/b.py', 'import io, sys\nsys.stdout = io.TextIOWrapper(sys.stdout.buffer, line_buffering=interactive)\n'],
      ['app/c.py', 'import sys\nfrom mylib import TextIOWrapper\nsys.stdout = TextIOWrapper(sys.stdout.buffer)\n'],
      ['tests/test_cli.py', 'import io, sys\nsys.stdout = io.TextIOWrapper(sys.stdout.buffer)\n'],
      ['app/d.py', 'import io, sys\nsys.stdout = io.TextIOWrapper(sys.stdout.buffer)\nrun()\nsys.stdout.flush()\n'],
    ]) {
      assert.deepEqual(await findingsOf(RULE, file, code), [], file);
    }
  });
});

describe('logs/buffered-stdout in compose files', () => {
  it('adds PYTHONUNBUFFERED to an environment map', async () => {
    const code = 'services:\n  worker:\n    image: python:3.12-slim\n    command: python worker.py\n    environment:\n      REDIS_URL: redis://redis:6379/0\n      QUEUE: jobs\n    restart: always\n';
    const out = await fixed(RULE, 'docker-compose.yml', code);
    assert.equal(out, code.replace('QUEUE: jobs\n', 'QUEUE: jobs\n      PYTHONUNBUFFERED: "1"\n'));
    assert.equal(parse(out).services.worker.environment.PYTHONUNBUFFERED, '1');
  });

  it('adds PYTHONUNBUFFERED=1 to an environment list, in its quoting', async () => {
    const code = 'services:\n  api:\n    image: python:3.11\n    command: ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]\n    environment:\n      - "DEBUG=0"\n';
    const out = await fixed(RULE, 'compose.yaml', code);
    assert.equal(out, code.replace('- "DEBUG=0"\n', '- "DEBUG=0"\n      - "PYTHONUNBUFFERED=1"\n'));
    assert.deepEqual(parse(out).services.api.environment, ['DEBUG=0', 'PYTHONUNBUFFERED=1']);
  });

  it('adds an environment block after image, at the service indentation', async () => {
    const code = 'services:\n    worker:\n        image: python:3.12\n        command: celery -A tasks worker\n';
    const out = await fixed(RULE, 'docker-compose.yml', code);
    assert.equal(out, 'services:\n    worker:\n        image: python:3.12\n        environment:\n            PYTHONUNBUFFERED: "1"\n        command: celery -A tasks worker\n');
    assert.equal(parse(out).services.worker.command, 'celery -A tasks worker');
  });

  it('reports a flow-style environment without a fix', async () => {
    await assertNoFix(RULE, 'docker-compose.yml', 'services:\n  w:\n    image: python:3\n    command: python w.py\n    environment: { A: "1" }\n');
  });

  it('skips services with a tty, -u, custom images, no Python command or a merged environment', async () => {
    for (const service of [
      '    image: python:3\n    command: python w.py\n    tty: true\n',
      '    image: python:3\n    command: python3 -u w.py\n',
      '    image: acme/py-worker:1\n    command: python w.py\n',
      '    image: python:3\n    command: sleep infinity\n',
      '    image: python:3.12-slim\n    command: ["sh", "-c", "exec python -m http.server 8080"]\n',
      '    image: python:3\n    command: python w.py\n    environment:\n      <<: *common\n',
    ]) {
      const code = `x-common: &common\n  A: "1"\nservices:\n  w:\n${service}`;
      assert.deepEqual(await findingsOf(RULE, 'docker-compose.yml', code), [], service);
    }
  });
});

describe('logs/buffered-stdout in Kubernetes manifests', () => {
  const head = 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: report\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n';

  it('appends a PYTHONUNBUFFERED entry to the env list', async () => {
    const code = `${head}      - name: report\n        image: docker.io/library/python:3.12\n        command: ["python", "report.py"]\n        env:\n        - name: TZ\n          value: UTC\n        resources: {}\n`;
    const out = await fixed(RULE, 'k8s/job.yaml', code);
    assert.equal(out, code.replace('value: UTC\n', 'value: UTC\n        - name: PYTHONUNBUFFERED\n          value: "1"\n'));
    const job = parseAllDocuments(out)[0].toJS();
    assert.deepEqual(job.spec.template.spec.containers[0].env[1], { name: 'PYTHONUNBUFFERED', value: '1' });
  });

  it('adds an env list after image when there is none', async () => {
    const code = `${head}        - name: report\n          image: python:3.12-slim\n          args: ["python", "report.py"]\n`;
    const out = await fixed(RULE, 'k8s/job.yaml', code);
    assert.equal(
      out,
      `${head}        - name: report\n          image: python:3.12-slim\n          env:\n            - name: PYTHONUNBUFFERED\n              value: "1"\n          args: ["python", "report.py"]\n`,
    );
    assert.deepEqual(parseAllDocuments(out)[0].toJS().spec.template.spec.containers[0].env, [{ name: 'PYTHONUNBUFFERED', value: '1' }]);
  });

  it('skips containers that take their environment from envFrom', async () => {
    const code = `${head}      - name: report\n        image: python:3.12\n        command: ["python", "report.py"]\n        envFrom:\n          - configMapRef:\n              name: report-env\n`;
    assert.deepEqual(await findingsOf(RULE, 'k8s/job.yaml', code), []);
  });
});
