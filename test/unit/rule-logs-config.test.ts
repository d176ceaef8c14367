import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanXml } from '../../server/src/engine/formats/xml';
import { findingsOf, fixed } from './fixHelpers';

const RULE = 'logs/file-appender-in-config';

/** Element names in document order, to check the result is still well nested. */
function names(xml: string): string[] {
  return scanXml(xml).map((e) => `${e.name}${e.end === undefined ? '!' : ''}`);
}

describe('xml scanner', () => {
  it('never throws on broken markup and keeps offsets', () => {
    for (const text of ['<a', '<a b="', '<!-- x', '</x><y z=1>', '<a><b></a>', '<<<>>>', '']) assert.doesNotThrow(() => scanXml(text));
    const [a] = scanXml('<a  x="1" y=\'2\'/>');
    assert.deepEqual(a.attributes.map((x) => [x.name, x.value]), [['x', '1'], ['y', '2']]);
    assert.equal('<a  x="1" y=\'2\'/>'.slice(a.attributes[0].valueStart, a.attributes[0].valueEnd), '1');
  });
});

describe('logs/file-appender-in-config fixes', () => {
  it('logback: RollingFileAppender becomes ConsoleAppender without file children', async () => {
    const code =
      '<configuration>\n  <appender name="FILE" class="ch.qos.logback.core.rolling.RollingFileAppender">\n    <file>logs/app.log</file>\n    <rollingPolicy class="ch.qos.logback.core.rolling.TimeBasedRollingPolicy">\n      <fileNamePattern>logs/app.%d.log</fileNamePattern>\n    </rollingPolicy>\n    <encoder><pattern>%msg%n</pattern></encoder>\n  </appender>\n</configuration>\n';
    const out = await fixed(RULE, 'src/main/resources/logback.xml', code);
    assert.equal(out, '<configuration>\n  <appender name="FILE" class="ch.qos.logback.core.ConsoleAppender">\n    <encoder><pattern>%msg%n</pattern></encoder>\n  </appender>\n</configuration>\n');
    assert.ok(!names(out).some((n) => n.endsWith('!')));
  });

  it('log4j2: RollingFile becomes Console keeping name and layout', async () => {
    const code =
      '<Configuration>\n  <Appenders>\n    <RollingFile name="R" fileName="logs/app.log" filePattern="logs/app-%d.log.gz">\n      <PatternLayout pattern="%m%n"/>\n      <Policies><TimeBasedTriggeringPolicy/></Policies>\n      <DefaultRolloverStrategy max="5"/>\n    </RollingFile>\n  </Appenders>\n</Configuration>\n';
    const out = await fixed(RULE, 'src/main/resources/log4j2.xml', code);
    assert.equal(out, '<Configuration>\n  <Appenders>\n    <Console name="R" target="SYSTEM_OUT">\n      <PatternLayout pattern="%m%n"/>\n    </Console>\n  </Appenders>\n</Configuration>\n');
    assert.ok(!names(out).some((n) => n.endsWith('!')));
  });

  it('log4j2: a self-closing File becomes a self-closing Console', async () => {
    const code = '<Configuration><Appenders><File name="F" fileName="app.log"/></Appenders></Configuration>\n';
    assert.equal(await fixed(RULE, 'log4j2.xml', code), '<Configuration><Appenders><Console name="F" target="SYSTEM_OUT" /></Appenders></Configuration>\n');
  });

  it('Spring: logging.file.name line is removed', async () => {
    const code = 'server.port=8080\nlogging.file.name=/var/log/app.log\nlogging.level.root=INFO\n';
    assert.equal(await fixed(RULE, 'src/main/resources/application.properties', code), 'server.port=8080\nlogging.level.root=INFO\n');
  });

  it('Serilog: File sink becomes Console and loses file-only Args, staying valid JSON', async () => {
    const code = '{\n  "Serilog": {\n    "WriteTo": [\n      { "Name": "File", "Args": { "path": "logs/log.txt", "rollingInterval": "Day" } }\n    ]\n  }\n}\n';
    const out = await fixed(RULE, 'appsettings.json', code);
    assert.equal(out, '{\n  "Serilog": {\n    "WriteTo": [\n      { "Name": "Console" }\n    ]\n  }\n}\n');
    assert.deepEqual(JSON.parse(out), { Serilog: { WriteTo: [{ Name: 'Console' }] } });
  });

  it('Serilog: Args with a formatter keep their place; only the name changes', async () => {
    const code = '{ "Serilog": { "WriteTo": [ { "Name": "File", "Args": { "path": "l.txt", "formatter": "Serilog.Formatting.Json.JsonFormatter" } } ] } }\n';
    const out = await fixed(RULE, 'appsettings.json', code);
    assert.equal(out, code.replace('"File"', '"Console"'));
    JSON.parse(out);
  });

  it('test resources are hints', async () => {
    const code = '<configuration><appender name="F" class="ch.qos.logback.core.FileAppender"/></configuration>\n';
    const [finding] = await findingsOf(RULE, 'src/test/resources/logback-test.xml', code);
    assert.equal(finding.severity, 'hint');
  });
});
