// The checklist panel through the browser, as a user sees it: open it from
// the palette, check the DORA section (the runner made the workspace a git
// repository with dated release tags) and save screenshots, tick a manual
// item, add a toil entry through the form, run a Fix through VS Code's
// Refactor Preview (tick the change, Apply), then reload the window, open the
// panel again from the status-bar score and find the tick kept and the fixed
// item passing. Every step waits on what it needs to see, never on the clock.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { waitFor } from '../suite/waitFor';
import { DEPLOYMENTS_IN_WINDOW } from './gitHistory';
import { SCREENSHOT_DIR } from './paths';
import { openWorkbench, runCommand, screenshotAs, webviewFrame } from './workbench';

const ITEM = 'culture/on-call';
const COMMAND = 'FactorGuard: Open Checklist';
export const PANEL_SCREENSHOT = path.join(SCREENSHOT_DIR, 'checklist-panel.png');
export const DORA_SCREENSHOT = path.join(SCREENSHOT_DIR, 'checklist-dora.png');

const TOIL_TASK = 'Renew the TLS certificates by hand';
const CODEOWNERS = '.github/CODEOWNERS';
const DORA_METRICS = ['Deployment frequency', 'Lead time for changes', 'Change failure rate', 'Time to restore service'];

interface State {
  items?: Record<string, { checked?: boolean }>;
  toil?: { task: string; minutesEach: number; timesPerWeek: number; automatable: boolean }[];
}

