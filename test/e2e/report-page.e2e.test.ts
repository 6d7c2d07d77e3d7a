import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScrape } from '../../src/cli/run-scrape';
import { hoodie } from '../shop/catalog';
import { FixtureShop } from '../shop/fixture-shop';
import { launchWithExtension, type ExtensionSession } from './browser';
import { panelBadge } from './panel-frame';

const ITEM_URL = 'https://item.jd.com/100038004353.html';

describe('a page that cannot be read: no verdict, and a report that reproduces the reading', () => {
  const shop = new FixtureShop();
  let session: ExtensionSession;

  beforeAll(async () => {
    shop.addLive(hoodie());
    session = await launchWithExtension(shop);
  });
  afterAll(async () => session?.close());

  it('the panel names the field it could not read, and saves a report that npm run scrape reads back', async () => {
    const page = await session.context.newPage();
    // JD fills the price after load from its price service; when that never answers, no price shows.
    await page.route('https://p.3.cn/**', (route) => route.abort());
    await page.goto(ITEM_URL);
    // The panel lives in its extension frame; the report is built by the tab's reader and saved from there.
    const { frame, badge } = await panelBadge(page, 30_000);
    expect(await badge.textContent()).toContain('没读准');
    expect(await frame.getByTestId('panel-count').textContent()).toBe('');
    await badge.click();
    const notRead = frame.getByTestId('could-not-read');
    await notRead.waitFor();
    expect(await frame.getByTestId('panel-body').getByTestId('verdict').count()).toBe(0);
    expect(await notRead.locator('[data-field="price"]').getAttribute('data-why')).toBe('missing');

    const [download] = await Promise.all([page.waitForEvent('download'), notRead.getByTestId('report-page').click()]);
    expect(download.suggestedFilename()).toMatch(/^fanchang-radar-report-jd-100038004353-\d{8}-\d{4}\.json$/);
    await frame.getByTestId('report-saved').waitFor();
    const file = join(mkdtempSync(join(tmpdir(), 'fanchang-report-e2e-')), download.suggestedFilename());
    await download.saveAs(file);
    const report = JSON.parse(readFileSync(file, 'utf8'));
    expect(report).toMatchObject({ format: 'fanchang-radar-page-report', version: 1, url: ITEM_URL });
    expect(report.html).not.toContain('fanchang-radar-panel');

    const out = JSON.parse(runScrape([file]));
    expect(out.snapshot.price).toBeNull();
    expect(out.report).toMatchObject({ sameReading: true });
    await page.close();
  });

  it('the popup on that page shows what could not be read instead of a verdict', async () => {
    const popup = await session.openPopup(ITEM_URL);
    const skip = popup.getByTestId('welcome-skip');
    if ((await skip.count()) > 0) await skip.click();
    await popup.getByTestId('could-not-read').waitFor();
    expect(await popup.getByTestId('verdict').count()).toBe(0);
    expect(await popup.getByTestId('could-not-read').textContent()).toContain('价格');
    await popup.close();
  });
});
