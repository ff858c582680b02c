// The workbench as a user sees it: the status bar item follows the monitor, the review sidebar opens.
// Runs in Node against a code-server with the packaged VSIX installed (test/harness/run.mjs e2e).
import * as assert from 'assert';
import { Browser, Page } from 'playwright-core';
import { openWorkbench, recordIcons, recordedIcons, runFromPalette, screenshot, sideBarTitle, statusItem, statusState, themeColor } from './workbench';

describe('workbench with Vigil installed', function () {
  let browser: Browser | undefined;
  let page: Page;
  let errorBackground: string;
  const transparent = 'rgba(0, 0, 0, 0)';

  before(async () => {
    ({ browser, page } = await openWorkbench());
    errorBackground = await themeColor(page, 'statusBarItem.errorBackground');
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) {
      const file = await screenshot(page, `FAILED-${this.currentTest.title}`).catch(e => `(no screenshot: ${e.message})`);
      console.log(`      screenshot of the failure: ${file}`);
    }
  });
  after(async () => { await browser?.close(); });

  it('shows the shield in the status bar once the extension activates', async () => {
    const item = statusItem(page);
    await item.locator('.codicon-shield').waitFor();
    const state = await statusState(item);
    assert.strictEqual(state.text, 'Vigil');
    assert.strictEqual(state.background, transparent);
    assert.match(await item.locator('a').getAttribute('aria-label') ?? '', /Vigil: no open alarms/);
    await screenshot(page, 'status-shield');
  });

  it('Vigil: Play Demo from the palette shows the spinner, then the alarm with a count and the error background', async () => {
    const item = statusItem(page);
    await recordIcons(item);
    await runFromPalette(page, 'Vigil: Play Demo');
    await item.locator('.codicon-alert').waitFor();
    const state = await statusState(item);
    assert.match(state.text, /^Vigil [1-9]\d*$/, 'the text carries the count of open alarms');
    assert.notStrictEqual(errorBackground, transparent, 'the theme defines statusBarItem.errorBackground');
    assert.strictEqual(state.background, errorBackground, 'the item has statusBarItem.errorBackground');
    const icons = await recordedIcons(page);
    assert.ok(icons.indexOf('codicon-loading') >= 0 && icons.indexOf('codicon-loading') < icons.indexOf('codicon-alert'),
      `the spinner shows while the stream is monitored, before the alarm (icons seen: ${icons.join(' → ')})`);
    await screenshot(page, 'status-alarm');
  });

  it('the demo reveals the Vigil sidebar with the flagged items and the details view', async () => {
    await sideBarTitle(page).filter({ hasText: /vigil/i }).waitFor();
    const flagged = page.locator('.pane-header', { hasText: 'Flagged Items' });
    await flagged.waitFor();
    await page.locator('.pane-header', { hasText: 'Details' }).waitFor();
    const rows = page.locator('#workbench\\.parts\\.sidebar .monaco-list-row');
    await rows.first().waitFor();
    assert.ok(await rows.count() >= 1, 'at least one flagged item');
    await screenshot(page, 'sidebar-flagged');
  });

  it('selecting a flagged item shows it in the details view', async () => {
    const item = page.locator('#workbench\\.parts\\.sidebar .monaco-list-row[aria-level="2"]').first();
    await item.click();
    const details = page.locator('#workbench\\.parts\\.sidebar .pane', { has: page.locator('.pane-header', { hasText: 'Details' }) });
    await details.locator('.pane-header[aria-expanded="true"]').waitFor();
    // The webview itself is a separate document (an iframe laid over the pane); wait until it has loaded.
    const label = (await item.innerText()).trim().replace(/…$/, '');
    const body = page.frameLocator('iframe.webview.ready').first().frameLocator('#active-frame').locator('body');
    await body.getByText(label.slice(0, 20)).first().waitFor();
    const text = await body.innerText();
    assert.match(text, /s_t|λ/, `the details show the safety score: ${JSON.stringify(text.slice(0, 200))}`);
    await page.waitForTimeout(500);  // let it finish painting before the picture
    await screenshot(page, 'sidebar-details');
  });

  it('clicking the status bar item opens the review sidebar', async () => {
    await page.keyboard.press('Control+Shift+E');
    await sideBarTitle(page).filter({ hasText: /explorer/i }).waitFor();
    await statusItem(page).click();
    await sideBarTitle(page).filter({ hasText: /vigil/i }).waitFor();
    await page.locator('.pane-header', { hasText: 'Flagged Items' }).waitFor();
  });

  it('Vigil: Dismiss Alarm returns the status bar to the shield and its normal background', async () => {
    const item = statusItem(page);
    await runFromPalette(page, 'Vigil: Dismiss Alarm');
    await item.locator('.codicon-shield').waitFor();
    const state = await statusState(item);
    assert.strictEqual(state.text, 'Vigil');
    assert.strictEqual(state.background, transparent);
    await screenshot(page, 'status-dismissed');
  });
});
