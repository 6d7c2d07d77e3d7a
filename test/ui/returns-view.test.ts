import { describe, expect, it } from 'vitest';
import type { PurchaseView } from '../../src/messaging/protect-messages';
import { DEFAULT_PROMO_EVENTS, promoCalendar } from '../../src/promo';
import type { WatchlistGroupView } from '../../src/ui/home-types';
import { returnsView } from '../../src/ui/returns-view';
import { TEST_NOW } from '../clock';
import { CARTED_HOODIE, purchaseView } from './fixtures';

const now = new Date(TEST_NOW);
const events = promoCalendar(now, DEFAULT_PROMO_EVENTS);

let nextId = 1;
function bought(over: Partial<PurchaseView>): PurchaseView {
  return purchaseView({
    id: nextId++,
    skuId: null,
    title: '面霜',
    quantity: 1,
    window: null,
    noWindow: 'no-rule',
    priceNow: 359,
    claimAmount: null,
    productUrl: null,
    ...over,
  });
}

const cartDouble11: WatchlistGroupView = {
  eventId: '2026-double11-jd',
  name: '双11',
  nameEn: 'Double 11',
  phase: 'platform-fanchang',
  items: [CARTED_HOODIE],
};

describe('returnsView: purchases beside the carted items of their promo', () => {
  it('puts a purchase made in a promo under that promo, beside its cart items', () => {
    const p = bought({ orderedAt: '2026-11-11T02:00:00.000Z' });
    const [group, ...rest] = returnsView([cartDouble11], [p], events, now);
    expect(rest).toEqual([]);
    expect(group).toMatchObject({ kind: 'promo', eventId: '2026-double11-jd', name: '双11', phase: 'platform-fanchang' });
    expect(group!.carted.map((i) => i.itemId)).toEqual(['100038004353']);
    expect(group!.bought.map((b) => b.id)).toEqual([p.id]);
  });

  it('uses the site’s own event: a Tmall purchase on the same day goes to Tmall’s 双11, not JD’s', () => {
    const p = bought({ site: 'tmall', orderedAt: '2026-10-25T04:00:00.000Z' });
    const groups = returnsView([cartDouble11], [p], events, now);
    // Both end together: the tie goes by id, as the watchlist breaks it.
    expect(groups.map((g) => g.eventId)).toEqual(['2026-double11-jd', '2026-double11-tmall']);
    // A group made for purchases alone says where its promo stands now, as cart groups do.
    expect(groups[1]).toMatchObject({ name: '双11', phase: 'platform-fanchang', carted: [] });
  });

  it('counts a purchase in the promo’s 返场 as that promo’s (the rule cart adds follow)', () => {
    const p = bought({ orderedAt: '2026-11-15T04:00:00.000Z' });
    expect(returnsView([], [p], events, now).map((g) => g.eventId)).toEqual(['2026-double11-jd']);
  });

  it('puts purchases outside every promo in a last “other” group', () => {
    const outside = bought({ orderedAt: '2026-09-01T04:00:00.000Z' });
    const groups = returnsView([cartDouble11], [outside], events, now);
    expect(groups.map((g) => g.kind)).toEqual(['promo', 'other']);
    expect(groups[1]!.bought).toEqual([outside]);
  });

  it('shows open claims first, largest first, then open, claimed and dismissed purchases', () => {
    const watched = bought({ orderedAt: '2026-11-12T02:00:00.000Z' });
    const small = bought({ claimAmount: 10, orderedAt: '2026-11-13T02:00:00.000Z' });
    const large = bought({ claimAmount: 60, orderedAt: '2026-11-10T02:00:00.000Z' });
    const claimed = bought({ status: 'claimed', claimedAmount: 20, orderedAt: '2026-11-14T02:00:00.000Z' });
    const dismissed = bought({ status: 'dismissed', claimAmount: 30, orderedAt: '2026-11-14T03:00:00.000Z' });
    const [group] = returnsView([], [dismissed, claimed, watched, small, large], events, now);
    expect(group!.bought.map((b) => b.id)).toEqual([large.id, small.id, watched.id, claimed.id, dismissed.id]);
  });

  it('puts a promo with an open claim first, then the latest promo first', () => {
    const june = bought({ orderedAt: '2026-06-10T04:00:00.000Z', claimAmount: 15 });
    const november = bought({ orderedAt: '2026-11-11T04:00:00.000Z' });
    const outsideWithClaim = bought({ orderedAt: '2026-09-01T04:00:00.000Z', claimAmount: 5 });
    const groups = returnsView([cartDouble11], [november, june, outsideWithClaim], events, now);
    expect(groups.map((g) => (g.kind === 'other' ? 'other' : g.eventId))).toEqual(['2026-618-jd', 'other', '2026-double11-jd']);
  });

  it('keeps cart groups as they are when nothing was bought, and shows nothing for nothing', () => {
    expect(returnsView([], [], events, now)).toEqual([]);
    const [group] = returnsView([cartDouble11], [], events, now);
    expect(group).toMatchObject({ eventId: '2026-double11-jd', carted: cartDouble11.items, bought: [] });
  });
});
