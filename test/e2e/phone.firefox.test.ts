import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hoodie } from '../shop/catalog';
import { FixtureShop } from '../shop/fixture-shop';
import { launchFirefox } from './driver/firefox';
import type { DriverPage, ExtensionDriver } from './driver/types';
import { waitUntil } from './wait';

/**
 * The popup and options as Firefox for Android shows them: pages 360–412 px wide under a finger
 * (a coarse pointer with no hover). Every control is a 44 px target, nothing scrolls sideways,
 * nothing needs a hover, and a tap on the chart reads out its price.
 */
const MOBILE_PAGE = 'https://item.m.jd.com/product/100038004353.html';
const WIDTHS = [360, 390, 412];
const testId = (id: string) => `[data-testid="${id}"]`;

/** Controls smaller than a fingertip; a checkbox or radio counts by its label, which takes the tap. */
function smallTargets(page: DriverPage): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, summary, [role="button"]')) {
      if (el instanceof HTMLInputElement && el.type === 'file') continue;
      const target = (el.matches('input[type="checkbox"], input[type="radio"]') ? el.closest('label') : null) ?? el;
      const r = target.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.width < 44 || r.height < 44)
        small.push(`${el.dataset.testid ?? el.tagName.toLowerCase()} ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    return small;
  }, null);
}

const sidewaysScroll = (page: DriverPage) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth, null);

describe('the popup and options on a phone, in Firefox', () => {
  const shop = new FixtureShop();
  let driver: ExtensionDriver;
  const storedPrice = (price: number) =>
    waitUntil(
      `the mobile page’s product in the store at ¥${price}`,
      async () =>
        (await driver.readStore<{ key: string; snapshot: { price: number | null } }>('products')).find((p) => p.key === 'jd:100038004353')
          ?.snapshot.price,
      (stored) => stored === price,
      { timeoutMs: 20_000 },
    );

  beforeAll(async () => {
    shop.addLive(hoodie());
    driver = await launchFirefox(shop, { phone: true });
    // The mobile page shows ¥309, then refreshes its live price to ¥299 a moment after load, as H5
    // pages do: two readings often inside one second, which once left the popup with no chart.
    shop.setPrice('jd', '100038004353', 309);
    const page = await driver.openPage(MOBILE_PAGE);
    await storedPrice(309);
    await page.evaluate(() => {
      const first = [...document.scripts].find((s) => s.textContent?.includes('window._itemInfo'))!;
      const refresh = document.createElement('script');
      refresh.textContent = first.textContent.replace(/window\._itemOnly[\s\S]*?\);/, '').replaceAll('309.00', '299.00');
      document.body.append(refresh);
      document.querySelector('#priceSale')!.textContent = '¥299.00';
    }, null);
    await storedPrice(299);
    await page.close();
  });
  afterAll(async () => driver?.close());

  it('answers the first-run question with fingertip-sized fields on the narrowest phone', async () => {
    const popup = await driver.openPopup(MOBILE_PAGE, { width: 360, height: 740 });
    await popup.waitFor(testId('welcome'), 'the first-run size question');
    expect(await popup.evaluate(() => matchMedia('(pointer: coarse)').matches && matchMedia('(hover: none)').matches, null)).toBe(true);
    expect(await smallTargets(popup)).toEqual([]);
    await popup.fill(testId('size-top'), 'M');
    await popup.tapAt(testId('welcome-save'), 0.5, 0.5);
    await waitUntil(
      'the verdict after the sizes are saved',
      () => popup.count(testId('verdict')),
      (n) => n === 1,
    );
    await popup.close();
  });

  for (const width of WIDTHS) {
    it(`shows the product at ${width} px: no sideways scroll, 44 px targets, the whole title, a chart read by tap`, async () => {
      const popup = await driver.openPopup(MOBILE_PAGE, { width, height: 800 });
      await popup.waitFor(`${testId('price-chart')} canvas`, 'the price chart');
      await waitUntil(
        'the watch buttons',
        () => popup.count(testId('watch-buttons')),
        (n) => n === 1,
      );
      expect(await sidewaysScroll(popup)).toBeLessThanOrEqual(0);
      expect(await smallTargets(popup)).toEqual([]);
      // The title's tooltip is out of a finger's reach: the title itself is shown whole.
      expect(
        await popup.evaluate(() => {
          const title = document.querySelector<HTMLElement>('.product-title')!;
          return getComputedStyle(title).overflow === 'visible' && title.scrollHeight <= title.clientHeight + 1;
        }, null),
      ).toBe(true);
      // Both readings sit at today's end of the 30-day axis: a tap left of them reads the first.
      await popup.tapAt(`${testId('price-chart')} .u-over`, 0.5, 0.5);
      await waitUntil(
        'the chart readout after a tap',
        async () => (await popup.text(testId('chart-readout'))) ?? '',
        (t) => t.includes('11/16') && t.includes('¥309'),
      );
      await popup.close();
    });
  }

  it('reads the chart out under a finger held down past a tap', async () => {
    const popup = await driver.openPopup(MOBILE_PAGE, { width: 390, height: 800 });
    await popup.waitFor(`${testId('price-chart')} canvas`, 'the price chart');
    await waitUntil(
      'the watch buttons',
      () => popup.count(testId('watch-buttons')),
      (n) => n === 1,
    );
    const finger = await popup.pressAt(`${testId('price-chart')} .u-over`, 0.5, 0.5);
    // Held longer than a tap (Firefox's long-press delay is 500 ms): no mouse events follow it.
    await new Promise((resolve) => setTimeout(resolve, 800));
    await waitUntil(
      'the chart readout under the held finger',
      async () => (await popup.text(testId('chart-readout'))) ?? '',
      (t) => t.includes('11/16') && t.includes('¥309'),
    );
    await finger.lift();
    await popup.close();
  });

  it('lays the options out for a phone, and saves sizes by tap', async () => {
    for (const width of [360, 412]) {
      const options = await driver.openOptions({ width, height: 800 });
      await options.waitFor(testId('section-sizes'), 'the sizes section');
      expect(await sidewaysScroll(options), `at ${width}px`).toBeLessThanOrEqual(0);
      expect(await smallTargets(options), `at ${width}px`).toEqual([]);
      await options.close();
    }
    const options = await driver.openOptions({ width: 390, height: 800 });
    await options.waitFor(testId('size-shoe'), 'the sizes form');
    await options.fill(testId('size-shoe'), '42');
    await options.tapAt(testId('save-sizes'), 0.5, 0.5);
    await waitUntil(
      'the shoe size in storage',
      () => driver.storageGet('settings.sizes'),
      (v) => (v as { shoe?: string })?.shoe === '42',
    );
    await options.close();
  });
});
