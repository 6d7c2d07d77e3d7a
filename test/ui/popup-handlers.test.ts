import { describe, expect, it, vi } from 'vitest';
import type { Site } from '../../src/core/types';
import { dismissPanel, panelView, type PanelContext } from '../../src/background/popup-handlers';
import { DEFAULT_PROMO_EVENTS } from '../../src/promo';
import { watchlistView } from '../../src/ui/popup/extension-client';
import type { WatchlistGroup } from '../../src/store';
import { hoodieView } from './fixtures';

function context(hidden: Site[] = []): PanelContext & { saved: Site[][] } {
  const { view } = hoodieView('en');
  const saved: Site[][] = [];
  return {
    saved,
    lookUp: vi.fn(async ({ itemId }) =>
      itemId === view.snapshot.itemId ? { status: 'found' as const, view } : { status: 'not-seen' as const, site: 'jd', itemId },
    ),
    dismissedSites: async () => hidden,
    saveDismissedSites: async (sites) => void saved.push(sites),
    lang: async () => 'en',
    events: async () => DEFAULT_PROMO_EVENTS,
  };
}

describe('panelView', () => {
  it('sends the verdict, the traps, the language and the names of the events the evidence cites', async () => {
    const view = await panelView(context(), { site: 'jd', itemId: '100038004353' });
    if (view.status !== 'show') throw new Error(view.status);
    expect(view.verdict?.verdict).toBe('skip');
    expect(view.traps.map((t) => t.id)).toContain('size-run');
    expect(view.lang).toBe('en');
    expect(view.eventNames['2025-double11-jd']).toEqual({ zh: '双11', en: 'Double 11' });
    expect(Object.keys(view.eventNames)).toHaveLength(1);
  });

  it('says hidden on a site the shopper hid it on, without reading the product', async () => {
    const ctx = context(['jd']);
    expect(await panelView(ctx, { site: 'jd', itemId: '100038004353' })).toEqual({ status: 'hidden' });
    expect(ctx.lookUp).not.toHaveBeenCalled();
  });

  it('says not seen for a product the store does not have', async () => {
    expect(await panelView(context(), { site: 'jd', itemId: '1' })).toEqual({ status: 'not-seen' });
  });
});

describe('dismissPanel', () => {
  it('adds the site once', async () => {
    const ctx = context(['taobao']);
    await dismissPanel(ctx, 'jd');
    expect(ctx.saved).toEqual([['taobao', 'jd']]);
    const again = context(['jd']);
    await dismissPanel(again, 'jd');
    expect(again.saved).toEqual([]);
  });
});

describe('watchlistView', () => {
  it('takes the promo price the store worked out, or the cart-add price when it could not', () => {
    const base = {
      cartItemIds: [1],
      productKey: 'jd:1',
      site: 'jd' as const,
      itemId: '1',
      skuId: null,
      title: 't',
      shop: null,
      image: null,
      url: null,
      currency: 'CNY',
      quantity: 1,
      priceAtAdd: 309,
      addedAt: '2025-11-11T02:00:00.000Z',
      nowPrice: 299,
      mySize: { label: 'M', inStock: false, stock: 0 },
      trapCount: null,
    };
    const groups: WatchlistGroup[] = [
      {
        eventId: 'e',
        name: '双11',
        nameEn: 'Double 11',
        phase: 'store-fanchang',
        endAt: null,
        items: [
          {
            ...base,
            promoPrice: { kind: 'known', lowestSeen: null, cartAdd: { price: 299, at: base.addedAt }, reference: 'cart-add', price: 299 },
          },
          { ...base, itemId: '2', promoPrice: { kind: 'not-enough-history' } },
        ],
      },
    ];
    const [group] = watchlistView(groups);
    expect(group!.phase).toBe('store-fanchang');
    expect(group!.items.map((i) => i.promoPrice)).toEqual([299, 309]);
    expect(group!.items[0]!.mySize).toEqual({ label: 'M', inStock: false });
    expect(group!.items[0]!.trapCount).toBeNull();
  });
});
