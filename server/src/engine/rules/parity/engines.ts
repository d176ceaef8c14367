import type { Call, SyntaxFacts } from '../../languages/facts';

/** What kind of backing service an engine is, and which engine. */
export interface Engine {
  kind: 'database' | 'cache';
  family: string;
}

/** Engines that run inside the app's own process or on its disk: the usual development stand-ins. */
export const EMBEDDED_FAMILIES = new Set(['SQLite', 'H2', 'an in-memory cache']);

const db = (family: string): Engine => ({ kind: 'database', family });
const cache = (family: string): Engine => ({ kind: 'cache', family });

/** Adapter, dialect, driver and Django ENGINE names, lower-cased. */
const NAMES: Record<string, Engine> = {
  sqlite: db('SQLite'), sqlite3: db('SQLite'), 'better-sqlite3': db('SQLite'), 'django.db.backends.sqlite3': db('SQLite'),
  postgres: db('PostgreSQL'), postgresql: db('PostgreSQL'), postgis: db('PostgreSQL'), pg: db('PostgreSQL'), pgx: db('PostgreSQL'),
  'django.db.backends.postgresql': db('PostgreSQL'), 'django.db.backends.postgresql_psycopg2': db('PostgreSQL'), 'django.contrib.gis.db.backends.postgis': db('PostgreSQL'),
  mysql: db('MySQL'), mysql2: db('MySQL'), trilogy: db('MySQL'), mariadb: db('MySQL'), 'django.db.backends.mysql': db('MySQL'),
  mssql: db('SQL Server'), sqlserver: db('SQL Server'), 'mssql-server': db('SQL Server'),
  oracle: db('Oracle'), oracledb: db('Oracle'), 'django.db.backends.oracle': db('Oracle'),
  'django.core.cache.backends.locmem.locmemcache': cache('an in-memory cache'), 'django.core.cache.backends.filebased.filebasedcache': cache('an in-memory cache'),
  'django.core.cache.backends.redis.rediscache': cache('Redis'), 'django_redis.cache.rediscache': cache('Redis'),
  'django.core.cache.backends.memcached.pymemcachecache': cache('Memcached'), 'django.core.cache.backends.memcached.pylibmccache': cache('Memcached'),
};

