import { describe, expect, it } from 'vitest';
import { composeAlert, heldNote, type AlertFacts } from '../../../src/background/watch/alert-text';

const title = '连帽加绒卫衣男 冬季宽松潮牌 双11返场补货';

describe('composeAlert', () => {
  it.each<[string, AlertFacts, string, string[], string[]]>([
    [
      'restock, zh',
      { kind: 'restock', currency: 'CNY', productTitle: title, sizeLabel: 'M', priceNow: 289, priceThen: 299 },
      'zh',
      ['到货了', '连帽加绒卫衣男'],
      ['M 码有货了', '现价 ¥289', '缺货前 ¥299'],
    ],
    [
      'restock, en',
      { kind: 'restock', currency: 'CNY', productTitle: title, sizeLabel: 'M', priceNow: 299, priceThen: 299 },
      'en',
      ['Back in stock'],
      ['Size M', 'now ¥299'],
    ],
    [
      'price back to promo, zh',
      { kind: 'price', currency: 'CNY', productTitle: title, sizeLabel: 'M', priceNow: 279, priceThen: 329, targetPrice: 279 },
      'zh',
      ['回到大促价'],
      ['现价 ¥279', '之前 ¥329', '大促价 ¥279'],
    ],
    [
      'price below promo, zh',
      { kind: 'price', currency: 'CNY', productTitle: title, sizeLabel: null, priceNow: 259.5, priceThen: null, targetPrice: 279 },
      'zh',
      ['低于大促价'],
      ['现价 ¥259.50', '大促价 ¥279'],
    ],
    [
      'price, en',
      { kind: 'price', currency: 'CNY', productTitle: title, sizeLabel: 'M', priceNow: 279, priceThen: 329, targetPrice: 279 },
      'en',
      ['Back to the promo price'],
      ['now ¥279', 'was ¥329', 'promo price ¥279'],
    ],
    [
      '返场 started, zh',
      {
        kind: 'fanchang',
        currency: 'CNY',
        productTitle: title,
        sizeLabel: 'L',
        eventName: '双11',
        eventNameEn: 'Double 11',
        phase: 'platform-fanchang',
        day: 1,
        cartPrice: 279,
        priceNow: 299,
      },
      'zh',
      ['双11平台返场第1天开始了'],
      ['加购价 ¥279', '现价 ¥299', 'L'],
    ],
    [
      'store 返场, en',
      {
        kind: 'fanchang',
        currency: 'CNY',
        productTitle: title,
        sizeLabel: null,
        eventName: '双11',
        eventNameEn: 'Double 11',
        phase: 'store-fanchang',
        day: null,
        cartPrice: 279,
        priceNow: null,
      },
      'en',
      ['Double 11 store re-run'],
      ['added to cart at ¥279'],
    ],
    [
      'login wall, zh',
      { kind: 'host-blocked', site: 'jd', host: 'item.jd.com', reason: 'login' },
      'zh',
      ['请打开一次京东页面'],
      ['要求登录', 'item.jd.com'],
    ],
    [
      'anti-bot, en',
      { kind: 'host-blocked', site: 'taobao', host: 'item.taobao.com', reason: 'anti-bot' },
      'en',
      ['Please open a Taobao page once'],
      ['security check', 'item.taobao.com'],
    ],
  ])('%s', (_label, facts, lang, inTitle, inMessage) => {
    const text = composeAlert(facts, lang as 'zh' | 'en');
    for (const part of inTitle) expect(text.title).toContain(part);
    for (const part of inMessage) expect(text.message).toContain(part);
  });

  it('shortens long titles so the numbers stay visible', () => {
    const text = composeAlert(
      { kind: 'restock', currency: 'CNY', productTitle: title.repeat(3), sizeLabel: 'M', priceNow: 1, priceThen: null },
      'zh',
    );
    expect(text.title.length).toBeLessThanOrEqual(4 + 24);
    expect(text.title.endsWith('…')).toBe(true);
  });
});

describe('money in alerts and heldNote', () => {
  it('writes a shop’s own currency as the popup does, not as yuan', () => {
    const text = composeAlert(
      {
        kind: 'price',
        currency: 'USD',
        productTitle: 'Headphones',
        sizeLabel: null,
        priceNow: 349.99,
        priceThen: 399,
        targetPrice: 349.99,
      },
      'en',
    );
    expect(text.message).toContain('now US$349.99');
    expect(text.message).toContain('promo price US$349.99');
    expect(text.message).not.toContain('¥');
  });

  it('says when a held alert was found, in the shopper’s time', () => {
    const found = new Date('2026-11-12T02:13:00+08:00');
    expect(heldNote(found, 'zh', 'Asia/Shanghai')).toContain('02:13 发现');
    expect(heldNote(found, 'en', 'Asia/Shanghai')).toContain('found at 02:13');
  });
});
