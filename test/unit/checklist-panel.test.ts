// The checklist UI's pure parts: HTML rendering and escaping, the trend
// charts, the webview message checks, the preview annotation of generator
// edits, the tree and status bar wording, and the manifest's commands.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import type { WorkspaceEdit } from 'vscode-languageserver-protocol';
import { chartLabel, chartPath, chartPoints, trendChart } from '../../client/src/checklist/chart';
import { GENERATORS } from '../../client/src/checklist/generators';
import { attrs, duration, esc, percent, time } from '../../client/src/checklist/html';
import { checkMessage, parseMessage } from '../../client/src/checklist/messages';
import { annotateEdit, createdFiles, touchedFiles } from '../../client/src/checklist/preview';
import { itemAnchor, renderReport, renderShell, statusLabel } from '../../client/src/checklist/render';
import { needsAttention, statusText, statusTooltip, treeEntries } from '../../client/src/checklist/summary';
import type { ChecklistItem, ChecklistReport, DoraReport, DoraWeek } from '../../server/src/checklist/types';

const EVIL = '<img src=x onerror="alert(1)">&\'';

function item(over: Partial<ChecklistItem> & Pick<ChecklistItem, 'id' | 'status'>): ChecklistItem {
  return { pillar: 'automation', title: `Title of ${over.id}`, evidence: 'evidence', why: 'why', ...over };
}

function week(start: string, over: Partial<DoraWeek> = {}): DoraWeek {
  return { start, deployments: 0, leadTimeHours: null, failed: 0, judged: 0, timeToRestoreHours: null, ...over };
}

function dora(): DoraReport {
  return {
    deployments: 3,
    deploymentsPerWeek: 1,
    leadTimeHours: { median: 5 },
    changeFailureRate: 1 / 3,
    timeToRestoreHours: { median: null },
    level: 'medium',
    levels: { deploymentFrequency: 'high', leadTime: 'elite', changeFailureRate: 'low', timeToRestore: null },
    method: { deploymentFrequency: 'Tags matching v*.', leadTime: 'First commit to tag.', changeFailureRate: `Fix commits ${EVIL}.`, timeToRestore: 'Failure to fix.' },
    window: { from: '2026-11-16', to: '2026-12-07', days: 21 },
    trend: [week('2026-11-16', { deployments: 1, leadTimeHours: 2, judged: 1 }), week('2026-11-23'), week('2026-11-30', { deployments: 2, leadTimeHours: 8, judged: 2, failed: 1 })],
  };
}

function report(over: Partial<ChecklistReport> = {}): ChecklistReport {
  return {
    version: 1,
    root: '/work/app',
    generated: '2026-12-07T10:00:00.000Z',
    items: [
      item({ id: 'automation/ci-pipeline', status: 'fail', evidence: `No workflow ${EVIL}`, fix: { generator: 'ciWorkflow', title: 'Create .github/workflows/ci.yml' } }),
      item({ id: 'sharing/readme-run-instructions', pillar: 'sharing', status: 'pass', evidencePath: 'README.md', evidence: 'README.md has a Run section' }),
      item({ id: 'culture/on-call', pillar: 'culture', status: 'manual', manual: { checked: false, note: `ask ${EVIL}` } }),
      item({ id: 'culture/codeowners', pillar: 'culture', status: 'manual', manual: { checked: true } }),
      item({ id: 'automation/iac', status: 'na' }),
    ],
    score: { culture: 0.5, automation: 0, lean: null, measurement: null, sharing: 1, overall: 0.5 },
    toil: {
      entries: [{ id: 'toil-1', task: `Rotate ${EVIL}`, minutesEach: 30, timesPerWeek: 4, automatable: true }],
      hoursPerWeek: 2,
      automatableHoursPerWeek: 2,
      teamHoursPerWeek: 40,
      share: 0.05,
      overBudget: false,
      suggestions: [{ task: 'Deploy by hand', evidence: 'README.md:3 says "ssh into"', path: 'README.md', line: 3 }],
    },
    dora: null,
    notes: ['DORA: the workspace is not trusted, so git was not run.', `.factorguard/checklist.json is not valid JSON ${EVIL}`],
    ...over,
  };
}

