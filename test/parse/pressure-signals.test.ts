import { describe, expect, it } from 'vitest';
import { emptySignals } from '../../src/core/types';
import { claimsOnPage, findCountdownText, findSocialProofText, findUpsellOffers, readPageSignals, readSocialClaim } from '../../src/parse';

/** Issue 17: the returns article's upsell, social-proof and loss-framing wording, and look-alikes. */
describe('findUpsellOffers', () => {
  it.each([
    ['同款升级 丝绒哑光口红 ¥239 87%的用户换购了 明星同款', 239, ['明星同款', '87%的用户换购了']],
    ['换购推荐：小金条口红 ￥259.00 爆款', 259, ['爆款']],
    ['3274人已换购 升级款保湿霜 329元', 329, ['3274人已换购']],
    ['Upgrade to Pro Max for $229 — 87% of customers switched', 229, ['87% of customers switched']],
    ['Customers also switched to the Deluxe set, €49.90 · Best seller', 49.9, ['Best seller']],
  ] as const)('%s', (text, price, tags) => {
    expect(findUpsellOffers(text)).toEqual([{ text: expect.any(String) as string, price, tags }]);
  });

  it('reads one offer per line or ；-separated part', () => {
    const offers = findUpsellOffers('同款升级 A款 ¥239 爆款；换购 B款 ¥259 明星同款\n已售 2000+');
    expect(offers.map((o) => o.price)).toEqual([239, 259]);
  });

  it.each([
    ['促销 加价购 满99元另加9.9元即可换购热销商品'],
    ['以旧换新 至高补贴 ¥500'],
    ['同款升级 敬请期待'],
    ['京东价 ¥199 已售 2000+'],
    ['Add-on item: upgrade to gift wrap $5'],
    [''],
  ])('none in %j', (text) => {
    expect(findUpsellOffers(text)).toEqual([]);
  });

  it('travels in readPageSignals', () => {
    expect(readPageSignals('同款升级 丝绒口红 ¥239 爆款').upsellOffers).toHaveLength(1);
    expect(readPageSignals(null).upsellOffers).toEqual([]);
  });
});

describe('loss framing reads as a countdown claim', () => {
  it.each([
    ['退款已到账，您放弃了价值50元的专属权益', '您放弃了价值50元的专属权益'],
    ['为您保留的专属优惠即将失效(满399-100券)', '专属优惠即将失效'],
    ['专属权益即将失效', '专属权益即将失效'],
    ['优惠券即将过期', '优惠券即将过期'],
    ['剩余库存:3件 价格24小时后恢复', '价格24小时后恢复'],
    ['Your exclusive offer is about to expire', 'Your exclusive offer is about to expire'],
    ['You are about to lose your exclusive perks worth $20', 'You are about to lose your exclusive perks worth $20'],
  ])('%s', (text, phrase) => {
    expect(findCountdownText(text)).toBe(phrase);
  });

  it.each(['7天无理由退货', '会员权益说明', '优惠券使用规则', 'Benefits of membership', 'Coupon terms'])('none in %j', (text) => {
    expect(findCountdownText(text)).toBeNull();
  });
});

describe('readSocialClaim: the shop figures, not the platform ones', () => {
  it.each([
    ['87%的用户换购了', 'share', 87, true],
    ['87%的用户换购了该商品', 'share', 87, true],
    ['3274人已换购', 'count', 3274, true],
    ['1.2万人已换购', 'count', 12000, false],
    ['回头客 9999+', 'returning', 9999, false],
    ['回头客 5120', 'returning', 5120, true],
    ['23人正在看', 'activity', 23, true],
    ['87% of customers switched', 'share', 87, true],
    ['12 people are viewing this', 'activity', 12, true],
  ] as const)('%s', (text, kind, value, exact) => {
    expect(readSocialClaim(text)).toMatchObject({ kind, value, exact });
  });

  it.each([
    '已售 2000+',
    '月销 1000+',
    '1000+人付款',
    '已拼10万+件',
    '累计评价 2万+',
    '98%的买家好评',
    '好评率 98%',
    '2K+ bought in past month',
    '120 sold',
    '',
  ])('no claim in %j', (text) => {
    expect(readSocialClaim(text)).toBeNull();
  });

  it('finds "xx人已换购" as the page social proof', () => {
    expect(findSocialProofText('店铺推荐 3274人已换购')).toBe('3274人已换购');
  });

  it('collects the product claim and the tags of recommended items once each', () => {
    const signals = {
      ...emptySignals(),
      socialProofText: '87%的用户换购了',
      upsellOffers: [
        { text: 'a', price: 1, tags: ['87%的用户换购了', '爆款'] },
        { text: 'b', price: 2, tags: ['87%的用户换购了'] },
      ],
    };
    expect(claimsOnPage(signals).map((c) => [c.where, c.claim.figure])).toEqual([
      ['product', 'share:87'],
      ['recommended', 'share:87'],
    ]);
    expect(claimsOnPage({ ...emptySignals(), socialProofText: '已售 2000+' })).toEqual([]);
  });
});

describe('findUpsellOffers on a buy box read as one line', () => {
  it('takes the price right after the cue, not the product price or the list price', () => {
    const line = '京 东 价 ￥ 199.00 [￥299.00] 促 销 满减满200减20 同款升级 丝绒哑光口红 Pro ¥229 87%的用户换购了 明星同款 仅剩3件';
    expect(findUpsellOffers(line)).toEqual([
      { text: '同款升级 丝绒哑光口红 Pro ¥229 87%的用户换购了 明星同款', price: 229, tags: ['明星同款', '87%的用户换购了'] },
    ]);
  });

  it('reads nothing from a line quoting more prices than an offer line holds (a listing, or junk)', () => {
    expect(findUpsellOffers(`换购 ${Array.from({ length: 41 }, (_, i) => `¥${i + 100}`).join(' ')}`)).toEqual([]);
    expect(findUpsellOffers(`换购 ${Array.from({ length: 40 }, (_, i) => `¥${i + 100}`).join(' ')}`).map((o) => o.price)).toEqual([100]);
  });

  it('reads the first priced item after a cue that heads a list', () => {
    expect(findUpsellOffers('换购 A ¥200 B ¥300').map((o) => o.price)).toEqual([200]);
  });

  it('reads an offer once when nested regions repeat it', () => {
    const offer = '同款升级 丝绒哑光口红 Pro ¥229 爆款';
    expect(findUpsellOffers(`京东价 ￥199 [￥299] ${offer}\n${offer}`)).toHaveLength(1);
  });

  it('skips a cue far from any price, and an add-on deal in a long line', () => {
    expect(
      findUpsellOffers('京东价 ￥199 [￥299] 换购 活动规则：每位用户限参与一次，活动商品数量有限，先到先得，详情请见活动页面说明 ¥5'),
    ).toEqual([]);
    expect(findUpsellOffers('京东价 ￥199 [￥299] 换购 满99元另加9.9元即可换购')).toEqual([]);
  });
});
