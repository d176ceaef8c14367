import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract as facts, literal } from './factsHelpers';



describe('JavaScript facts', () => {
  it('names declarations, object properties and keeps calls', async () => {
    const f = await facts('javascript', 'const apiUrl = "https://api.example.com";\nconst client = axios.create({ baseURL: "https://b.example.com" });\nconsole.log("ready");\n');
    assert.deepEqual([literal(f, 'https://api.example.com').name, literal(f, 'https://api.example.com').binding], ['apiUrl', 'variable']);
    const base = literal(f, 'https://b.example.com');
    assert.deepEqual([base.name, base.binding, base.call?.callee, base.argumentIndex], ['baseURL', 'property', 'axios.create', 0]);
    assert.deepEqual([literal(f, 'ready').binding, literal(f, 'ready').call?.callee], ['argument', 'console.log']);
  });

  it('flags template literals, comparisons and fallbacks; new is a constructor', async () => {
    const f = await facts('javascript', 'const u = `https://${host}/v1`;\nif (env === "production") {}\nconst r = process.env.REDIS_URL || "redis://localhost";\nnew URL("https://x.example.com");\n');
    assert.equal(literal(f, 'https:///v1').interpolated, true);
    assert.equal(literal(f, 'production').compared, true);
    assert.equal(literal(f, 'redis://localhost').fallbackOf, 'process.env.REDIS_URL');
    assert.equal(literal(f, 'https://x.example.com').call?.isNew, true);
  });
});

describe('Python facts', () => {
  it('names keyword arguments, dict keys and assignments', async () => {
    const f = await facts('python', 'import requests\nAPI_URL = "https://api.example.com"\nrequests.get(url="https://k.example.com", headers={"Host": "h.internal"})\n');
    assert.equal(literal(f, 'https://api.example.com').name, 'API_URL');
    const kw = literal(f, 'https://k.example.com');
    assert.deepEqual([kw.name, kw.binding, kw.call?.callee, kw.call?.args[0].keyword], ['url', 'keyword', 'requests.get', 'url']);
    const header = literal(f, 'h.internal');
    assert.deepEqual([header.name, header.binding, header.call?.callee, header.argumentIndex], ['Host', 'property', 'requests.get', 1]);
    assert.equal(f.imports.insertAt, 'import requests'.length);
  });

  it('gives positional arguments their call and marks docstrings', async () => {
    const f = await facts('python', '"""Module doc."""\nlogging.FileHandler("app.log")\n');
    assert.equal(literal(f, 'Module doc.').docstring, true);
    const file = literal(f, 'app.log');
    assert.deepEqual([file.binding, file.call?.callee, file.argumentIndex], ['argument', 'logging.FileHandler', 0]);
  });
});
