// Drives the code-server workbench in Debian's headless Chromium. Playwright
// waits on locators, never on the clock.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
// Without the networking switches Chromium keeps dialling Google's services,
// which a closed CI network refuses.
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Launches Chromium with a fresh profile; it never downloads a browser. */
export async function launchBrowser(profileDir: string): Promise<BrowserContext> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
    // The runner's own signal handlers close the browser after code-server.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}

/** The workbench URL for a folder, optionally running an extension test module (code-server's payload). */
export function workbenchUrl(origin: string, folder: string, tests?: { extension: string; module: string }): string {
  let url = `${origin}/?folder=${encodeURIComponent(folder)}`;
  if (tests) {
    const remote = (p: string) => `vscode-remote://${new URL(origin).host}${p}`;
    const payload = [['extensionDevelopmentPath', remote(tests.extension)], ['extensionTestsPath', remote(tests.module)]];
    url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  }
  return url;
}

/** Appends the page's console (which relays the extension host's output) to a file. */
export function recordConsole(page: Page, logFile: string): void {
  page.on('console', (message) => fs.appendFileSync(logFile, `[${message.type()}] ${message.text()}\n`));
  page.on('pageerror', (error) => fs.appendFileSync(logFile, `[pageerror] ${error.message}\n`));
}

/** Saves a full-page screenshot and returns its path. */
export async function screenshot(page: Page, dir: string, name: string): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Opens a workspace file through Quick Open (Ctrl+P), as a user would. */
async function quickOpen(page: Page, fileName: string, timeoutMs: number): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: timeoutMs });
  await input.fill(fileName);
  const pick = page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first();
  await pick.waitFor({ state: 'visible', timeout: timeoutMs });
  await input.press('Enter');
  await page.locator('.tabs-container .tab', { hasText: fileName }).first().waitFor({ state: 'visible', timeout: timeoutMs });
}

/**
 * Opens the folder in the workbench, opens `fileName`, shows the Problems
 * panel (Ctrl+Shift+M) and waits for a row naming `rule`.
 */
export async function expectProblem(page: Page, url: string, fileName: string, rule: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const left = () => Math.max(1, deadline - Date.now());
  await page.goto(url);
  await page.locator('.monaco-workbench .part.editor').waitFor({ state: 'visible', timeout: left() });
  // Quick Open only lists files once the workbench has finished restoring.
  await page.locator('.monaco-workbench .part.statusbar').waitFor({ state: 'visible', timeout: left() });
  await quickOpen(page, fileName, left());
  await page.keyboard.press('Control+Shift+M');
  const row = page.locator('.markers-panel .monaco-list-row', { hasText: rule }).first();
  await row.waitFor({ state: 'visible', timeout: left() });
}

/** Runs a command by its palette title (F1), as a user would. */
export async function runCommand(page: Page, title: string, timeoutMs: number): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: timeoutMs });
  await input.fill(`>${title}`);
  const pick = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await pick.waitFor({ state: 'visible', timeout: timeoutMs });
  await input.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: timeoutMs });
}

/** Opens a folder in the workbench and waits until it has restored (editor area and status bar shown). */
export async function openWorkbench(page: Page, url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const left = () => Math.max(1, deadline - Date.now());
  await page.goto(url);
  await page.locator('.monaco-workbench .part.editor').waitFor({ state: 'visible', timeout: left() });
  await page.locator('.monaco-workbench .part.statusbar').waitFor({ state: 'visible', timeout: left() });
}

/**
 * The document inside a webview: VS Code hosts each webview in an
 * `iframe.webview` whose `#active-frame` holds the extension's HTML.
 */
export function webviewFrame(page: Page) {
  return page.frameLocator('iframe.webview').frameLocator('#active-frame');
}

/** Saves a screenshot of the page (webviews included) under a fixed name and returns its path. */
export async function screenshotAs(page: Page, dir: string, name: string): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
