/**
 * Issue 12, finding 10: a cart add during a promo sets up its 返场 reminder by itself. The
 * extension's clock starts in the 双11 main sale; the shopper adds to the cart; then only the clock
 * moves to the 返场, and the reminder comes with nothing else done in between.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlertView } from '../../src/messaging/watch-messages';
import { hoodie } from '../shop/catalog';
import { FixtureShop } from '../shop/fixture-shop';
import { askBackground } from './ask-background';
import { launchWithExtension, setExtensionClock, type ExtensionSession } from './browser';
import { readStore } from './idb';
import { panelBadge } from './panel-frame';
import { waitUntil } from './wait';

/** The evening of 11 Nov 2026, inside JD's 双11 main sale. */
const DURING_PROMO = '2026-11-11T21:00:00+08:00';
/** Just after JD's platform 返场 of 双11 2026 opens (15 Nov, Shanghai). */
const FANCHANG_OPENS = '2026-11-15T00:05:00+08:00';

describe('a cart add during 双11', () => {
  const shop = new FixtureShop();
  let session: ExtensionSession;

  beforeAll(async () => {
    shop.addLive(hoodie());
    session = await launchWithExtension(shop, { now: DURING_PROMO });
  });
  afterAll(async () => session?.close());

  it('brings its 返场 reminder when the 返场 opens, with nothing else happening in between', async () => {
    const page = await session.context.newPage();
    await page.goto('https://item.jd.com/100038004353.html');
    await panelBadge(page);
    await page.click('#InitCartUrl');
    const [item] = await waitUntil(
      'the cart add to be recorded',
      async () => (await readStore<{ promoEventId: string | null }>(session, 'cartItems')).filter((i) => i.promoEventId !== null),
      (items) => items.length === 1,
      { timeoutMs: 15_000 },
    );
    expect(item!.promoEventId).toMatch(/double11/);
    await page.close();

    await setExtensionClock(session.serviceWorker, FANCHANG_OPENS);
    const extensionPage = await session.extensionPage();
    const alerts = await waitUntil(
      'the 返场 reminder, raised by the check alarm alone',
      () => askBackground<AlertView[]>(extensionPage, 'listAlerts', { limit: 10 }),
      (list) => list.some((a) => a.kind === 'fanchang'),
      { timeoutMs: 40_000, intervalMs: 500 },
    );
    expect(alerts.filter((a) => a.kind === 'fanchang')).toHaveLength(1);
  });
});
