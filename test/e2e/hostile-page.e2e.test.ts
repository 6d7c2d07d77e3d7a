/**
 * The shop page is hostile (issue 12): each test serves a page at a real shop address that tries
 * one attack, and checks the extension gives it nothing: no data read, no verdict changed or
 * hidden, no reader stopped, no store written beyond the page's own product.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hoodie } from '../shop/catalog';
import { FixtureShop } from '../shop/fixture-shop';
import { launchWithExtension, type ExtensionSession } from './browser';
import { sendFromContentScript } from './content-world';
import { storedMonths, type StoredQuarterRow } from './history-rows';
import { readStore } from './idb';
import { panelBadge } from './panel-frame';
import { waitUntil } from './wait';
import { readingText } from '../../src/core/reading-text';
import type { ProductSnapshot } from '../../src/core/types';

const ITEM = 'https://item.jd.com/100038004353.html';
const KEY = 'jd:100038004353';
/** A size of the hoodie, in stock. */
const S_SKU = '100038004353';

interface ProductRow {
  key: string;
  snapshot: { price: number | null; itemId: string; url: string };
}
interface CartItemRow {
  productKey: string;
  quantity: number;
  source: string;
}

/** What a page script can see of the extension: every message posted to it, and shadow roots it can open. */
async function spyOnExtension(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { seenMessages: string[]; roots: ShadowRoot[] };
    w.seenMessages = [];
    w.roots = [];
    addEventListener('message', (e) => w.seenMessages.push(typeof e.data === 'string' ? e.data : JSON.stringify(e.data)));
    // A page can replace attachShadow to keep every root open (it cannot reach the extension's world).
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, { ...init, mode: 'open' });
      w.roots.push(root);
      return root;
    };
  });
}

/** The page's view of the panel: all text it can reach, through the DOM, shadow roots and frames. */
function textThePageReaches(page: Page): Promise<string> {
  return page.evaluate(() => {
    const w = window as unknown as { roots: ShadowRoot[] };
    const parts = [document.documentElement.innerText];
    for (const el of Array.from(document.querySelectorAll('*'))) if (el.shadowRoot) parts.push(el.shadowRoot.textContent ?? '');
    for (const root of w.roots) parts.push(root.textContent ?? '');
    for (let i = 0; i < frames.length; i++) {
      try {
        parts.push(frames[i]!.document.body.innerText);
      } catch {
        parts.push('(a frame of another origin)');
      }
    }
    return parts.join('\n');
  });
}

const productRow = async (session: ExtensionSession) => (await readStore<ProductRow>(session, 'products')).find((p) => p.key === KEY);

