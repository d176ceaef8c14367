import type { RuleMeta } from '../../types';

export const examples: RuleMeta['examples'] = {
  invalid: [
    {
      file: 'src/main/resources/logback-spring.xml',
      code: '<configuration>\n  <appender name="FILE" class="ch.qos.logback.core.rolling.RollingFileAppender">\n    <file>logs/app.log</file>\n    <rollingPolicy class="ch.qos.logback.core.rolling.TimeBasedRollingPolicy">\n      <fileNamePattern>logs/app.%d{yyyy-MM-dd}.log</fileNamePattern>\n    </rollingPolicy>\n    <encoder><pattern>%d %-5level %logger - %msg%n</pattern></encoder>\n  </appender>\n  <root level="INFO"><appender-ref ref="FILE"/></root>\n</configuration>\n',
    },
    { file: 'src/main/resources/logback.xml', code: '<configuration>\n  <include resource="org/springframework/boot/logging/logback/file-appender.xml"/>\n</configuration>\n' },
    {
      file: 'src/main/resources/log4j2.xml',
      code: '<Configuration status="WARN">\n  <Appenders>\n    <RollingFile name="R" fileName="logs/app.log" filePattern="logs/app-%d{yyyy-MM-dd}.log.gz">\n      <PatternLayout pattern="%d %p %c - %m%n"/>\n      <Policies><TimeBasedTriggeringPolicy/></Policies>\n    </RollingFile>\n  </Appenders>\n  <Loggers><Root level="info"><AppenderRef ref="R"/></Root></Loggers>\n</Configuration>\n',
    },
    { file: 'src/main/resources/log4j2-prod.xml', code: '<Configuration>\n  <Appenders>\n    <File name="F" fileName="/var/log/app/app.log"><JsonLayout compact="true"/></File>\n  </Appenders>\n</Configuration>\n' },
    { file: 'src/Web/nlog.config', code: '<?xml version="1.0" encoding="utf-8"?>\n<nlog xmlns="http://www.nlog-project.org/schemas/NLog.xsd" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n  <targets>\n    <target xsi:type="File" name="f" fileName="${basedir}/logs/${shortdate}.log" />\n  </targets>\n</nlog>\n' },
    { file: 'src/Web/log4net.config', code: '<log4net>\n  <appender name="RollingFile" type="log4net.Appender.RollingFileAppender">\n    <file value="logs/app.log" />\n  </appender>\n</log4net>\n' },
    { file: 'src/main/resources/log4j.properties', code: 'log4j.rootLogger=INFO, file\nlog4j.appender.file=org.apache.log4j.RollingFileAppender\nlog4j.appender.file.File=/var/log/app.log\n' },
    { file: 'src/main/resources/log4j2.properties', code: 'appender.rolling.type = RollingFile\nappender.rolling.name = RollingFile\nappender.rolling.fileName = logs/app.log\nrootLogger.appenderRef.rolling.ref = RollingFile\n' },
    { file: 'src/main/resources/application.properties', code: 'server.port=8080\nlogging.file.name=/var/log/app/app.log\n' },
    { file: 'src/main/resources/application-prod.yml', code: 'logging:\n  file:\n    name: /var/log/app.log\n  level:\n    root: INFO\n' },
    { file: 'src/Api/appsettings.json', code: '{\n  "Serilog": {\n    "WriteTo": [\n      { "Name": "Console" },\n      { "Name": "File", "Args": { "path": "logs/log.txt", "rollingInterval": "Day" } }\n    ]\n  }\n}\n' },
    { file: 'src/Api/appsettings.Production.json', code: '{\n  "Serilog": { "WriteTo": [ { "Name": "RollingFile", "Args": { "pathFormat": "logs/{Date}.txt" } } ] }\n}\n' },
    { file: 'config/logging.yaml', code: 'version: 1\nhandlers:\n  file:\n    class: logging.handlers.RotatingFileHandler\n    filename: app.log\n    maxBytes: 10485760\nroot:\n  handlers: [file]\n' },
    { file: 'logging.yml', code: 'version: 1\nhandlers:\n  f:\n    class: logging.FileHandler\n    filename: /var/log/worker.log\n' },
    {
      file: 'config/logging.php',
      code: "<?php\n\nreturn [\n    'default' => env('LOG_CHANNEL', 'daily'),\n\n    'channels' => [\n        'daily' => [\n            'driver' => 'daily',\n            'path' => storage_path('logs/laravel.log'),\n            'days' => 14,\n        ],\n        'stderr' => [\n            'driver' => 'monolog',\n            'handler' => Monolog\\Handler\\StreamHandler::class,\n            'with' => ['stream' => 'php://stderr'],\n        ],\n    ],\n];\n",
    },
    {
      file: 'config/logging.php',
      code: "<?php\n\nreturn [\n    'default' => 'stack',\n    'channels' => [\n        'stack' => [\n            'driver' => 'stack',\n            'channels' => explode(',', env('LOG_STACK', 'single')),\n            'ignore_exceptions' => false,\n        ],\n        'single' => [\n            'driver' => 'single',\n            'path' => storage_path('logs/laravel.log'),\n        ],\n    ],\n];\n",
    },
    { file: '.env.production', code: 'APP_ENV=production\nAPP_DEBUG=false\nLOG_CHANNEL=daily\nLOG_LEVEL=info\n' },
    { file: 'deploy/.env.staging', code: 'APP_ENV=staging\nLOG_CHANNEL=stack\nLOG_STACK=single\n' },
  ],
  valid: [
    { file: 'src/main/resources/logback-spring.xml', code: '<configuration>\n  <appender name="CONSOLE" class="ch.qos.logback.core.ConsoleAppender">\n    <encoder><pattern>%d %-5level %msg%n</pattern></encoder>\n  </appender>\n  <!-- <appender name="FILE" class="ch.qos.logback.core.FileAppender"/> -->\n</configuration>\n' },
    { file: 'src/main/resources/logback.xml', code: '<configuration>\n  <include resource="org/springframework/boot/logging/logback/console-appender.xml"/>\n</configuration>\n' },
    { file: 'src/main/resources/log4j2.xml', code: '<Configuration>\n  <Appenders>\n    <Console name="STDOUT" target="SYSTEM_OUT"><PatternLayout pattern="%m%n"/></Console>\n  </Appenders>\n</Configuration>\n' },
    { file: 'pom.xml', code: '<project>\n  <build>\n    <resources><resource><directory>src/main/resources</directory></resource></resources>\n    <File name="x"/>\n  </build>\n</project>\n' },
    { file: 'src/Web/nlog.config', code: '<nlog>\n  <targets>\n    <target xsi:type="Console" name="c" layout="${longdate} ${message}" />\n  </targets>\n</nlog>\n' },
    { file: 'src/Web/log4net.config', code: '<log4net>\n  <appender name="Console" type="log4net.Appender.ConsoleAppender" />\n</log4net>\n' },
    { file: 'src/main/resources/log4j.properties', code: 'log4j.rootLogger=INFO, stdout\nlog4j.appender.stdout=org.apache.log4j.ConsoleAppender\n' },
    { file: 'src/main/resources/application.properties', code: 'server.port=8080\nlogging.level.root=INFO\n# logging.file.name=app.log\n' },
    { file: 'src/main/resources/application.yml', code: 'logging:\n  level:\n    root: INFO\nupload:\n  file:\n    name: avatar.png\n' },
    { file: 'src/Api/appsettings.json', code: '{\n  "Serilog": { "WriteTo": [ { "Name": "Console", "Args": { "formatter": "Serilog.Formatting.Compact.CompactJsonFormatter, Serilog.Formatting.Compact" } } ] },\n  "Storage": { "Name": "File" }\n}\n' },
    { file: 'config/logging.yaml', code: 'version: 1\nhandlers:\n  console:\n    class: logging.StreamHandler\n    stream: ext://sys.stdout\n' },
    { file: 'config/app.yaml', code: 'upload:\n  class: logging.FileHandler\n' },
    {
      file: 'config/logging.php',
      code: "<?php\n\nreturn [\n    'default' => env('LOG_CHANNEL', 'stderr'),\n    'channels' => [\n        'daily' => ['driver' => 'daily', 'path' => storage_path('logs/laravel.log')],\n        'stderr' => [\n            'driver' => 'monolog',\n            'handler' => Monolog\\Handler\\StreamHandler::class,\n            'with' => ['stream' => 'php://stderr'],\n        ],\n    ],\n];\n",
    },
    {
      file: 'config/logging.php',
      code: "<?php\n\nreturn [\n    // 'default' => 'daily',\n    'default' => 'stack',\n    'channels' => [\n        'stack' => ['driver' => 'stack', 'channels' => ['stderr', 'slack']],\n        'stderr' => ['driver' => 'monolog', 'with' => ['stream' => 'php://stderr']],\n        'slack' => ['driver' => 'slack', 'url' => env('LOG_SLACK_WEBHOOK_URL')],\n        'daily' => ['driver' => 'daily'],\n    ],\n];\n",
    },
    { file: 'config/queue.php', code: "<?php\n\nreturn [\n    'default' => env('QUEUE_CONNECTION', 'daily'),\n    'channels' => ['daily' => ['driver' => 'daily']],\n];\n" },
    { file: '.env.example', code: 'APP_ENV=local\nLOG_CHANNEL=daily\nLOG_LEVEL=debug\n' },
    { file: '.env.testing', code: 'APP_ENV=testing\nLOG_CHANNEL=single\n' },
    { file: '.env.production', code: 'APP_ENV=production\nLOG_CHANNEL=stderr\nLOG_STACK=stderr,slack\n' },
  ],
};
