import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW } from '../clock';
import { exclusiveOfferCream, honestLipstick, templateClaimPages, upgradeLipstick } from '../shop/pressure-catalog';
import { FixtureShop } from '../shop/fixture-shop';
import { launchWithExtension, setExtensionClock, type ExtensionSession } from './browser';
import { readStore } from './idb';
import { panelBadge } from './panel-frame';
import { waitUntil } from './wait';

const LIPSTICK = 'https://item.jd.com/100090170017.html';
const CREAM = 'https://item.jd.com/100090170019.html';
const HONEST = 'https://item.jd.com/100090170018.html';
const DAY_MS = 86_400_000;

async function visit(session: ExtensionSession, url: string): Promise<void> {
  const page = await session.context.newPage();
  await page.goto(url);
  // The content script has stored the page once the panel asks about it.
  await panelBadge(page);
  await page.close();
}

/** The popup's trap cards for a product: id, severity and evidence text. */
async function trapsShown(session: ExtensionSession, url: string) {
  const popup = await session.openPopup(url);
  await popup.getByTestId('verdict').waitFor({ timeout: 20_000 });
  const traps: Array<{ id: string | null; severity: string | null; text: string | null }> = [];
  // One trap's evidence shows at a time: open each card in turn, then read it.
  for (const card of await popup.getByTestId('trap').all()) {
    if ((await card.getAttribute('data-open')) !== 'true') await card.getByTestId('trap-toggle').click();
    await card.locator('.trap-body').waitFor();
    traps.push({
      id: await card.getAttribute('data-trap'),
      severity: await card.getAttribute('data-severity'),
      text: await card.textContent(),
    });
  }
  await popup.close();
  return traps;
}

describe('the returns article’s pressure tactics, seen through in Chromium (issue 17)', () => {
  const shop = new FixtureShop();
  let session: ExtensionSession;

  beforeAll(async () => {
    shop.addLive(upgradeLipstick());
    for (const p of templateClaimPages()) shop.addLive(p);
    shop.addLive(exclusiveOfferCream());
    shop.addLive(honestLipstick());
    session = await launchWithExtension(shop, { now: TEST_NOW });
  });
  afterAll(async () => session?.close());

  it('shows the upgrade pushed beside a carted lipstick, and its 87% as a template figure seen on unrelated products', async () => {
    for (const p of templateClaimPages()) await visit(session, `https://item.jd.com/${p.itemId}.html`);
    const page = await session.context.newPage();
    await page.goto(LIPSTICK);
    await page.waitForFunction(() => Boolean(document.querySelector('.p-price .price')?.textContent));
    await page.click('#InitCartUrl');
    await waitUntil(
      'the lipstick cart add',
      () => readStore<{ productKey: string }>(session, 'cartItems'),
      (rows) => rows.some((r) => r.productKey === 'jd:100090170017'),
      { timeoutMs: 15_000 },
    );
    await page.close();
    await visit(session, LIPSTICK);

    const traps = await trapsShown(session, LIPSTICK);
    const upsell = traps.find((t) => t.id === 'upsell-pressure');
    expect(upsell?.text).toContain('¥229');
    expect(upsell?.text).toContain('¥30');
    const social = traps.find((t) => t.id === 'social-proof');
    expect(social).toMatchObject({ severity: 'warn' });
    expect(social?.text).toContain('87%的用户换购了');
    const claims = await readStore<{ productKey: string; figure: string }>(session, 'claimSightings');
    expect(new Set(claims.filter((c) => c.figure === 'share:87').map((c) => c.productKey)).size).toBe(3);
  });

  it('flags the same 87% on the unrelated pages too, with no upgrade to push there', async () => {
    const traps = await trapsShown(session, 'https://item.jd.com/100090170021.html');
    expect(traps.find((t) => t.id === 'social-proof')).toMatchObject({ severity: 'warn' });
    expect(traps.find((t) => t.id === 'upsell-pressure')).toBeUndefined();
  });

  it('flags an "exclusive offer" that is still "about to expire" four days later, and not on the first day', async () => {
    await visit(session, CREAM);
    expect((await trapsShown(session, CREAM)).find((t) => t.id === 'fake-countdown')).toBeUndefined();
    await setExtensionClock(session.serviceWorker, new Date(Date.parse(TEST_NOW) + 4 * DAY_MS).toISOString());
    await visit(session, CREAM);
    const countdown = (await trapsShown(session, CREAM)).find((t) => t.id === 'fake-countdown');
    expect(countdown).toMatchObject({ severity: 'warn' });
    expect(countdown?.text).toContain('专属优惠即将失效');
  });

  it('stays silent on a carted page with only a platform sales figure, a review count and a deadline that holds', async () => {
    const page = await session.context.newPage();
    await page.goto(HONEST);
    await page.waitForFunction(() => Boolean(document.querySelector('.p-price .price')?.textContent));
    await page.click('#InitCartUrl');
    await waitUntil(
      'the honest lipstick cart add',
      () => readStore<{ productKey: string }>(session, 'cartItems'),
      (rows) => rows.some((r) => r.productKey === 'jd:100090170018'),
      { timeoutMs: 15_000 },
    );
    await page.close();
    await visit(session, HONEST);
    const ids = (await trapsShown(session, HONEST)).map((t) => t.id);
    expect(ids).toContain('same-as-promo-price');
    for (const id of ['social-proof', 'upsell-pressure', 'fake-countdown', 'fake-scarcity']) expect(ids).not.toContain(id);
  });
});
