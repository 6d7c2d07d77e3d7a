import { describe, expect, it } from 'vitest';
import { parseExpiry } from '../../src/parse';
import { EXPIRY_CASES, NOT_EXPIRY } from './expiry.cases';

describe('parseExpiry', () => {
  it.each(EXPIRY_CASES)('%s', (text, expected) => {
    expect(parseExpiry(text)).toEqual(expected);
  });

  it.each(NOT_EXPIRY)('reads nothing from %s', (text) => {
    expect(parseExpiry(text)).toBeNull();
  });

  it('merges every fact of a whole JD parameter list', () => {
    const list = [
      '商品名称：每日坚果750g',
      '生产许可证编号：SC11834152200426',
      '厂名：某某食品有限公司',
      '配料表：腰果、榛子、巴旦木',
      '储藏方法：常温避光保存',
      '保质期：240 天',
      '生产日期：2025.03.01-2025.04.10',
      '净含量：750g',
    ].join('\n');
    expect(parseExpiry(list)).toEqual({
      shelfLife: { value: 240, unit: 'day' },
      producedFrom: '2025-03-01',
      producedTo: '2025-04-10',
    });
  });

  it('keeps the earlier of two stated expiry dates', () => {
    expect(parseExpiry('到期日期：2026-01-18；有效期至2026-01-03')).toEqual({ expiresOn: '2026-01-03' });
  });
});
