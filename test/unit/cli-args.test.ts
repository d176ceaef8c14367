import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCommandLine, UsageError, USAGE } from '../../server/src/cli/args';
import { Progress } from '../../server/src/cli/progress';

function usageError(argv: string[], pattern: RegExp): void {
  assert.throws(() => parseCommandLine(argv), (error: unknown) => {
    assert.ok(error instanceof UsageError, String(error));
    assert.match(error.message, pattern);
    assert.ok(!error.message.includes('\n'), 'one line');
    return true;
  });
}

describe('parseCommandLine', () => {
  it('defaults to scanning the current directory as text, failing on errors', () => {
    assert.deepEqual(parseCommandLine(['scan']), {
      kind: 'scan',
      options: {
        paths: ['.'],
        format: 'text',
        output: undefined,
        config: undefined,
        failOn: 'error',
        maxFileSize: undefined,
        progress: false,
        staged: false,
        baseline: undefined,
        baselineWrite: undefined,
      },
    });
  });

  it('reads every flag', () => {
    const command = parseCommandLine(['scan', 'src', 'app.py', '--format', 'sarif', '-o', 'out/r.sarif', '--config=ci.json', '--fail-on', 'never', '--max-file-size', '2048', '--progress']);
    assert.deepEqual(command, {
      kind: 'scan',
      options: {
        paths: ['src', 'app.py'],
        format: 'sarif',
        output: 'out/r.sarif',
        config: 'ci.json',
        failOn: 'never',
        maxFileSize: 2048,
        progress: true,
        staged: false,
        baseline: undefined,
        baselineWrite: undefined,
      },
    });
  });

  it('treats everything after -- as paths', () => {
    const command = parseCommandLine(['scan', '--', '--weird-name.js']);
    assert.ok(command.kind === 'scan');
    assert.deepEqual(command.options.paths, ['--weird-name.js']);
  });

  it('answers --help and --version, also after the command', () => {
    assert.deepEqual(parseCommandLine(['--help']), { kind: 'help' });
    assert.deepEqual(parseCommandLine(['scan', '-h']), { kind: 'help' });
    assert.deepEqual(parseCommandLine(['--version']), { kind: 'version' });
  });

  it('rejects unknown options, commands and bad values in one line', () => {
    usageError(['scan', '--colour'], /^unknown option '--colour'/);
    usageError([], /missing command/);
    usageError(['lint'], /unknown command 'lint'/);
    usageError(['scan', '--format', 'xml'], /invalid value 'xml' for --format/);
    usageError(['scan', '--fail-on', 'hint'], /invalid value 'hint' for --fail-on/);
    usageError(['scan', '--format'], /argument missing/);
    usageError(['scan', '--progress=yes'], /does not take an argument/);
    usageError(['scan', ''], /empty path/);
    usageError(['scan', '--output', ''], /--output needs a file name/);
  });

  it('reads --staged; without paths it means every staged file', () => {
    const all = parseCommandLine(['scan', '--staged']);
    assert.ok(all.kind === 'scan');
    assert.equal(all.options.staged, true);
    assert.deepEqual(all.options.paths, []);
    assert.equal(all.options.failOn, 'error');
    const some = parseCommandLine(['scan', '--staged', 'src', '--fail-on', 'warning']);
    assert.ok(some.kind === 'scan');
    assert.deepEqual(some.options.paths, ['src']);
    assert.equal(some.options.failOn, 'warning');
  });

  it('reads --baseline and --baseline-write, but not both', () => {
    const read = parseCommandLine(['scan', '--baseline', '.factorguard-baseline.json']);
    assert.ok(read.kind === 'scan' && read.options.baseline === '.factorguard-baseline.json' && read.options.baselineWrite === undefined);
    const write = parseCommandLine(['scan', 'src', '--baseline-write=base.json', '--staged']);
    assert.ok(write.kind === 'scan' && write.options.baselineWrite === 'base.json' && write.options.baseline === undefined && write.options.staged);
    usageError(['scan', '--baseline', 'a.json', '--baseline-write', 'b.json'], /cannot be combined/);
    usageError(['scan', '--baseline', ''], /--baseline needs a file name/);
    usageError(['scan', '--baseline-write', ''], /--baseline-write needs a file name/);
    usageError(['scan', '--baseline'], /argument missing/);
    usageError(['scan', '--staged=yes'], /does not take an argument/);
  });

  it('documents every option in the usage text', () => {
    for (const flag of ['--format', '--output', '--config', '--fail-on', '--max-file-size', '--staged', '--baseline <file>', '--baseline-write <file>', '--progress', '--help', '--version']) {
      assert.ok(USAGE.includes(flag), flag);
    }
  });

  it('validates --max-file-size', () => {
    for (const bad of ['abc', '-5', '1.5', '1e6', '512', '99999999999999999999']) usageError(['scan', '--max-file-size', bad], /--max-file-size/);
    const command = parseCommandLine(['scan', '--max-file-size', '1024']);
    assert.ok(command.kind === 'scan' && command.options.maxFileSize === 1024);
  });
});

describe('Progress', () => {
  function stream(isTTY: boolean) {
    const writes: string[] = [];
    return { writes, isTTY, write: (chunk: string) => writes.push(chunk) };
  }

  it('is silent when stderr is not a terminal, or when not asked for', () => {
    for (const [tty, requested] of [[false, true], [true, false]]) {
      const s = stream(tty);
      const progress = new Progress(s, requested);
      progress.update(1, 2);
      progress.finish();
      assert.deepEqual(s.writes, []);
    }
  });

  it('rewrites one line with \\r, throttled, and clears it at the end', () => {
    const s = stream(true);
    let now = 1000;
    const progress = new Progress(s, true, () => now);
    progress.update(3, undefined);
    progress.update(1, 10);
    now += 150;
    progress.update(2, 10);
    progress.update(10, 10);
    progress.finish();
    assert.deepEqual(s.writes, [
      '\r\x1b[Kfactorguard: listing files… 3',
      '\r\x1b[Kfactorguard: scanning 2/10 files',
      '\r\x1b[Kfactorguard: scanning 10/10 files',
      '\r\x1b[K',
    ]);
  });
});