const ctx = { folders: [{ uri: 'file:///work/app', name: 'app' }], folderUri: 'file:///work/app', trusted: true };

describe('checklist panel: escaping and small formats', () => {
  it('escapes every character that could open markup or close an attribute', () => {
    assert.equal(esc(EVIL), '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;');
    assert.equal(attrs({ value: '"x"', checked: true, hidden: false, title: undefined }), 'value="&quot;x&quot;" checked');
  });

  it('formats scores and durations the way a person reads them', () => {
    assert.equal(percent(0.625), '63%');
    assert.equal(percent(null), 'n/a');
    assert.equal(duration(0.5), '30 min');
    assert.equal(duration(5), '5 h');
    assert.equal(duration(72), '3 days');
    assert.equal(duration(null), 'n/a');
  });

  it('shows report times to the minute in UTC, keeping the exact value in datetime', () => {
    assert.equal(time('2026-12-07T05:25:12.304Z'), '<time datetime="2026-12-07T05:25:12.304Z">2026-12-07 05:25 UTC</time>');
    assert.equal(time('2026-09-08T05:25:12.304Z', true), '<time datetime="2026-09-08T05:25:12.304Z">2026-09-08</time>');
    assert.equal(time('2026-11-16'), '2026-11-16');
    assert.equal(time(`yesterday ${EVIL}`), `yesterday ${esc(EVIL)}`);
  });
});

