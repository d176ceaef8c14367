import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ChecklistReport } from '../../server/src/checklist/types';
import type { ChecklistWriteResult, GenerateResult } from '../../server/src/protocol';
import { applyToDisk, copyFixture, start, type Session } from './harness';

describe('LSP: the checklist requests', () => {
  let session: Session;
  let root: string;

  before(async () => {
    root = copyFixture('basic');
    await fs.writeFile(path.join(root, 'README.md'), '# Basic\n\n## Install\n\n```sh\nnpm ci\n```\n\n## Run\n\nnpm start\n');
    session = await start(root);
  });
  after(() => session.close());

  const report = () => session.connection.sendRequest('factorguard/checklist', { folderUri: session.rootUri }) as Promise<ChecklistReport>;

  it('answers with the folder report: items with evidence, scores, toil and the DORA note', async () => {
    const first = await report();
    assert.equal(first.version, 1);
    assert.equal(first.root, root);
    const readme = first.items.find((i) => i.id === 'sharing/readme-run-instructions');
    assert.equal(readme?.status, 'pass');
    assert.equal(first.items.find((i) => i.id === 'automation/ci-pipeline')?.fix?.generator, 'ciWorkflow');
    assert.equal(first.dora, null);
    assert.ok(first.score.overall !== null && first.score.overall < 0.5);
  });

  it('saves a manual tick and a toil entry to the state file, and the next report shows them', async () => {
    const tick = (await session.connection.sendRequest('factorguard/checklistTick', { folderUri: session.rootUri, id: 'culture/on-call', checked: true, note: 'We run it' })) as ChecklistWriteResult;
    assert.deepEqual(tick, { ok: true });
    const toil = (await session.connection.sendRequest('factorguard/toilChange', {
      folderUri: session.rootUri,
      action: 'add',
      entry: { id: '', task: 'Renew certificates', minutesEach: 60, timesPerWeek: 1, automatable: true },
    })) as ChecklistWriteResult;
    assert.deepEqual(toil, { ok: true });
    const saved = JSON.parse(await fs.readFile(path.join(root, '.factorguard/checklist.json'), 'utf8'));
    assert.equal(saved.items['culture/on-call'].checked, true);
    assert.equal(saved.toil[0].task, 'Renew certificates');
    const next = await report();
    assert.deepEqual(next.items.find((i) => i.id === 'culture/on-call')?.manual?.note, 'We run it');
    assert.equal(next.toil.hoursPerWeek, 1);
    const bad = (await session.connection.sendRequest('factorguard/toilChange', {
      folderUri: session.rootUri,
      action: 'add',
      entry: { id: '', task: '', minutesEach: 5, timesPerWeek: 1, automatable: false },
    })) as ChecklistWriteResult;
    assert.deepEqual(bad, { ok: false, error: '"toil[1].task" is not a non-empty string; nothing was written.' });
  });

  it('plans a generator as an edit that creates the file, and refuses once it exists', async () => {
    const result = (await session.connection.sendRequest('factorguard/generate', { folderUri: session.rootUri, generator: 'postmortemTemplate' })) as GenerateResult;
    assert.ok(result.ok, JSON.stringify(result));
    assert.deepEqual(result.files, ['docs/postmortems/TEMPLATE.md']);
    await applyToDisk(result.edit);
    assert.match(await fs.readFile(path.join(root, 'docs/postmortems/TEMPLATE.md'), 'utf8'), /^# Post-mortem: <title>/);
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: session.uri('docs/postmortems/TEMPLATE.md'), type: 1 }] });
    assert.equal((await report()).items.find((i) => i.id === 'sharing/postmortem-template')?.status, 'pass');
    const again = (await session.connection.sendRequest('factorguard/generate', { folderUri: session.rootUri, generator: 'postmortemTemplate' })) as GenerateResult;
    assert.equal(again.ok, false);
  });

  it('appends .env to an existing .gitignore without touching what is there', async () => {
    await fs.writeFile(path.join(root, '.gitignore'), 'node_modules/');
    const result = (await session.connection.sendRequest('factorguard/generate', { folderUri: session.rootUri, generator: 'gitignoreEnv' })) as GenerateResult;
    assert.ok(result.ok);
    await applyToDisk(result.edit);
    assert.equal(await fs.readFile(path.join(root, '.gitignore'), 'utf8'), 'node_modules/\n.env\n.env.*.local\n!.env.example\n');
  });

  it('answers from its cache until a file event arrives, or at once with fresh: true', async () => {
    assert.equal((await report()).items.find((i) => i.id === 'culture/codeowners')?.status, 'fail');
    await fs.mkdir(path.join(root, '.github'), { recursive: true });
    await fs.writeFile(path.join(root, '.github/CODEOWNERS'), '* @acme/payments\n');
    assert.equal((await report()).items.find((i) => i.id === 'culture/codeowners')?.status, 'fail', 'no file event yet: the cached report');
    const fresh = (await session.connection.sendRequest('factorguard/checklist', { folderUri: session.rootUri, fresh: true })) as ChecklistReport;
    assert.equal(fresh.items.find((i) => i.id === 'culture/codeowners')?.status, 'pass');
  });
});
