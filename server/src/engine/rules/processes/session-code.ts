import type { Assignment, Call, Span, SyntaxFacts } from '../../languages/facts';
import type { CodeLanguage } from '../../types';

/** One session configuration that keeps state in the process or on its local disk. */
export interface SessionDetection {
  span: Span;
  /** What was found, as the message names it. */
  what: string;
  /** The shared store to use instead, as the message names it. */
  instead: string;
}

type Detector = (facts: SyntaxFacts, text: string) => SessionDetection[];

/** Local names bound to a module (`const session = require("express-session")`, `import session from …`). */
function localsOf(facts: SyntaxFacts, module: RegExp): Set<string> {
  const names = new Set<string>();
  for (const [local, from] of facts.imports.names) if (module.test(from)) names.add(local);
  return names;
}

/** `const FileStore = require("session-file-store")(session)` or `= FileStoreFactory(session)`: store classes built by a factory module. */
function factoryClasses(facts: SyntaxFacts, module: RegExp): Set<string> {
  const factories = localsOf(facts, module);
  const classes = new Set<string>();
  for (const a of facts.assignments) {
    const required = /^require\(\s*['"]([^'"]+)['"]\s*\)\s*\(/.exec(a.value.text);
    const called = /^([\w$]+)\s*\(/.exec(a.value.text);
    if ((required && module.test(required[1])) || (called && factories.has(called[1]))) classes.add(a.target);
  }
  return classes;
}

function hasStore(call: Call, optionsIndex: number): boolean | undefined {
  const options = call.args[optionsIndex];
  if (!options) return false;
  if (options.kind !== 'object') return undefined; // options built elsewhere: cannot tell
  return (options.properties ?? []).some((p) => p.key === 'store') || /\.\.\./.test(options.text);
}

const REDIS_JS = 'a shared store such as Redis (`connect-redis`)';

function javascript(facts: SyntaxFacts): SessionDetection[] {
  const found: SessionDetection[] = [];
  const express = localsOf(facts, /^express-session$/);
  const fastify = localsOf(facts, /^@fastify\/session$/);
  const memory = new Set([...factoryClasses(facts, /^memorystore$/), ...[...express].map((n) => `${n}.MemoryStore`)]);
  for (const [local, from] of facts.imports.names) if (from === 'express-session' && local === 'MemoryStore') memory.add(local);
  const files = factoryClasses(facts, /^session-file-store$/);
  for (const call of facts.calls) {
    if (!call.isNew && express.has(call.callee) && hasStore(call, 0) === false) {
      found.push({ span: call.calleeSpan, what: '`express-session` without a `store` keeps sessions in its MemoryStore', instead: REDIS_JS });
    } else if (/(^|\.)register$/.test(call.callee) && fastify.has(call.args[0]?.text ?? '') && hasStore(call, 1) === false) {
      found.push({ span: call.args[0], what: '`@fastify/session` without a `store` keeps sessions in process memory', instead: 'a shared store such as Redis (`connect-redis`)' });
    } else if (call.isNew && memory.has(call.callee)) {
      found.push({ span: call.calleeSpan, what: '`MemoryStore` keeps sessions in process memory', instead: REDIS_JS });
    } else if (call.isNew && files.has(call.callee)) {
      found.push({ span: call.calleeSpan, what: '`session-file-store` keeps sessions on the local disk', instead: REDIS_JS });
    }
  }
  return found;
}

const DJANGO_FILE = 'django.contrib.sessions.backends.file';
const DJANGO_CACHE = 'django.contrib.sessions.backends.cache';
const LOCAL_CACHE = /^django\.core\.cache\.backends\.(locmem\.LocMemCache|filebased\.FileBasedCache)$/;

function python(facts: SyntaxFacts): SessionDetection[] {
  const found: SessionDetection[] = [];
  const localCache = facts.strings.some((s) => s.name === 'BACKEND' && LOCAL_CACHE.test(s.value));
  for (const s of facts.strings) {
    if (s.compared || s.binding === 'comparison' || s.binding === 'argument') continue;
    if (s.name === 'SESSION_TYPE' && s.value === 'filesystem') {
      found.push({ span: s, what: 'Flask-Session `SESSION_TYPE = "filesystem"` keeps sessions on the local disk', instead: 'a shared store (`SESSION_TYPE = "redis"` with `SESSION_REDIS`)' });
    } else if (s.name === 'SESSION_ENGINE' && s.value === DJANGO_FILE) {
      found.push({ span: s, what: 'Django file sessions keep sessions on the local disk', instead: 'the database backend or a shared cache (`django.core.cache.backends.redis.RedisCache`)' });
    } else if (s.name === 'SESSION_ENGINE' && s.value === DJANGO_CACHE && localCache) {
      found.push({ span: s, what: 'Django cache sessions on a local-memory or file cache keep sessions inside one process or host', instead: 'a shared cache (`django.core.cache.backends.redis.RedisCache`) or `backends.cached_db`' });
    }
  }
  return found;
}

const GO_SINKS: { callee: string; module: string; what: string }[] = [
  { callee: 'sessions.NewFilesystemStore', module: 'github.com/gorilla/sessions', what: 'gorilla `sessions.NewFilesystemStore` keeps sessions on the local disk' },
  { callee: 'memstore.NewStore', module: 'github.com/gin-contrib/sessions/memstore', what: 'gin-contrib `memstore.NewStore` keeps sessions in process memory' },
];

function go(facts: SyntaxFacts): SessionDetection[] {
  const found: SessionDetection[] = [];
  for (const call of facts.calls) {
    const sink = GO_SINKS.find((s) => s.callee === call.callee && facts.imports.modules.has(s.module));
    if (sink) found.push({ span: call.calleeSpan, what: sink.what, instead: 'a shared store such as Redis (`redisstore`, gin-contrib `redis.NewStore`)' });
  }
  return found;
}

/** Registrations of a distributed cache that is shared between instances. */
const SHARED_CACHE = /(^|\.)(AddStackExchangeRedisCache|AddDistributedSqlServerCache|AddDistributedMemcached|AddEnyimMemcached|AddDistributedRedisCache|AddCosmosCache|AddDistributedPostgreSqlCache|AddDistributedMySqlCache|AddRedisDistributedCache|AddNCacheDistributedCache|AddHybridCache)$/;

function csharp(facts: SyntaxFacts): SessionDetection[] {
  const memory = facts.calls.find((c) => /(^|\.)AddDistributedMemoryCache$/.test(c.callee));
  const session = facts.calls.some((c) => /(^|\.)AddSession$/.test(c.callee));
  if (!memory || !session || facts.calls.some((c) => SHARED_CACHE.test(c.callee))) return [];
  return [{ span: memory.calleeSpan, what: '`AddSession()` over `AddDistributedMemoryCache()` keeps sessions in process memory', instead: 'a shared `IDistributedCache` such as `AddStackExchangeRedisCache`' }];
}

function rubyCacheStore(facts: SyntaxFacts): Assignment | undefined {
  return facts.assignments.find((a) => /(^|\.)config\.cache_store$/.test(a.target) && /^:(memory_store|file_store)\b/.test(a.value.text));
}

function ruby(facts: SyntaxFacts): SessionDetection[] {
  const found: SessionDetection[] = [];
  for (const call of facts.calls) {
    if (!/(^|\.)config\.session_store$/.test(call.callee)) continue;
    const store = call.args[0]?.text ?? '';
    const cache = store === ':cache_store' ? rubyCacheStore(facts) : undefined;
    if (store === ':file_store' || store === ':memory_store') {
      found.push({ span: call.args[0], what: `\`session_store ${store}\` keeps sessions inside one process or host`, instead: '`:cookie_store`, or `:cache_store` over `:redis_cache_store`' });
    } else if (cache) {
      found.push({ span: call.args[0], what: `\`session_store :cache_store\` over \`config.cache_store = ${cache.value.text.split(',')[0]}\` keeps sessions inside one process or host`, instead: '`:cookie_store`, or `config.cache_store = :redis_cache_store`' });
    }
  }
  return found;
}

/** A session save handler's own implementation (`class NativeFileSessionHandler`): the app picks the handler elsewhere. */
const HANDLER_CLASS = /\bclass\s+\w*SessionHandler\b|\bimplements\s+[\w\\]*SessionHandlerInterface\b/;

function php(facts: SyntaxFacts, text: string): SessionDetection[] {
  const found: SessionDetection[] = [];
  if (HANDLER_CLASS.test(text)) return found;
  for (const call of facts.calls) {
    if (/^\\?ini_set$/.test(call.callee) && call.args[0]?.value === 'session.save_handler' && call.args[1]?.value === 'files') {
      found.push({ span: call.args[1], what: '`session.save_handler = files` keeps sessions on the local disk', instead: 'a shared handler such as `redis` (phpredis) or Laravel `SESSION_DRIVER=redis`' });
    }
  }
  return found;
}

const DETECTORS: Partial<Record<CodeLanguage, Detector>> = {
  javascript, typescript: javascript, tsx: javascript, python, go, csharp, ruby, php,
};

/** Session configurations in code that keep state in one process or on its disk. */
export function detectSessionCode(language: CodeLanguage, facts: SyntaxFacts, text: string): SessionDetection[] {
  return DETECTORS[language]?.(facts, text) ?? [];
}
