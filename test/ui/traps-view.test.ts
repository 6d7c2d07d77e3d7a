import { describe, expect, it } from 'vitest';
import type { Trap } from '../../src/core/types';
import { translator, type Lang } from '../../src/ui/i18n';
import { EVIDENCE_LABELS, EVIDENCE_VALUES } from '../../src/ui/strings/evidence-labels';
import { countTraps, evidenceRows, formatEvidenceValue, sortTraps } from '../../src/ui/traps-view';

const dictionaries = {
  labels: EVIDENCE_LABELS,
  values: EVIDENCE_VALUES,
  eventName: (id: string, lang: Lang) => (id === '2025-double11-jd' ? (lang === 'zh' ? '双11' : 'Double 11') : null),
};

describe('formatEvidenceValue', () => {
  it.each([
    ['promoPrice', 299, 'zh', '¥299'],
    ['difference', 20.5, 'zh', '¥20.50'],
    ['payAfterDiscount', 180, 'en', '¥180'],
    ['daysLeft', 12, 'zh', '12 天'],
    ['daysLeft', 1, 'en', '1 day'],
    ['limitDays', 30, 'en', '30 days'],
    ['movedLaterHours', 24, 'zh', '24 小时'],
    ['monthsSinceRelease', 14, 'en', '14 months'],
    ['discountPercent', 8, 'zh', '8%'],
    ['quantity', 5, 'zh', '5'],
    ['lowestSkuStock', 86, 'en', '86'],
    ['sizesInRun', 4, 'en', '4'],
    ['expiresOn', '2026-01-10', 'zh', '2026/01/10'],
    ['expiresOn', '2026-01-10', 'en', '10 Jan 2026'],
    ['expiresOn', '2027-08', 'en', 'Aug 2027'],
    ['expiresOn', '2027-08', 'zh', '2027年8月'],
    ['firstSeenAt', '2025-11-12T02:00:00.000Z', 'zh', '11/12 10:00'],
    ['event', '2025-double11-jd', 'zh', '双11'],
    ['event', '2025-double11-jd', 'en', 'Double 11'],
    ['event', 'my-own-event', 'en', 'my-own-event'],
    ['reference', 'cart-add', 'zh', '你的加购价'],
    ['sizesLeft', 'none', 'zh', '无'],
    ['expiryDate', 'not on page', 'en', 'not on the page'],
    ['category', 'food', 'zh', '食品'],
    ['sizeKind', 'bottom', 'en', 'bottoms'],
    ['pageSays', '瑕疵, 不退不换', 'en', '瑕疵, 不退不换'],
  ] as const)('%s = %j reads as %s in %s', (key, value, lang, expected) => {
    expect(formatEvidenceValue(key, value, lang, translator(lang), dictionaries)).toBe(expected);
  });
});

describe('evidenceRows', () => {
  it('labels known keys in the shopper’s language and spells out unknown ones', () => {
    const trap: Trap = {
      id: 'hoarding',
      severity: 'warn',
      title: 't',
      detail: 'd',
      evidence: { quantity: 5, maxUnits: 2, brandNewKey: 3 },
    };
    expect(evidenceRows(trap, 'en', translator('en'), dictionaries)).toEqual([
      { key: 'quantity', label: 'In the cart', value: '5' },
      { key: 'maxUnits', label: 'Two months of use', value: '2' },
      { key: 'brandNewKey', label: 'brand new key', value: '3' },
    ]);
    expect(evidenceRows(trap, 'zh', translator('zh'), dictionaries)[0]!.label).toBe('购物车数量');
  });
});

describe('sortTraps and countTraps', () => {
  const t = (severity: Trap['severity'], id: Trap['id']): Trap => ({ id, severity, title: '', detail: '', evidence: { n: 1 } });
  const traps = [t('good', 'below-promo-price'), t('info', 'threshold-filler'), t('warn', 'no-returns'), t('danger', 'near-expiry')];

  it('orders danger, warn, info, good without changing the input', () => {
    expect(sortTraps(traps).map((x) => x.severity)).toEqual(['danger', 'warn', 'info', 'good']);
    expect(traps[0]!.severity).toBe('good');
  });

  it('counts only what asks for care: danger and warn', () => {
    expect(countTraps(traps)).toBe(2);
    expect(countTraps([])).toBe(0);
  });
});