describe('checklist panel: rendering', () => {
  const html = renderReport(report(), ctx);

  it('never lets report text become markup', () => {
    assert.ok(!html.includes('<img'), 'an <img> from the report reached the HTML');
    assert.ok(!html.includes('onerror="'), 'an attribute from the report reached the HTML');
    for (const shown of [`No workflow ${esc(EVIL)}</p>`, `value="ask ${esc(EVIL)}"`, `value="Rotate ${esc(EVIL)}"`, `<li>.factorguard/checklist.json is not valid JSON ${esc(EVIL)}</li>`]) {
      assert.ok(html.includes(shown), `missing, escaped: ${shown}`);
    }
  });

  it('spells out each status and groups the items by pillar with their scores', () => {
    assert.deepEqual(report().items.map(statusLabel), ['FAIL', 'PASS', 'TODO', 'DONE', 'N/A']);
    for (const label of ['FAIL', 'PASS', 'TODO', 'DONE', 'N/A']) assert.ok(html.includes(`<span class="badge">${label}</span>`), label);
    assert.match(html, /<h2 id="pillar-culture">Culture <span class="score">50%<\/span><\/h2>/);
    assert.match(html, /Overall score: <strong>50%<\/strong>/);
    assert.ok(html.indexOf('pillar-culture"') < html.indexOf('pillar-automation"'), 'pillars in CALMS order');
  });

  it('gives manual items a labelled checkbox and a note field, and fixable items a Fix button', () => {
    const anchor = itemAnchor(report(), 'culture/on-call');
    assert.match(html, new RegExp(`<input type="checkbox" id="${anchor}-tick" data-action="tick" data-id="culture/on-call">`));
    assert.match(html, new RegExp(`<label for="${anchor}-tick">Done: Title of culture/on-call</label>`));
    assert.match(html, new RegExp(`<label for="${anchor}-note">Note</label> <input type="text" maxlength="2000" id="${anchor}-note" value="ask &lt;img`));
    assert.match(html, /data-action="tick" data-id="culture\/codeowners" checked>/);
    assert.match(html, /<button type="button" data-action="fix" data-generator="ciWorkflow">Fix: Create \.github\/workflows\/ci\.yml<\/button>/);
    assert.match(html, /data-action="open" data-path="README.md"/);
  });

  it('shows the toil log as a table with headers, the budget line and the suggestions', () => {
    assert.match(html, /<caption>Toil log<\/caption><thead><tr><th scope="col">Task<\/th>/);
    assert.match(html, /2 h\/week of toil \(2 h automatable\) against 40 h of team time: 5%, within the 50% budget\./);
    assert.match(html, /data-action="suggest" data-index="0" data-task="Deploy by hand">Add to log<\/button>/);
    const over = renderReport(report({ toil: { ...report().toil, hoursPerWeek: 30, share: 0.75, overBudget: true } }), ctx);
    assert.match(over, /<strong>Warning: over budget\.<\/strong>/);
  });

  it('puts other notes first, and the DORA note in the DORA section, with a trust button when untrusted', () => {
    assert.ok(html.indexOf('Needs attention') < html.indexOf('pillar-culture'));
    assert.match(html, /DORA metrics are not available: the workspace is not trusted, so git was not run\./);
    assert.ok(!html.includes('data-action="trust"'));
    assert.match(renderReport(report(), { ...ctx, trusted: false }), /data-action="trust">Manage Workspace Trust<\/button>/);
  });

  it('shows each DORA metric with its value, level, chart and method', () => {
    const withDora = renderReport(report({ dora: dora(), notes: [] }), ctx);
    assert.match(withDora, /<h3>Deployment frequency<\/h3><p class="value"><strong>1 per week \(3 in 21 days\)<\/strong>, level High<\/p><svg class="chart" role="img"/);
    assert.match(withDora, /<h3>Change failure rate<\/h3><p class="value"><strong>33%<\/strong>, level Low/);
    assert.match(withDora, /<h3>Time to restore service<\/h3><p class="value"><strong>median n\/a<\/strong>, no level/);
    assert.equal(withDora.match(/<svg /g)?.length, 4);
    assert.ok(withDora.includes(`Fix commits ${esc(EVIL)}.`));
    assert.ok(!withDora.includes('Needs attention'));
  });

  it('offers a folder picker only with more than one folder', () => {
    assert.ok(!html.includes('id="folder"'));
    const two = renderReport(report(), { ...ctx, folders: [...ctx.folders, { uri: 'file:///work/api', name: 'api' }] });
    assert.match(two, /<select id="folder" data-action="folder"><option value="file:\/\/\/work\/app" selected>app<\/option><option value="file:\/\/\/work\/api">api<\/option><\/select>/);
  });

  it('builds the document with a strict CSP, a nonce on the script and stylesheet, and a polite status region', () => {
    const page = renderShell({ cspSource: 'https://x.vscode-cdn.net', nonce: 'abc123', styleUri: 'https://x.vscode-cdn.net/c.css', scriptUri: 'https://x.vscode-cdn.net/c.js', body: '<p>b</p>' });
    const csp = "default-src 'none'; style-src https://x.vscode-cdn.net 'nonce-abc123'; script-src 'nonce-abc123'; img-src https://x.vscode-cdn.net data:";
    assert.ok(page.includes(`<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">`));
    assert.match(page, /<script nonce="abc123" src="https:\/\/x\.vscode-cdn\.net\/c\.js"><\/script>/);
    assert.match(page, /<div id="status" class="status" role="status" aria-live="polite"><\/div>/);
    // The report's own text is checked above; here only our markup counts.
    const ours = renderReport(report({ dora: dora() }), ctx).replaceAll(esc(EVIL), '');
    assert.doesNotMatch(page + ours, /\son[a-z]+=/, 'no inline event handlers');
    assert.doesNotMatch(html, /\sstyle=/, 'no inline styles, which the CSP would block');
  });
});

