import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { propertiesSections } from '../../server/src/engine/rules/parity/config-files';
import { engineOfRubyCacheStore, engineOfValue } from '../../server/src/engine/rules/parity/engines';
import { LineIndex } from '../../server/src/engine/text';

describe('parity engines', () => {
  it('classifies adapter names, Django backends and URL schemes', () => {
    const family = (v: string) => engineOfValue(v)?.family;
    assert.equal(family('sqlite3'), 'SQLite');
    assert.equal(family('django.db.backends.sqlite3'), 'SQLite');
    assert.equal(family('sqlite:///db.sqlite3'), 'SQLite');
    assert.equal(family('jdbc:h2:mem:app'), 'H2');
    assert.equal(family('postgresql+psycopg2://u@db/app'), 'PostgreSQL');
    assert.equal(family('jdbc:postgresql://db:5432/app'), 'PostgreSQL');
    assert.equal(family('trilogy'), 'MySQL');
    assert.equal(family('jdbc:sqlserver://db;databaseName=x'), 'SQL Server');
    assert.equal(family('redis://cache:6379/0'), 'Redis');
    assert.equal(family('django.core.cache.backends.locmem.LocMemCache'), 'an in-memory cache');
    assert.equal(family('sqlite-is-great'), undefined);
    assert.equal(family('https://example.com'), undefined);
  });

  it('classifies Rails cache stores', () => {
    assert.equal(engineOfRubyCacheStore(':memory_store, { size: 64.megabytes }')?.family, 'an in-memory cache');
    assert.equal(engineOfRubyCacheStore(':redis_cache_store, { url: ENV["REDIS_URL"] }')?.family, 'Redis');
    assert.equal(engineOfRubyCacheStore(':null_store'), undefined);
  });

  it('splits .properties documents and finds each profile and datasource URL', () => {
    const text = 'spring.datasource.url = jdbc:mysql://db/app\n#---\nspring.config.activate.on-profile=local\nspring.datasource.url=jdbc:h2:mem:x\n';
    const sections = propertiesSections({ text, index: new LineIndex(text) }, undefined);
    assert.deepEqual(sections.map((s) => [s.profile, s.url]), [[undefined, 'jdbc:mysql://db/app'], ['local', 'jdbc:h2:mem:x']]);
    assert.deepEqual(sections[0].range, { start: { line: 0, character: 24 }, end: { line: 0, character: 43 } });
  });
});