function stateOnDisk(workspace: string): State | undefined {
  const file = path.join(workspace, '.factorguard', 'checklist.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as State) : undefined;
}

function textOnDisk(workspace: string, relative: string): string | undefined {
  const file = path.join(workspace, ...relative.split('/'));
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}

type Frame = ReturnType<typeof webviewFrame>;
type Left = () => number;

/** The panel's checkbox for the item; it exists once the report has arrived. */
async function panelCheckbox(page: Page, timeoutMs: number) {
  const frame = webviewFrame(page);
  const checkbox = frame.locator(`input[type="checkbox"][data-id="${ITEM}"]`);
  await checkbox.waitFor({ state: 'visible', timeout: timeoutMs });
  return { frame, checkbox };
}

/**
 * The DORA section shows the window's deployments, the four metrics with a
 * level each and an SVG trend chart each. Fails with the section's text (say,
 * the untrusted-workspace note) when the metrics never show.
 */
async function checkDora(frame: Frame, left: Left): Promise<void> {
  const section = frame.locator('section[aria-labelledby="dora-heading"]');
  try {
    await section.locator('li.metric').first().waitFor({ state: 'visible', timeout: left() });
  } catch (error) {
    const shown = await section.textContent({ timeout: 1_000 }).catch(() => '(no DORA section)');
    throw new Error(`the DORA section shows no metrics: "${shown?.trim().slice(0, 300)}"`, { cause: error });
  }
  const count = `${DEPLOYMENTS_IN_WINDOW} in 90 days`;
  const frequency = (await section.locator('li.metric').first().locator('.value').textContent({ timeout: left() })) ?? '';
  if (!frequency.includes(count)) throw new Error(`the DORA deployment frequency reads "${frequency}", expected "${count}"`);
  for (const title of DORA_METRICS) {
    const metric = section.locator('li.metric', { has: frame.locator('h3', { hasText: title }) });
    const value = (await metric.locator('.value').textContent({ timeout: left() })) ?? '';
    if (!/level (Elite|High|Medium|Low)/.test(value)) throw new Error(`DORA ${title} shows no level: "${value}"`);
    await metric.locator('svg.chart[role="img"]').waitFor({ state: 'attached', timeout: left() });
  }
  // The runner's history has one fix after a release: a non-zero failure rate.
  const failure = (await section.locator('li.metric', { has: frame.locator('h3', { hasText: 'Change failure rate' }) }).locator('.value').textContent({ timeout: left() })) ?? '';
  if (/^\s*0%/.test(failure) || !/\d+%/.test(failure)) throw new Error(`the change failure rate reads "${failure}", expected a share above 0%`);
}

/** Adds a toil entry through the panel's form and waits for it on disk and in the budget line. */
async function addToil(frame: Frame, workspace: string, left: Left): Promise<void> {
  await frame.locator('#toil-add-task').fill(TOIL_TASK, { timeout: left() });
  await frame.locator('#toil-add-minutes').fill('30', { timeout: left() });
  await frame.locator('#toil-add-times').fill('2', { timeout: left() });
  await frame.locator('#toil-add-automatable').check({ timeout: left() });
  await frame.locator('form#toil-add button[type="submit"]').click({ timeout: left() });
  await frame.locator('#status', { hasText: 'Added to the toil log.' }).waitFor({ state: 'visible', timeout: left() });
  await waitFor(
    () => stateOnDisk(workspace)?.toil?.some((e) => e.task === TOIL_TASK && e.minutesEach === 30 && e.timesPerWeek === 2 && e.automatable),
    `"${TOIL_TASK}" (30 min, twice a week, automatable) in the state file's toil log`,
    left(),
  );
  await frame.locator('.budget', { hasText: '1 h/week of toil (1 h automatable)' }).waitFor({ state: 'visible', timeout: left() });
  await frame.locator(`table.toil tr[data-toil-id] input[data-field="task"][value="${TOIL_TASK}"]`).waitFor({ state: 'attached', timeout: left() });
  // The form was cleared once the entry was saved, its Automatable tick included.
  if ((await frame.locator('#toil-add-task').inputValue({ timeout: left() })) !== '') throw new Error('the add form still holds the task after it was saved');
  if (await frame.locator('#toil-add-automatable').isChecked({ timeout: left() })) throw new Error('the add form still has Automatable ticked after it was saved');
}

/**
 * Clicks the panel's Fix for CODEOWNERS: VS Code lists the change unticked in
 * the Refactor Preview and nothing is written until it is ticked and applied.
 */
async function fixThroughPreview(page: Page, frame: Frame, workspace: string, left: Left): Promise<void> {
  await frame.locator('button[data-action="fix"][data-generator="codeowners"]').click({ timeout: left() });
  const row = page.locator('.bulk-edit-panel .monaco-list-row', { hasText: 'CODEOWNERS' }).first();
  await row.waitFor({ state: 'visible', timeout: left() });
  const tick = row.locator('input.edit-checkbox');
  if (await tick.isChecked({ timeout: left() })) throw new Error('the Refactor Preview lists the CODEOWNERS change ticked already');
  if (textOnDisk(workspace, CODEOWNERS) !== undefined) throw new Error(`${CODEOWNERS} was written before the preview was applied`);
  await tick.check({ timeout: left() });
  await page.locator('.bulk-edit-panel .buttons .monaco-button', { hasText: 'Apply' }).click({ timeout: left() });
  const text = await waitFor(() => textOnDisk(workspace, CODEOWNERS), `${CODEOWNERS} on disk`, left());
  for (const line of [/^# Generated by FactorGuard\./, /^\*\s+@your-org\/your-team$/m, /^\/app\/\s+@your-org\/your-team$/m, /^\/src\/\s+@your-org\/your-team$/m, /^\/\.github\/\s+@your-org\/your-team$/m]) {
    if (!line.test(text)) throw new Error(`${CODEOWNERS} lacks ${line}; it reads:\n${text}`);
  }
  // The generator opens the file it created beside the panel, which stays in view and says what it did.
  await page.locator('.tabs-container .tab', { hasText: 'CODEOWNERS' }).first().waitFor({ state: 'visible', timeout: left() });
  await frame.locator('#status', { hasText: `Created or changed: ${CODEOWNERS}.` }).waitFor({ state: 'visible', timeout: left() });
}

/**
 * Runs the panel check in the window `page` shows (`url`); returns the
 * passed checks' titles, throws on the first failure.
 */
export async function checkChecklistPanel(page: Page, url: string, workspace: string, timeoutMs: number): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  const left = () => Math.max(1, deadline - Date.now());
  const passed: string[] = [];

  // Room for the panel: the Problems panel from the previous check would cover half of it.
  await runCommand(page, 'View: Hide Panel', left());
  await runCommand(page, COMMAND, left());
  const first = await panelCheckbox(page, left());
  await first.frame.locator('h1', { hasText: 'FactorGuard checklist' }).waitFor({ state: 'visible', timeout: left() });
  await first.frame.locator('h2', { hasText: 'DORA metrics' }).waitFor({ state: 'attached', timeout: left() });
  await checkDora(first.frame, left);
  const shot = await screenshotAs(page, SCREENSHOT_DIR, 'checklist-panel');
  // The DORA heading at the top of the view, so the four metrics fit below it.
  await first.frame.locator('#dora-heading').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  const doraShot = await screenshotAs(page, SCREENSHOT_DIR, 'checklist-dora');
  await first.frame.locator('h1').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  passed.push(`checklist panel opens from the palette (screenshot ${shot})`);
  passed.push(`the panel's DORA section shows ${DEPLOYMENTS_IN_WINDOW} deployments and four metrics with a level and a trend chart each (screenshot ${doraShot})`);

  if (await first.checkbox.isChecked()) throw new Error(`${ITEM} is ticked before the test ticked it`);
  await first.checkbox.click({ timeout: left() });
  await first.frame.locator('#status', { hasText: 'Marked as done.' }).waitFor({ state: 'visible', timeout: left() });
  await waitFor(() => stateOnDisk(workspace)?.items?.[ITEM]?.checked === true, `${ITEM} ticked in .factorguard/checklist.json`, left());
  passed.push('a tick in the checklist panel is saved to .factorguard/checklist.json');
  await addToil(first.frame, workspace, left);
  passed.push('a toil entry added through the panel form is saved to .factorguard/checklist.json and counted in the budget line');
  await fixThroughPreview(page, first.frame, workspace, left);
  passed.push(`the panel's Fix waits unticked in the Refactor Preview and, ticked and applied there, creates ${CODEOWNERS}`);

  // A closed editor is not restored, so after the reload the panel is built anew from the file.
  await runCommand(page, 'View: Close All Editors', left());
  await openWorkbench(page, url, left());
  // The score in the status bar shows once the extension is active and has a report; it opens the panel.
  const score = page.locator('.part.statusbar [aria-label^="FactorGuard checklist score"]').first();
  await score.waitFor({ state: 'visible', timeout: left() });
  await score.click({ timeout: left() });
  const again = await panelCheckbox(page, left());
  await waitFor(() => again.checkbox.isChecked(), `${ITEM} shown ticked after the window reloaded`, left());
  const badge = await again.frame.locator(`li[data-item="${ITEM}"] .badge`).textContent({ timeout: left() });
  if (badge !== 'DONE') throw new Error(`${ITEM} shows "${badge}" after the reload, expected DONE`);
  await again.frame.locator('li[data-item="culture/codeowners"] .badge', { hasText: 'PASS' }).waitFor({ state: 'visible', timeout: left() });
  passed.push('after a window reload the tick is still shown and the CODEOWNERS item passes');
  return passed;
}
