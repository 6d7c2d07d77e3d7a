import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerWatches } from '../../../src/background/watch/register';
import { handleIngest } from '../../../src/background/ingest-message';
import { CHECK_ALARM } from '../../../src/background/watch/schedule';
import type { WatchService } from '../../../src/background/watch/service';
import { hoodie } from '../../shop/catalog';
import { contentScriptSender, popupSender, sendAs } from '../send-as';
import { advance, makeWorld, visit, type TestWorld } from './harness';
import { readingText } from '../../../src/core/reading-text';

const S_PAGE = 'https://item.jd.com/100038004353.html';
const M = '100038004354';

const send = <T>(type: string, data?: unknown) => sendAs<T>(popupSender(), type, data);

describe('the watch feature wired to the (fake) browser', () => {
  let world: TestWorld;
  let service: WatchService;

  beforeAll(async () => {
    world = makeWorld();
    world.shop.addLive(hoodie());
    const { db, ...parts } = world.ctx;
    service = registerWatches(db, parts);
    await visit(world, S_PAGE);
  });

  it('answers the popup’s messages', async () => {
    const made = await send<{ ok: boolean; watch: { id: number } }>('createWatch', {
      kind: 'restock',
      productKey: 'jd:100038004353',
      skuId: M,
    });
    expect(made.ok).toBe(true);
    const list = await send<{ watches: Array<{ skuId: string }> }>('listWatches');
    expect(list.watches.map((w) => w.skuId)).toEqual([M]);
    await service.scheduleNextRound();
    expect(await fakeBrowser.alarms.get(CHECK_ALARM)).toBeDefined();
  });

  it('refuses them to a content script, even on the watched product’s own page', async () => {
    await expect(sendAs(contentScriptSender(S_PAGE), 'listWatches')).rejects.toThrow(/refused/);
    await expect(sendAs(contentScriptSender(S_PAGE), 'checkWatchesNow', {})).rejects.toThrow(/refused/);
  });

  it('runs a round when the check alarm fires, and opens the page when the notification is clicked', async () => {
    world.shop.setStock('jd', '100038004353', M, 4);
    advance(world, 31);
    await fakeBrowser.alarms.onAlarm.trigger({ name: CHECK_ALARM, scheduledTime: world.clock.now.getTime(), persistAcrossSessions: true });
    await expect.poll(() => Object.keys(fakeBrowser.notifications.getAllCreateOptions()).length).toBe(1);
    const [id] = Object.keys(fakeBrowser.notifications.getAllCreateOptions());
    await fakeBrowser.notifications.onClicked.trigger(id!);
    await expect.poll(async () => (await fakeBrowser.tabs.query({})).map((t) => t.url)).toContain(`https://item.jd.com/${M}.html`);
  });

  it('counts a stored visit to the watched page as its check', async () => {
    world.shop.setStock('jd', '100038004353', M, 0);
    advance(world, 5);
    const snapshot = await visit(world, `https://item.jd.com/${M}.html`);
    const ingested = await handleIngest(
      world.db,
      readingText({ snapshot, texts: null }),
      { events: async () => [], now: () => world.clock.now },
      (s) => service.observeSnapshot(s),
    );
    expect(ingested.ok).toBe(true);
    await expect
      .poll(async () => (await send<{ watches: Array<{ lastAvailable: boolean | null }> }>('listWatches')).watches[0]?.lastAvailable)
      .toBe(false);
  });
});
