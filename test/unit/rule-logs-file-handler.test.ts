import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertNoFix, findingsOf, fixed } from './fixHelpers';

const RULE = 'logs/file-handler-in-code';

describe('logs/file-handler-in-code fixes (Go, Java, C#, Ruby, PHP)', () => {
  it('Go: lumberjack becomes os.Stdout and its import goes', async () => {
    const code = 'package main\n\nimport (\n\t"log"\n\t"os"\n\n\t"gopkg.in/natefinch/lumberjack.v2"\n)\n\nfunc main() {\n\tlog.SetOutput(&lumberjack.Logger{Filename: "/var/log/app.log", MaxSize: 100})\n\t_ = os.Args\n}\n';
    assert.equal(await fixed(RULE, 'main.go', code), 'package main\n\nimport (\n\t"log"\n\t"os"\n\n)\n\nfunc main() {\n\tlog.SetOutput(os.Stdout)\n\t_ = os.Args\n}\n');
  });

  it('Go: lumberjack fix adds the os import when missing', async () => {
    const code = 'package main\n\nimport (\n\t"log"\n\tlumberjack "gopkg.in/natefinch/lumberjack.v2"\n)\n\nfunc main() {\n\tlog.SetOutput(&lumberjack.Logger{Filename: "app.log"})\n}\n';
    assert.equal(await fixed(RULE, 'main.go', code), 'package main\n\nimport (\n\t"log"\n)\n\nimport "os"\n\nfunc main() {\n\tlog.SetOutput(os.Stdout)\n}\n');
  });

  it('Go: a named lumberjack logger (maybe closed later) gets no fix', async () => {
    const code = 'package main\n\nimport (\n\t"log"\n\t"gopkg.in/natefinch/lumberjack.v2"\n)\n\nfunc main() {\n\tl := &lumberjack.Logger{Filename: "app.log"}\n\tdefer l.Close()\n\tlog.SetOutput(l)\n}\n';
    await assertNoFix(RULE, 'main.go', code);
  });

  it('Go: zap output path becomes stdout, or goes when stdout is already listed', async () => {
    const one = 'package l\n\nimport "go.uber.org/zap"\n\nvar cfg = zap.Config{OutputPaths: []string{"/var/log/app.log"}}\n';
    assert.equal(await fixed(RULE, 'l.go', one), one.replace('"/var/log/app.log"', '"stdout"'));
    const two = 'package l\n\nimport "go.uber.org/zap"\n\nvar cfg = zap.Config{OutputPaths: []string{"stdout", "/var/log/app.log"}}\n';
    assert.equal(await fixed(RULE, 'l.go', two), two.replace(', "/var/log/app.log"', ''));
  });

  it('Go: a file opened with os.OpenFile and given to logrus is reported at the sink', async () => {
    const code = 'package main\n\nimport (\n\t"os"\n\n\t"github.com/sirupsen/logrus"\n)\n\nfunc main() {\n\tf, _ := os.OpenFile("logs/app.log", os.O_APPEND|os.O_WRONLY, 0644)\n\tlogrus.SetOutput(f)\n}\n';
    const found = await findingsOf(RULE, 'main.go', code);
    assert.equal(found.length, 1);
    assert.equal(found[0].range.start.line, 10);
  });

  it('Java: new FileHandler(...) passed to addHandler becomes a ConsoleHandler', async () => {
    const code = 'import java.util.logging.*;\n\nclass A {\n  static void init() throws Exception {\n    Logger.getLogger("").addHandler(new FileHandler("app.%g.log", 1000, 5));\n  }\n}\n';
    assert.equal(await fixed(RULE, 'src/main/java/A.java', code), code.replace('new FileHandler("app.%g.log", 1000, 5)', 'new ConsoleHandler()'));
  });

  it('Java: no fix when an IOException catch could stop compiling', async () => {
    const code = 'import java.io.IOException;\nimport java.util.logging.FileHandler;\nimport java.util.logging.Logger;\n\nclass A {\n  static void init() {\n    try {\n      Logger.getLogger("").addHandler(new FileHandler("app.log"));\n    } catch (IOException e) {\n      throw new RuntimeException(e);\n    }\n  }\n}\n';
    await assertNoFix(RULE, 'src/main/java/A.java', code);
  });

  it('C#: Serilog WriteTo.File becomes WriteTo.Console and keeps console-compatible arguments', async () => {
    const code = 'using Serilog;\n\nLog.Logger = new LoggerConfiguration()\n    .WriteTo.File(new CompactJsonFormatter(), "logs/app.json", restrictedToMinimumLevel: LogEventLevel.Information, rollingInterval: RollingInterval.Day)\n    .CreateLogger();\n';
    assert.equal(
      await fixed(RULE, 'Program.cs', code),
      'using Serilog;\n\nLog.Logger = new LoggerConfiguration()\n    .WriteTo.Console(new CompactJsonFormatter(), restrictedToMinimumLevel: LogEventLevel.Information)\n    .CreateLogger();\n',
    );
  });

  it('C#: a chain that already writes to the console loses the file sink', async () => {
    const code = 'using Serilog;\n\nLog.Logger = new LoggerConfiguration()\n    .WriteTo.Console()\n    .WriteTo.File("logs/app.txt")\n    .CreateLogger();\n';
    assert.equal(await fixed(RULE, 'Program.cs', code), 'using Serilog;\n\nLog.Logger = new LoggerConfiguration()\n    .WriteTo.Console()\n    .CreateLogger();\n');
  });

  it('Ruby: Logger.new(<file>, rotation) becomes Logger.new($stdout) and keeps keyword options', async () => {
    const code = 'require "logger"\n\nLOG = Logger.new("log/worker.log", 10, 1_024_000, level: :info)\n';
    assert.equal(await fixed(RULE, 'lib/worker.rb', code), 'require "logger"\n\nLOG = Logger.new($stdout, level: :info)\n');
  });

  it('Ruby: Rails.root.join log path is replaced', async () => {
    const code = 'Rails.application.configure do\n  config.logger = ActiveSupport::Logger.new(Rails.root.join("log", "production.log"))\nend\n';
    assert.equal(await fixed(RULE, 'config/environments/production.rb', code), code.replace('Rails.root.join("log", "production.log")', '$stdout'));
  });

  it('Ruby: without logger or Rails evidence nothing is reported', async () => {
    assert.deepEqual(await findingsOf(RULE, 'lib/x.rb', 'x = Logger.new("log/x.log")\n'), []);
  });

  it('PHP: StreamHandler file becomes php://stdout; RotatingFileHandler becomes a StreamHandler keeping level', async () => {
    const stream = "<?php\nuse Monolog\\Handler\\StreamHandler;\n$h = new StreamHandler(__DIR__.'/../var/log/app.log', Level::Warning);\n";
    assert.equal(await fixed(RULE, 'src/a.php', stream), "<?php\nuse Monolog\\Handler\\StreamHandler;\n$h = new StreamHandler('php://stdout', Level::Warning);\n");
    const rotating = "<?php\nuse Monolog\\Handler\\RotatingFileHandler;\n$h = new RotatingFileHandler('/var/log/app.log', 14, Level::Info);\n";
    assert.equal(
      await fixed(RULE, 'src/a.php', rotating),
      "<?php\nuse Monolog\\Handler\\RotatingFileHandler;\n$h = new \\Monolog\\Handler\\StreamHandler('php://stdout', Level::Info);\n",
    );
  });

  it('PHP: error_log type 3 loses its file destination', async () => {
    const code = "<?php\nerror_log($message, 3, '/var/log/app.log');\n";
    assert.equal(await fixed(RULE, 'src/a.php', code), "<?php\nerror_log($message);\n");
  });
});
