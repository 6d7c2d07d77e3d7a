import { describe, expect, it } from 'vitest';
import { regionText } from '../../src/adapters/page';
import { judgeSnapshot } from '../../src/traps/judge';
import { parseHtml, readFixture, snapshotOf } from './load-page';

/** Words in other products' cards, other buyers' reviews or the shop's banner are not this product's. */
describe('regions skip modules that are not about the product', () => {
  it('reads the region without its nested recommendation, review and banner modules', () => {
    const doc = parseHtml(`<html><body><div id="summary">支持7天无理由退货
      <div class="recommend-list">清仓 瑕疵特价</div>
      <div class="comment-item">买到残次品，不退不换</div>
      <div class="shop-banner">全场清仓</div>
      <span>正品保障</span></div>
      <div class="guess-you-like"><div id="summary-2">临期瑕疵</div></div></body></html>`);
    expect(regionText(doc, ['#summary', '#summary-2'])).toBe('支持7天无理由退货 正品保障');
  });

  it('a JD page with defect words in a review, a banner and a recommended item gives no defect-goods trap', () => {
    const html = readFixture('jd', 'desktop-food.html').replace(
      '<div id="summary-promotion" class="summary-promotion">',
      `<div class="comment-list"><p>收到有瑕疵，残次品</p></div><div class="shop-banner">清仓大甩卖</div>
       <div class="recommend"><p>瑕疵特价 仅剩1件</p></div><div id="summary-promotion" class="summary-promotion">`,
    );
    const s = snapshotOf(html, 'https://item.jd.com/100009464821.html');
    expect(s.signals.defectWords).toEqual([]);
    expect(s.signals.lowStockText).not.toBe('仅剩1件');
    const traps = judgeSnapshot(s, { now: new Date('2025-06-20T12:00:00+08:00') }).traps.map((t) => t.id);
    expect(traps).not.toContain('defect-goods');
  });
});
