// The workbench as a user sees it: the status bar item follows the monitor, the review sidebar opens.
// Runs in Node against a code-server with the packaged VSIX installed (test/harness/run.mjs e2e).
import * as assert from 'assert';
import { recordIcons, recordedIcons, runFromPalette, screenshot, sideBarTitle, statusItem, statusState, themeColor, useWorkbench } from './workbench';

describe('workbench with Vigil installed', function () {
  const wb = useWorkbench();
  let errorBackground: string;
  const transparent = 'rgba(0, 0, 0, 0)';

  before(async () => { errorBackground = await themeColor(wb.page, 'statusBarItem.errorBackground'); });

  it('shows the shield in the status bar once the extension activates', async () => {
    const item = statusItem(wb.page);
    await item.locator('.codicon-shield').waitFor();
    const state = await statusState(item);
    assert.strictEqual(state.text, 'Vigil');
    assert.strictEqual(state.background, transparent);
    assert.match(await item.locator('a').getAttribute('aria-label') ?? '', /Vigil: no open alarms/);
    await screenshot(wb.page, 'status-shield');
  });

  it('Vigil: Play Demo from the palette shows the spinner, then the alarm with a count and the error background', async () => {
    const item = statusItem(wb.page);
    await recordIcons(item);
    await runFromPalette(wb.page, 'Vigil: Play Demo');
    await item.locator('.codicon-alert').waitFor();
    const state = await statusState(item);
    assert.match(state.text, /^Vigil [1-9]\d*$/, 'the text carries the count of open alarms');
    assert.notStrictEqual(errorBackground, transparent, 'the theme defines statusBarItem.errorBackground');
    assert.strictEqual(state.background, errorBackground, 'the item has statusBarItem.errorBackground');
    const icons = await recordedIcons(wb.page);
    assert.ok(icons.indexOf('codicon-loading') >= 0 && icons.indexOf('codicon-loading') < icons.indexOf('codicon-alert'),
      `the spinner shows while the stream is monitored, before the alarm (icons seen: ${icons.join(' → ')})`);
    await screenshot(wb.page, 'status-alarm');
  });

  it('the demo reveals the Vigil sidebar with the flagged items and the details view', async () => {
    await sideBarTitle(wb.page).filter({ hasText: /vigil/i }).waitFor();
    const flagged = wb.page.locator('.pane-header', { hasText: 'Flagged Items' });
    await flagged.waitFor();
    await wb.page.locator('.pane-header', { hasText: 'Details' }).waitFor();
    const rows = wb.page.locator('#workbench\\.parts\\.sidebar .monaco-list-row');
    await rows.first().waitFor();
    assert.ok(await rows.count() >= 1, 'at least one flagged item');
    await screenshot(wb.page, 'sidebar-flagged');
  });

  it('selecting a flagged item shows it in the details view with its s_t plot', async () => {
    const item = wb.page.locator('#workbench\\.parts\\.sidebar .monaco-list-row[aria-level="2"]').first();
    await item.click();
    const details = wb.page.locator('#workbench\\.parts\\.sidebar .pane', { has: wb.page.locator('.pane-header', { hasText: 'Details' }) });
    await details.locator('.pane-header[aria-expanded="true"]').waitFor();
    // The webview itself is a separate document (an iframe laid over the pane); wait until it has loaded.
    const label = (await item.innerText()).trim().replace(/…$/, '');
    const body = wb.page.frameLocator('iframe.webview.ready').first().frameLocator('#active-frame').locator('body');
    await body.getByText(label.slice(0, 20)).first().waitFor();
    const text = await body.innerText();
    assert.match(text, /s_t|λ/, `the details show the safety score: ${JSON.stringify(text.slice(0, 200))}`);
    await body.locator('svg').first().waitFor();  // the plot of s_t over the stream, with the λ line
    await wb.page.waitForTimeout(500);  // let it finish painting before the picture
    await screenshot(wb.page, 'sidebar-details');
  });

  it('clicking the status bar item opens the review sidebar', async () => {
    await wb.page.keyboard.press('Control+Shift+E');
    await sideBarTitle(wb.page).filter({ hasText: /explorer/i }).waitFor();
    await statusItem(wb.page).click();
    await sideBarTitle(wb.page).filter({ hasText: /vigil/i }).waitFor();
    await wb.page.locator('.pane-header', { hasText: 'Flagged Items' }).waitFor();
  });

  it('Vigil: Dismiss Alarm returns the status bar to the shield and its normal background', async () => {
    const item = statusItem(wb.page);
    await runFromPalette(wb.page, 'Vigil: Dismiss Alarm');
    await item.locator('.codicon-shield').waitFor();
    const state = await statusState(item);
    assert.strictEqual(state.text, 'Vigil');
    assert.strictEqual(state.background, transparent);
    await screenshot(wb.page, 'status-dismissed');
  });
});