/** URL and JDBC prefixes, tried in order. */
const URL_PREFIXES: [RegExp, Engine][] = [
  [/^jdbc:h2:|^jdbc:hsqldb:(mem|file):|^jdbc:derby:(memory:)?/i, db('H2')],
  [/^(jdbc:)?sqlite(\+\w+)?:/i, db('SQLite')],
  [/^(jdbc:)?postgres(ql)?(\+\w+)?:/i, db('PostgreSQL')],
  [/^(jdbc:)?(mysql|mariadb)(\+\w+)?:/i, db('MySQL')],
  [/^jdbc:sqlserver:|^(mssql|sqlserver)(\+\w+)?:/i, db('SQL Server')],
  [/^jdbc:oracle:|^oracle(\+\w+)?:/i, db('Oracle')],
  [/^rediss?:\/\//i, cache('Redis')],
];

/** The engine a literal names: an adapter or driver name, a Django backend path, or a URL/JDBC scheme. */
export function engineOfValue(value: string): Engine | undefined {
  const v = value.trim();
  return NAMES[v.toLowerCase()] ?? URL_PREFIXES.find(([prefix]) => prefix.test(v))?.[1];
}

/** Keys whose string value names an engine (`adapter: "sqlite3"`, `dialect: "postgres"`, `"ENGINE": …`). */
export const ENGINE_KEYS = /^(adapter|client|dialect|driver|type|provider|engine|ENGINE|BACKEND|driverClassName|url|uri|URL|DATABASE_URL|connectionString|connection_string)$/;

interface CallSink {
  callee: RegExp;
  /** Some import of the file must match. */
  module?: RegExp;
  isNew?: boolean;
  engine: Engine;
}

/** Constructors and connect calls of database and cache clients, per library. */
const CALLS: CallSink[] = [
  { callee: /^Database$/, module: /^better-sqlite3$/, isNew: true, engine: db('SQLite') },
  { callee: /(^|\.)Database$/, module: /^sqlite3$/, isNew: true, engine: db('SQLite') },
  { callee: /^(sqlite3\.connect|aiosqlite\.connect)$/, engine: db('SQLite') },
  { callee: /^sqlite\.Open$/, module: /sqlite/, engine: db('SQLite') },
  { callee: /(^|\.)UseSqlite$/, engine: db('SQLite') },
  { callee: /^(pg\.)?(Pool|Client)$/, module: /^pg$/, isNew: true, engine: db('PostgreSQL') },
  { callee: /^(psycopg2?\.connect|asyncpg\.(connect|create_pool)|psycopg_pool\.ConnectionPool)$/, engine: db('PostgreSQL') },
  { callee: /^postgres\.Open$/, module: /gorm\.io\/driver\/postgres/, engine: db('PostgreSQL') },
  { callee: /(^|\.)UseNpgsql$/, engine: db('PostgreSQL') },
  { callee: /^mysql2?\.(createPool|createConnection)$/, module: /^mysql2?(\/promise)?$/, engine: db('MySQL') },
  { callee: /^(pymysql\.connect|MySQLdb\.connect|mysql\.connector\.connect)$/, engine: db('MySQL') },
  { callee: /^mysql\.Open$/, module: /gorm\.io\/driver\/mysql/, engine: db('MySQL') },
  { callee: /(^|\.)UseMy[Ss]ql$/, engine: db('MySQL') },
  { callee: /(^|\.)UseSqlServer$/, engine: db('SQL Server') },
  { callee: /(^|\.)UseOracle$/, engine: db('Oracle') },
  { callee: /^Map$/, isNew: true, engine: cache('an in-memory cache') },
  { callee: /(^|\.)(NodeCache|LRUCache|LRU|MemoryStore)$/, module: /^(node-cache|lru-cache|express-session|memorystore)$/, isNew: true, engine: cache('an in-memory cache') },
  { callee: /(^|\.)AddDistributedMemoryCache$/, engine: cache('an in-memory cache') },
  { callee: /^(redis\.)?createClient$/, module: /^(redis|@redis\/client)$/, engine: cache('Redis') },
  { callee: /^(IORedis|Redis)$/, module: /^ioredis$/, isNew: true, engine: cache('Redis') },
  { callee: /^(redis\.(Redis|StrictRedis|from_url)|Redis\.new)$/, engine: cache('Redis') },
  { callee: /^redis\.NewClient$/, module: /go-redis|redis\/go-redis/, engine: cache('Redis') },
  { callee: /(^|\.)AddStackExchangeRedisCache$|^ConnectionMultiplexer\.Connect(Async)?$/, engine: cache('Redis') },
];

/** The engine a call constructs or connects to, when the file imports the library it comes from. */
export function engineOfCall(facts: SyntaxFacts, call: Call): Engine | undefined {
  for (const sink of CALLS) {
    if (!sink.callee.test(call.callee) || (sink.isNew !== undefined && sink.isNew !== call.isNew)) continue;
    if (sink.module && ![...facts.imports.modules].some((m) => sink.module!.test(m))) continue;
    if (sink.callee.source === '^Map$' && call.args.length > 0) continue; // a Map built from entries is data, not a store
    return sink.engine;
  }
  return undefined;
}

/** Ruby `config.cache_store = :memory_store` and the like. */
export function engineOfRubyCacheStore(value: string): Engine | undefined {
  if (/^:(memory_store|file_store)\b/.test(value)) return cache('an in-memory cache');
  if (/^:redis_cache_store\b/.test(value)) return cache('Redis');
  if (/^:mem_cache_store\b/.test(value)) return cache('Memcached');
  return undefined;
}
