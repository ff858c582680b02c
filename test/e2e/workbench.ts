// Helpers for the browser checks of the workbench (plain Node + playwright-core, not the extension host).
import * as fs from 'fs';
import * as path from 'path';
import { Browser, Locator, Page, chromium } from 'playwright-core';

/** Set by test/harness/run.mjs: the workbench URL (with ?folder=), where screenshots go, the browser. */
export const E2E = {
  url: required('VIGIL_E2E_URL'),
  results: process.env.VIGIL_E2E_RESULTS ?? path.resolve('test-results', 'e2e'),
  chromium: process.env.VIGIL_CHROMIUM ?? '/usr/bin/chromium',
  /** Bound of every single wait; the whole run is bounded by the harness too. */
  waitMs: Number(process.env.VIGIL_E2E_WAIT_MS) || 90_000,
};

function required(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set: run the e2e tier through \`npm run test:e2e\``);
  return v;
}

export async function openWorkbench(): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({
    executablePath: E2E.chromium, headless: true, timeout: 60_000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(E2E.waitMs);
  if (process.env.VERBOSE) page.on('console', m => console.log(`[browser ${m.type()}] ${m.text()}`));
  await page.goto(E2E.url, { timeout: E2E.waitMs });
  await page.locator('.monaco-workbench .part.statusbar').waitFor();
  return { browser, page };
}

/**
 * Opens a fresh browser on the workbench for the enclosing `describe` (closed after it), and saves a
 * screenshot of every test that fails in it. Read `.page` inside the tests.
 */
export function useWorkbench(): { readonly browser?: Browser; readonly page: Page } {
  const state: { browser?: Browser; page?: Page } = {};
  before(async () => { Object.assign(state, await openWorkbench()); });
  afterEach(async function () {
    const test = this.currentTest;
    if (test?.state === 'failed' && state.page) {
      const file = await screenshot(state.page, `FAILED-${test.title}`).catch(e => `(none: ${(e as Error).message})`);
      console.log(`      screenshot of the failure: ${file}`);
    }
  });
  after(async () => { await state.browser?.close(); });
  return state as { browser?: Browser; page: Page };
}

let shotIndex = 0;
/** Saves test-results/e2e/NN-name.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(E2E.results, { recursive: true });
  const file = path.join(E2E.results, `${String(++shotIndex).padStart(2, '0')}-${name.replace(/[^\w.-]+/g, '-').slice(0, 80)}.png`);
  await page.screenshot({ path: file, timeout: 30_000 });
  return file;
}

/** Runs a command from the Command Palette by its title, as a user would. */
export async function runFromPalette(page: Page, title: string): Promise<void> {
  const widget = page.locator('.quick-input-widget');
  await page.keyboard.press('F1');
  const input = widget.locator('input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  const row = widget.locator('.monaco-list-row', { hasText: title }).first();
  await row.waitFor();
  await input.press('Enter');
  await widget.waitFor({ state: 'hidden' });
}

/** The status bar item the extension contributes (`<extension id>.<item id>`). */
export function statusItem(page: Page, itemId = 'vigil.status'): Locator {
  return page.locator(`.part.statusbar [id="vigil-dev.vigil.${itemId}"]`);
}

/** What a status bar item shows: its codicons, its text and its computed background. */
export async function statusState(item: Locator): Promise<{ icons: string[]; text: string; background: string }> {
  return item.evaluate(el => ({
    icons: [...el.querySelectorAll('.codicon')].flatMap(i => [...i.classList].filter(c => c.startsWith('codicon-') && !c.startsWith('codicon-modifier'))),
    text: (el.textContent ?? '').trim(),
    background: getComputedStyle(el).backgroundColor,
  }));
}

/** A theme colour (e.g. `statusBarItem.errorBackground`) resolved to the rgb() string the page computes. */
export async function themeColor(page: Page, id: string): Promise<string> {
  return page.evaluate(variable => {
    const probe = document.createElement('div');
    probe.style.backgroundColor = `var(${variable})`;
    document.querySelector('.monaco-workbench')!.appendChild(probe);
    const value = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return value;
  }, `--vscode-${id.replace(/\./g, '-')}`);
}

/** Records every icon the item shows from now on (the spinner can be brief), read back by `recordedIcons`. */
export async function recordIcons(item: Locator): Promise<void> {
  await item.evaluate(el => {
    const w = window as unknown as { __vigilIcons: string[] };
    w.__vigilIcons = [];
    const note = () => {
      const icon = [...el.querySelectorAll('.codicon')].flatMap(i => [...i.classList]).find(c => c.startsWith('codicon-') && !c.startsWith('codicon-modifier'));
      if (icon && w.__vigilIcons[w.__vigilIcons.length - 1] !== icon) w.__vigilIcons.push(icon);
    };
    note();
    new MutationObserver(note).observe(el, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

export async function recordedIcons(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __vigilIcons: string[] }).__vigilIcons ?? []);
}

/** The primary side bar's title (e.g. "EXPLORER", "VIGIL"). */
export function sideBarTitle(page: Page): Locator {
  return page.locator('#workbench\\.parts\\.sidebar .composite.title h2');
}