describe('a hostile JD product page', () => {
  const shop = new FixtureShop();
  let session: ExtensionSession;

  beforeAll(async () => {
    shop.addLive(hoodie());
    session = await launchWithExtension(shop);
  });
  afterAll(async () => session?.close());

  it('can neither read the panel nor click it (finding 1)', async () => {
    const page = await session.context.newPage();
    await spyOnExtension(page);
    await page.goto(ITEM);
    const { frame, badge } = await panelBadge(page);
    // The shopper sees the verdict...
    await expect.poll(() => frame.getByTestId('panel-count').textContent()).toMatch(/个陷阱/);
    // ...the page sees none of it.
    expect(await textThePageReaches(page)).not.toMatch(/个陷阱|别买|可以等|现在买|返场雷达/);

    // Scripted clicks on the host, on what sits at its centre, and on any button in a root the page holds.
    await page.evaluate(async () => {
      const w = window as unknown as { roots: ShadowRoot[] };
      const host = document.querySelector('fanchang-radar-panel')!;
      const r = host.getBoundingClientRect();
      const atCentre = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      for (const el of [host, atCentre]) {
        (el as HTMLElement | null)?.click();
        el?.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: r.left + 10, clientY: r.top + 10 }));
      }
      const roots = [...w.roots, ...Array.from(document.querySelectorAll('*'), (el) => el.shadowRoot).filter((x) => x !== null)];
      for (const testId of ['panel-badge', 'panel-dismiss']) {
        for (const root of roots) root.querySelector<HTMLElement>(`[data-testid="${testId}"]`)?.click();
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
    });
    expect(await badge.getAttribute('aria-expanded')).toBe('false');
    await page.reload();
    await panelBadge(page);
    await page.close();
  });

  it('learns nothing from "content script started", and a forged one stops no reader (finding 1)', async () => {
    const page = await session.context.newPage();
    await spyOnExtension(page);
    await page.goto(ITEM);
    await panelBadge(page);
    const seen = await page.evaluate(() => (window as unknown as { seenMessages: string[] }).seenMessages);
    expect(seen.filter((m) => m.includes(session.extensionId))).toEqual([]);

    // The extension id of a store extension is public: the page forges the announcement anyway.
    await page.evaluate((id) => {
      for (const name of ['product-jd', 'panel']) {
        const type = `${id}:${name}:wxt:content-script-started`;
        document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: name, messageId: 'forged' } }));
        postMessage({ type, contentScriptName: name, messageId: 'forged' }, '*');
      }
    }, session.extensionId);
    // The reader still reads: the page's price changes, and the stored product follows.
    await page.evaluate(() => (document.querySelector('.p-price .price')!.textContent = '123.00'));
    await waitUntil(
      'the reader to store the new price',
      async () => (await productRow(session))?.snapshot.price,
      (p) => p === 123,
      {
        timeoutMs: 15_000,
      },
    );
    await page.close();
  });

  it('cannot have its content script ask for the store, delete it or start checks (finding 4)', async () => {
    const page = await session.context.newPage();
    await page.goto(ITEM);
    await panelBadge(page);
    const before = await readStore<ProductRow>(session, 'products');
    for (const [type, data] of [
      ['exportBackup', undefined],
      ['deleteAllData', undefined],
      ['importBackup', { json: '{}' }],
      ['checkWatchesNow', {}],
      ['listWatches', {}],
      ['getWatchlist', undefined],
      ['getProductView', { site: 'jd', itemId: '100038004353' }],
      ['getPanelView', undefined],
    ] as const) {
      const answer = await sendFromContentScript(page, type, data);
      expect(answer.res, type).toBeUndefined();
      expect(answer.err?.message, type).toMatch(/refused/);
    }
    expect(await readStore<ProductRow>(session, 'products')).toEqual(before);
    await page.close();
  });

  it('cannot write another product, another shop’s, or a schema.org product of another origin (findings 3, 4)', async () => {
    const page = await session.context.newPage();
    await page.goto(ITEM);
    await panelBadge(page);
    const mine = (await productRow(session))!.snapshot as unknown as ProductSnapshot;
    const forged: ProductSnapshot[] = [
      { ...mine, itemId: '100009464821', url: 'https://item.jd.com/100009464821.html', price: 0.5 },
      { ...mine, site: 'taobao' as const, itemId: '6001', url: 'https://item.taobao.com/item.htm?id=6001', price: 0.5 },
      {
        ...mine,
        site: 'schema-org' as const,
        itemId: 'https://www.example-shop.test#100038004353',
        url: 'https://www.example-shop.test/p/1',
        price: 0.5,
      },
      { ...mine, url: 'https://evil.example/100038004353.html', price: 0.5 },
    ];
    for (const snapshot of forged) {
      const answer = await sendFromContentScript(page, 'ingestReading', readingText({ snapshot, texts: null }));
      expect(answer.res, snapshot.url).toMatchObject({ ok: false, error: expect.stringMatching(/not this tab's product/) });
      const add = await sendFromContentScript(page, 'recordCartAdd', {
        product: { snapshot, texts: null },
        skuId: null,
        quantity: 1,
        price: 0.5,
      });
      expect(add.res, snapshot.url).toMatchObject({ ok: false });
    }
    const keys = (await readStore<ProductRow>(session, 'products')).map((p) => p.key);
    expect(keys).toEqual([KEY]);
    expect((await productRow(session))!.snapshot.price).not.toBe(0.5);
    // A cart page's import from a product page is refused too.
    const cart = await sendFromContentScript(page, 'importCartPage', {
      lines: [{ site: 'jd', itemId: '100009464821', skuId: null, price: 1, quantity: 1 }],
    });
    expect(cart.res).toMatchObject({ ok: false });
    await page.close();
  });

  it('cannot flood the store with forged location changes (finding 5)', async () => {
    const page = await session.context.newPage();
    await page.goto(ITEM);
    await panelBadge(page);
    const runsOf = async () =>
      storedMonths(await readStore<StoredQuarterRow>(session, 'productQuarters'), KEY)
        .flatMap((m) => m.series.filter((s) => s.skuId === ''))
        .reduce((n, s) => n + s.runs.length, 0);
    const before = await runsOf();
    await page.evaluate(async (id) => {
      const type = `${id}:product-jd:wxt:locationchange`;
      const price = document.querySelector('.p-price .price')!;
      for (let i = 0; i < 200; i++) {
        price.textContent = `${(200 + i).toFixed(2)}`;
        dispatchEvent(new Event(type));
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }, session.extensionId);
    // The burst settles into a read or two; give every message in flight its time to land.
    await page.waitForTimeout(2_000);
    const added = (await runsOf()) - before;
    expect(added).toBeGreaterThan(0);
    expect(added).toBeLessThanOrEqual(20);
    await page.close();
  });

  it('cannot make scripted clicks into cart adds, and a real add holds no more than the stock (finding 6)', async () => {
    const page = await session.context.newPage();
    // The hostile page keeps the buy button from leaving the page, so it can click it again and again.
    await page.addInitScript(() =>
      document.addEventListener('click', (e) => {
        if ((e.target as Element | null)?.closest?.('#InitCartUrl')) e.preventDefault();
      }),
    );
    shop.setStock('jd', '100038004353', S_SKU, 4);
    await page.goto(`https://item.jd.com/${S_SKU}.html`);
    await panelBadge(page);
    const productAdds = async () => (await readStore<CartItemRow>(session, 'cartItems')).filter((i) => i.source === 'product-page');
    await page.fill('#buy-num', '9999');
    await page.evaluate(() => {
      for (let i = 0; i < 30; i++) document.querySelector<HTMLElement>('#InitCartUrl')!.click();
    });
    await page.waitForTimeout(1_500);
    expect(await productAdds()).toEqual([]);

    // The shopper's own press counts, bounded by the 4 the page says are left.
    await page.click('#InitCartUrl');
    const [item] = await waitUntil('the real cart add', productAdds, (items) => items.length === 1);
    expect(item).toMatchObject({ productKey: KEY, quantity: 4 });

    // Pressing on and on: at most ten a minute count.
    for (let i = 0; i < 14; i++) await page.click('#InitCartUrl');
    await page.waitForTimeout(1_500);
    expect((await productAdds()).length).toBe(10);
    await page.close();
  });
});
