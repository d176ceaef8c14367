import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attribute, scanXml } from '../../server/src/engine/formats/xml';
import { assertNoFix, fixed } from './fixHelpers';

const RULE = 'logs/file-appender-in-config';

/** Every element is closed, so the fix kept the markup well nested. */
function wellNested(xml: string): boolean {
  return scanXml(xml).every((e) => e.end !== undefined);
}

describe('logs/file-appender-in-config: NLog', () => {
  it('turns a File target into a Console target keeping name and layout', async () => {
    const code =
      '<nlog>\n  <targets>\n    <target xsi:type="File" name="f"\n            fileName="${basedir}/logs/${shortdate}.log"\n            archiveAboveSize="10485760" maxArchiveFiles="5"\n            layout="${longdate} ${level} ${message}" />\n  </targets>\n  <rules><logger name="*" minlevel="Info" writeTo="f" /></rules>\n</nlog>\n';
    const out = await fixed(RULE, 'src/Web/nlog.config', code);
    assert.equal(out, '<nlog>\n  <targets>\n    <target xsi:type="Console" name="f"\n            layout="${longdate} ${level} ${message}" />\n  </targets>\n  <rules><logger name="*" minlevel="Info" writeTo="f" /></rules>\n</nlog>\n');
    const target = scanXml(out).find((e) => e.name === 'target');
    assert.deepEqual(target?.attributes.map((a) => a.name), ['xsi:type', 'name', 'layout']);
  });

  it('keeps a nested JSON layout', async () => {
    const code = '<nlog><targets><target xsi:type="File" name="json" fileName="app.json"><layout xsi:type="JsonLayout"><attribute name="msg" layout="${message}"/></layout></target></targets></nlog>\n';
    const out = await fixed(RULE, 'nlog.config', code);
    assert.equal(out, '<nlog><targets><target xsi:type="Console" name="json"><layout xsi:type="JsonLayout"><attribute name="msg" layout="${message}"/></layout></target></targets></nlog>\n');
    assert.ok(wellNested(out));
  });
});

describe('logs/file-appender-in-config: log4net', () => {
  it('turns a RollingFileAppender into a ConsoleAppender and drops the file settings', async () => {
    const code =
      '<log4net>\n  <appender name="RollingFile" type="log4net.Appender.RollingFileAppender, log4net">\n    <file value="logs/app.log" />\n    <appendToFile value="true" />\n    <rollingStyle value="Size" />\n    <maximumFileSize value="10MB" />\n    <layout type="log4net.Layout.PatternLayout">\n      <conversionPattern value="%date %level %message%newline" />\n    </layout>\n  </appender>\n  <root><level value="INFO" /><appender-ref ref="RollingFile" /></root>\n</log4net>\n';
    const out = await fixed(RULE, 'src/Web/log4net.config', code);
    assert.equal(
      out,
      '<log4net>\n  <appender name="RollingFile" type="log4net.Appender.ConsoleAppender, log4net">\n    <layout type="log4net.Layout.PatternLayout">\n      <conversionPattern value="%date %level %message%newline" />\n    </layout>\n  </appender>\n  <root><level value="INFO" /><appender-ref ref="RollingFile" /></root>\n</log4net>\n',
    );
    const appender = scanXml(out).find((e) => e.name === 'appender');
    assert.equal(appender && attribute(appender, 'name')?.value, 'RollingFile');
    assert.ok(wellNested(out));
  });

  it('offers no fix when old-style <param> children carry the settings', async () => {
    await assertNoFix(RULE, 'log4net.config', '<log4net><appender name="F" type="log4net.Appender.FileAppender"><param name="File" value="app.log"/></appender></log4net>\n');
  });
});

describe('logs/file-appender-in-config: log4j properties', () => {
  it('log4j 1.x: the appender class becomes ConsoleAppender and its file lines go', async () => {
    const code =
      'log4j.rootLogger=INFO, file\nlog4j.appender.file=org.apache.log4j.RollingFileAppender\nlog4j.appender.file.File=/var/log/app.log\nlog4j.appender.file.MaxFileSize=10MB\nlog4j.appender.file.MaxBackupIndex=5\nlog4j.appender.file.layout=org.apache.log4j.PatternLayout\nlog4j.appender.file.layout.ConversionPattern=%d %p %m%n\n';
    assert.equal(
      await fixed(RULE, 'src/main/resources/log4j.properties', code),
      'log4j.rootLogger=INFO, file\nlog4j.appender.file=org.apache.log4j.ConsoleAppender\nlog4j.appender.file.layout=org.apache.log4j.PatternLayout\nlog4j.appender.file.layout.ConversionPattern=%d %p %m%n\n',
    );
  });

  it('log4j2: type becomes Console, name and layout stay, policies and strategy go (CRLF kept)', async () => {
    const code =
      'appender.rolling.type = RollingFile\r\nappender.rolling.name = RollingFile\r\nappender.rolling.fileName = logs/app.log\r\nappender.rolling.filePattern = logs/app-%d{yyyy-MM-dd}.log.gz\r\nappender.rolling.layout.type = PatternLayout\r\nappender.rolling.layout.pattern = %d %p %m%n\r\nappender.rolling.policies.type = Policies\r\nappender.rolling.policies.time.type = TimeBasedTriggeringPolicy\r\nappender.rolling.strategy.type = DefaultRolloverStrategy\r\nrootLogger.level = info\r\nrootLogger.appenderRef.rolling.ref = RollingFile\r\n';
    assert.equal(
      await fixed(RULE, 'src/main/resources/log4j2.properties', code),
      'appender.rolling.type = Console\r\nappender.rolling.name = RollingFile\r\nappender.rolling.layout.type = PatternLayout\r\nappender.rolling.layout.pattern = %d %p %m%n\r\nrootLogger.level = info\r\nrootLogger.appenderRef.rolling.ref = RollingFile\r\n',
    );
  });

  it('leaves other appenders alone', async () => {
    const code = 'appender.file.type = File\nappender.file.fileName = app.log\nappender.filetwo.type = Console\nappender.filetwo.append = x\n';
    assert.equal(await fixed(RULE, 'log4j2.properties', code), 'appender.file.type = Console\nappender.filetwo.type = Console\nappender.filetwo.append = x\n');
  });

  it('offers no fix across continuation lines', async () => {
    await assertNoFix(RULE, 'log4j.properties', 'log4j.appender.f=org.apache.log4j.FileAppender\nlog4j.appender.f.File=/var/log/\\\n  app.log\n');
  });
});