describe('checklist panel: trend charts', () => {
  it('spreads the weeks across the width and scales values to the largest', () => {
    assert.deepEqual(chartPoints([0, 2, null, 4], 100, 40, 0), [{ x: 0, y: 40 }, { x: 33.3, y: 20 }, null, { x: 100, y: 0 }]);
    assert.deepEqual(chartPoints([0, 0], 100, 40, 0), [{ x: 0, y: 40 }, { x: 100, y: 40 }]);
    assert.deepEqual(chartPoints([3], 100, 40, 0), [{ x: 50, y: 0 }]);
  });

  it('breaks the line at weeks without a value', () => {
    assert.equal(chartPath([{ x: 0, y: 1 }, { x: 1, y: 2 }, null, { x: 3, y: 4 }]), 'M0 1 L1 2 M3 4');
    assert.equal(chartPath([null, null]), '');
  });

  it('labels the chart with every week and its value', () => {
    const weeks = dora().trend;
    assert.equal(chartLabel('Change failure rate', 'changeFailureRate', weeks), 'Change failure rate per week, 3 weeks starting 2026-11-16. 2026-11-16: 0%; 2026-11-23: none; 2026-11-30: 50%.');
    assert.equal(chartLabel('Lead time', 'leadTime', weeks), 'Lead time per week, 3 weeks starting 2026-11-16. 2026-11-16: 2 h; 2026-11-23: none; 2026-11-30: 8 h.');
    const svg = trendChart('Deployment frequency', 'deploymentFrequency', weeks);
    assert.match(svg, /role="img" aria-label="Deployment frequency per week, 3 weeks starting 2026-11-16\. 2026-11-16: 1; 2026-11-23: 0; 2026-11-30: 2\."/);
    assert.equal(svg.match(/<circle /g)?.length, 3);
  });
});

describe('checklist panel: messages from the webview', () => {
  const r = report();
  const folders = ['file:///work/app'];

  it('accepts the known shapes and drops anything else', () => {
    assert.deepEqual(parseMessage({ type: 'tick', id: 'culture/on-call', checked: true, note: 'we do' }), { type: 'tick', id: 'culture/on-call', checked: true, note: 'we do' });
    assert.deepEqual(parseMessage({ type: 'toil', action: 'remove', id: 'toil-1' }), { type: 'toil', action: 'remove', id: 'toil-1' });
    assert.deepEqual(parseMessage({ type: 'toil', action: 'add', entry: { id: '', task: ' Renew certs ', minutesEach: 60, timesPerWeek: 0.25, automatable: true } }), {
      type: 'toil', action: 'add', entry: { id: '', task: 'Renew certs', minutesEach: 60, timesPerWeek: 0.25, automatable: true },
    });
    for (const bad of [
      null, 'tick', [], { type: 'eval' }, { type: 'tick', id: 'x', checked: 'yes' }, { type: 'tick', id: 'x', checked: true, note: 'n'.repeat(2001) },
      { type: 'toil', action: 'add', entry: { id: '', task: '  ', minutesEach: 1, timesPerWeek: 1, automatable: false } },
      { type: 'toil', action: 'add', entry: { id: '', task: 't', minutesEach: -1, timesPerWeek: 1, automatable: false } },
      { type: 'toil', action: 'add', entry: { id: '', task: 't', minutesEach: Number.NaN, timesPerWeek: 1, automatable: false } },
      { type: 'toil', action: 'drop', entry: { id: '', task: 't', minutesEach: 1, timesPerWeek: 1, automatable: false } },
      { type: 'fix', generator: 'rmrf' }, { type: 'open', path: '' }, { type: 'open', path: 'README.md', line: 0 }, { type: 'folder' },
    ]) assert.equal(parseMessage(bad), undefined, JSON.stringify(bad));
  });

  it('checks a message against the report on screen', () => {
    const check = (m: unknown) => checkMessage(parseMessage(m)!, r, folders);
    assert.equal(check({ type: 'tick', id: 'culture/on-call', checked: true }), undefined);
    assert.equal(check({ type: 'tick', id: 'culture/made-up', checked: true }), 'There is no checklist item culture/made-up.');
    assert.equal(check({ type: 'open', path: 'README.md', line: 3 }), undefined);
    assert.equal(check({ type: 'open', path: '../../etc/passwd' }), 'The checklist does not name that file.');
    assert.equal(check({ type: 'fix', generator: 'ciWorkflow' }), undefined);
    assert.equal(check({ type: 'fix', generator: 'codeowners' }), 'No item of this checklist offers that fix.');
    assert.equal(check({ type: 'toil', action: 'remove', id: 'toil-9' }), 'That toil entry is gone; the log was changed meanwhile.');
    assert.equal(check({ type: 'folder', folderUri: 'file:///elsewhere' }), 'That folder is not open in this window.');
    assert.equal(checkMessage({ type: 'tick', id: 'culture/on-call', checked: true }, undefined, folders), 'The checklist is still loading.');
  });
});

