import { describe, expect, it } from 'vitest';
import { composeAlert } from '../../src/background/watch/alert-text';
import { formatMoney } from '../../src/core/money';
import { money } from '../../src/traps/text';
import { formatMoney as uiMoney } from '../../src/ui/format';
import { formatEvidenceValue } from '../../src/ui/traps-view';
import { translator } from '../../src/ui/i18n';

describe('one money formatter', () => {
  it.each([
    [299, 'CNY', '¥299'],
    [29.9, 'CNY', '¥29.90'],
    [349.99, 'USD', 'US$349.99'],
    [149.99, 'EUR', '€149.99'],
    [12.5, 'CHF', 'CHF 12.50'],
    [-20, 'CNY', '-¥20'],
    [null, 'CNY', '—'],
  ] as const)('%s %s is %s', (amount, currency, shown) => {
    expect(formatMoney(amount, currency)).toBe(shown);
  });

  it('writes US$349.99 the same in a trap, its evidence, a watch alert and the UI', () => {
    const evidence = formatEvidenceValue('promoPrice', 349.99, 'en', translator('en'), { labels: {}, values: {} }, 'USD');
    const alert = composeAlert(
      { kind: 'price', currency: 'USD', productTitle: 'x', sizeLabel: null, priceNow: 349.99, priceThen: null, targetPrice: 349.99 },
      'en',
    ).message;
    for (const shown of [money(349.99, 'USD'), evidence, uiMoney(349.99, 'USD')]) expect(shown).toBe('US$349.99');
    expect(alert).toContain('US$349.99');
  });
});
