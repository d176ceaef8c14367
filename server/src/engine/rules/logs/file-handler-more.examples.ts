import type { Example } from '../../types';

/** Go, Java, C#, Ruby and PHP examples of logs/file-handler-in-code. */
export const moreInvalid: Example[] = [
  {
    file: 'cmd/api/main.go',
    code: 'package main\n\nimport (\n\t"log"\n\n\t"gopkg.in/natefinch/lumberjack.v2"\n)\n\nfunc main() {\n\tlog.SetOutput(&lumberjack.Logger{Filename: "/var/log/api/api.log", MaxSize: 100, MaxBackups: 3})\n}\n',
  },
  {
    file: 'internal/logging/zap.go',
    code: 'package logging\n\nimport "go.uber.org/zap"\n\nfunc New() (*zap.Logger, error) {\n\tcfg := zap.NewProductionConfig()\n\tcfg.OutputPaths = []string{"/var/log/app/app.log"}\n\treturn cfg.Build()\n}\n',
  },
  {
    file: 'internal/logging/file.go',
    code: 'package logging\n\nimport (\n\t"log/slog"\n\t"os"\n)\n\nfunc Setup() *slog.Logger {\n\tf, err := os.OpenFile("app.log", os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)\n\tif err != nil {\n\t\tpanic(err)\n\t}\n\treturn slog.New(slog.NewJSONHandler(f, nil))\n}\n',
  },
  {
    file: 'src/main/java/com/acme/LogSetup.java',
    code: 'package com.acme;\n\nimport java.util.logging.FileHandler;\nimport java.util.logging.Logger;\n\npublic final class LogSetup {\n  public static void init() throws java.io.IOException {\n    Logger.getLogger("").addHandler(new FileHandler("app.%g.log", 10_000_000, 5));\n  }\n}\n',
  },
  {
    file: 'src/main/java/com/acme/Log4jConfig.java',
    code: 'package com.acme;\n\nimport org.apache.logging.log4j.core.appender.RollingFileAppender;\n\nclass Log4jConfig {\n  Object appender() {\n    return RollingFileAppender.newBuilder().withFileName("logs/app.log").withFilePattern("logs/app-%i.log").setName("rolling").build();\n  }\n}\n',
  },
  {
    file: 'src/Api/Program.cs',
    code: 'using Serilog;\n\nLog.Logger = new LoggerConfiguration()\n    .MinimumLevel.Information()\n    .WriteTo.File("logs/api-.txt", rollingInterval: RollingInterval.Day)\n    .CreateLogger();\n',
  },
  {
    file: 'src/Worker/Logging.cs',
    code: 'using NLog;\nusing NLog.Targets;\n\nvar config = new NLog.Config.LoggingConfiguration();\nvar file = new FileTarget("file") { FileName = "${basedir}/logs/worker.log" };\nconfig.AddRuleForAllLevels(file);\n',
  },
  {
    file: 'config/environments/production.rb',
    code: 'Rails.application.configure do\n  config.logger = Logger.new(Rails.root.join("log", "production.log"), 10, 50.megabytes)\nend\n',
  },
  { file: 'lib/worker.rb', code: 'require "logger"\n\nLOG = Logger.new("log/worker.log", "daily", level: :info)\n' },
  {
    file: 'src/Logging/LoggerFactory.php',
    code: "<?php\nuse Monolog\\Logger;\nuse Monolog\\Handler\\RotatingFileHandler;\n\n$log = new Logger('app');\n$log->pushHandler(new RotatingFileHandler(__DIR__ . '/../../var/log/app.log', 14));\n",
  },
  {
    file: 'src/bootstrap.php',
    code: "<?php\nuse Monolog\\Handler\\StreamHandler;\n\n$handler = new StreamHandler(__DIR__.'/../var/log/app.log', Level::Warning);\n",
  },
  { file: 'public/index.php', code: "<?php\nini_set('error_log', '/var/log/php/app_errors.log');\nerror_log(\"payment failed\", 3, '/var/log/php/payments.log');\n" },
];

export const moreValid: Example[] = [
  {
    file: 'cmd/api/main.go',
    code: 'package main\n\nimport (\n\t"log/slog"\n\t"os"\n)\n\nfunc main() {\n\tslog.SetDefault(slog.New(slog.NewJSONHandler(os.Stdout, nil)))\n}\n',
  },
  {
    file: 'internal/logging/zap.go',
    code: 'package logging\n\nimport "go.uber.org/zap"\n\nfunc New() (*zap.Logger, error) {\n\tcfg := zap.NewProductionConfig()\n\tcfg.OutputPaths = []string{"stdout"}\n\tcfg.ErrorOutputPaths = []string{"stderr"}\n\treturn cfg.Build()\n}\n',
  },
  {
    file: 'internal/export/export.go',
    code: 'package export\n\nimport (\n\t"encoding/csv"\n\t"os"\n)\n\nfunc Write() error {\n\tf, err := os.Create("report.csv")\n\tif err != nil {\n\t\treturn err\n\t}\n\treturn csv.NewWriter(f).Write([]string{"a"})\n}\n',
  },
  {
    file: 'src/main/java/com/acme/LogSetup.java',
    code: 'package com.acme;\n\nimport java.util.logging.ConsoleHandler;\nimport java.util.logging.Logger;\n\npublic final class LogSetup {\n  public static void init() {\n    Logger.getLogger("").addHandler(new ConsoleHandler());\n  }\n}\n',
  },
  {
    file: 'src/main/java/com/acme/upload/FileHandler.java',
    code: 'package com.acme.upload;\n\npublic class Uploads {\n  Object h = new FileHandler("uploads/tmp.log");\n}\n',
  },
  { file: 'src/Api/Program.cs', code: 'using Serilog;\nusing Serilog.Formatting.Compact;\n\nLog.Logger = new LoggerConfiguration()\n    .WriteTo.Console(new RenderedCompactJsonFormatter())\n    .CreateLogger();\n' },
  { file: 'src/Backup/Archive.cs', code: 'using System.IO.Compression;\n\nvar zip = new ZipBuilder();\nzip.AddFile("logs/app.log");\n' },
  {
    file: 'config/environments/production.rb',
    code: 'Rails.application.configure do\n  config.logger = ActiveSupport::TaggedLogging.new(ActiveSupport::Logger.new($stdout))\nend\n',
  },
  { file: 'lib/worker.rb', code: 'require "logger"\n\nLOG = Logger.new(STDOUT, level: :info)\n' },
  { file: 'src/bootstrap.php', code: "<?php\nuse Monolog\\Handler\\StreamHandler;\n\n$handler = new StreamHandler('php://stderr', Level::Info);\n" },
  { file: 'src/Http/Upload.php', code: "<?php\nuse App\\Uploads\\StreamHandler;\n\n$h = new StreamHandler(__DIR__ . '/uploads/tmp.log');\nerror_log('payment failed');\n" },
];