describe('checklist panel: generator edits', () => {
  const edit: WorkspaceEdit = {
    documentChanges: [
      { kind: 'create', uri: 'file:///w/docs/T.md', options: { overwrite: false, ignoreIfExists: false } },
      { textDocument: { uri: 'file:///w/docs/T.md', version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '# T\n' }] },
      { textDocument: { uri: 'file:///w/.gitignore', version: null }, edits: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, newText: '.env\n' }] },
    ],
  };

  it('annotates every change for the preview and keeps the never-overwrite options', () => {
    const annotated = annotateEdit(edit, 'Create docs/T.md', 'A template.', true);
    assert.deepEqual(annotated.changeAnnotations, { 'factorguard.generate': { label: 'Create docs/T.md', description: 'A template.', needsConfirmation: true } });
    const [create, text] = annotated.documentChanges!;
    assert.deepEqual(create, { kind: 'create', uri: 'file:///w/docs/T.md', options: { overwrite: false, ignoreIfExists: false }, annotationId: 'factorguard.generate' });
    assert.equal((text as { edits: { annotationId?: string }[] }).edits[0].annotationId, 'factorguard.generate');
    assert.equal(annotateEdit(edit, 't', 'd', false).changeAnnotations!['factorguard.generate'].needsConfirmation, false);
    assert.equal((edit.documentChanges![0] as { annotationId?: string }).annotationId, undefined, 'the input is not changed');
  });

  it('names the created and the touched files', () => {
    assert.deepEqual(createdFiles(edit), ['file:///w/docs/T.md']);
    assert.deepEqual(touchedFiles(edit), ['file:///w/docs/T.md', 'file:///w/.gitignore']);
  });

  it('contributes one palette command per server generator, with the FactorGuard category', () => {
    const manifest = JSON.parse(readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as { contributes: { commands: { command: string; title: string; category: string }[] } };
    const ids = ['ciWorkflow', 'preCommitHook', 'envExample', 'gitignoreEnv', 'dependabot', 'postmortemTemplate', 'codeowners'];
    assert.deepEqual(GENERATORS.map((g) => g.id).sort(), [...ids].sort());
    for (const g of GENERATORS) {
      const contributed = manifest.contributes.commands.find((c) => c.command === g.command);
      assert.deepEqual(contributed && { title: contributed.title, category: contributed.category }, { title: g.title, category: 'FactorGuard' }, g.command);
    }
  });
});

describe('checklist tree and status bar', () => {
  it('lists failing items and unticked manual items, with the evidence', () => {
    assert.deepEqual(needsAttention(report()).map((i) => i.id), ['automation/ci-pipeline', 'culture/on-call']);
    const [ci, onCall] = treeEntries(report());
    assert.equal(ci.description, `FAIL · No workflow ${EVIL}`);
    assert.equal(ci.fixable, true);
    assert.equal(onCall.kind, 'todo');
    assert.match(onCall.tooltip, /^TODO \(Culture\): Title of culture\/on-call\n\nevidence\n\nwhy$/);
  });

  it('shows the overall score and each pillar', () => {
    assert.equal(statusText(report()), '$(checklist) 50%');
    assert.equal(statusTooltip(report(), 'app'), 'FactorGuard checklist (app): 50%\nCulture: 50%\nAutomation: 0%\nLean: n/a\nMeasurement: n/a\nSharing: 100%\n2 items need attention.');
  });
});
