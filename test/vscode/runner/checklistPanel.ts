// The checklist panel through the browser, as a user sees it: open it from
// the palette, save a screenshot, tick a manual item by clicking its
// checkbox, prove the tick is in .factorguard/checklist.json, reload the
// window, open the panel again from the status-bar score and find it still
// ticked.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { waitFor } from '../suite/waitFor';
import { SCREENSHOT_DIR } from './paths';
import { openWorkbench, runCommand, screenshotAs, webviewFrame } from './workbench';

const ITEM = 'culture/on-call';
const COMMAND = 'FactorGuard: Open Checklist';
export const PANEL_SCREENSHOT = path.join(SCREENSHOT_DIR, 'checklist-panel.png');

function tickOnDisk(workspace: string): boolean | undefined {
  const file = path.join(workspace, '.factorguard', 'checklist.json');
  if (!fs.existsSync(file)) return undefined;
  const state = JSON.parse(fs.readFileSync(file, 'utf8')) as { items?: Record<string, { checked?: boolean }> };
  return state.items?.[ITEM]?.checked;
}

/** The panel's checkbox for the item; it exists once the report has arrived. */
async function panelCheckbox(page: Page, timeoutMs: number) {
  const frame = webviewFrame(page);
  const checkbox = frame.locator(`input[type="checkbox"][data-id="${ITEM}"]`);
  await checkbox.waitFor({ state: 'visible', timeout: timeoutMs });
  return { frame, checkbox };
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
  await first.frame.locator('h2', { hasText: 'DORA metrics' }).waitFor({ state: 'visible', timeout: left() });
  const shot = await screenshotAs(page, SCREENSHOT_DIR, 'checklist-panel');
  passed.push(`checklist panel opens from the palette (screenshot ${shot})`);

  if (await first.checkbox.isChecked()) throw new Error(`${ITEM} is ticked before the test ticked it`);
  await first.checkbox.click({ timeout: left() });
  await first.frame.locator('#status', { hasText: 'Marked as done.' }).waitFor({ state: 'visible', timeout: left() });
  await waitFor(() => tickOnDisk(workspace) === true, `${ITEM} ticked in .factorguard/checklist.json`, left());
  passed.push('a tick in the checklist panel is saved to .factorguard/checklist.json');

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
  passed.push('the tick is still shown after the window reloaded');
  return passed;
}
