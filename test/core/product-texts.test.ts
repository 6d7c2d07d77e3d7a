import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitTexts, TEXT_LIMITS } from '../../src/core/product-texts';
import { checkReading } from '../../src/core/snapshot-schema';
import type { ProductTexts } from '../../src/core/types';
import { blankSnapshot } from '../../src/adapters/snapshot';

const snapshot = () =>
  blankSnapshot('jd', '100012043978', new URL('https://item.jd.com/100012043978.html'), new Date('2026-11-12T10:00:00+08:00'));

const texts = (over: Partial<ProductTexts> = {}): ProductTexts => ({
  expiry: [{ source: 'the parameter list', lines: ['保质期：12个月', '生产日期：2026-03-01'] }],
  categoryPath: ['食品饮料'],
  breadcrumbs: ['食品饮料', '休闲食品'],
  signalText: '仅剩3件',
  offerText: '满199减20',
  ...over,
});

describe('a reading crossing to the background', () => {
  it('keeps a real page’s texts as they are', () => {
    expect(fitTexts(texts())).toEqual(texts());
    expect(checkReading({ snapshot: snapshot(), texts: texts() })).toMatchObject({ ok: true });
    expect(checkReading({ snapshot: snapshot(), texts: null })).toMatchObject({ ok: true });
  });

  it('is refused when its texts run past the limits, and says where', () => {
    const long = texts({ signalText: 'x'.repeat(TEXT_LIMITS.signalText + 1) });
    expect(checkReading({ snapshot: snapshot(), texts: long })).toEqual({
      ok: false,
      error: expect.stringMatching(/^invalid reading at texts\.signalText:/),
    });
    const many = texts({ expiry: [{ source: 'p', lines: Array.from({ length: 11 }, () => 'y'.repeat(TEXT_LIMITS.expiryChars / 10)) }] });
    expect(checkReading({ snapshot: snapshot(), texts: many }).ok).toBe(false);
    expect(checkReading({ snapshot: snapshot() }).ok).toBe(false);
  });

  it('is fitted by the content script so that the background always takes it', () => {
    const line = fc.string({ maxLength: 30_000 });
    fc.assert(
      fc.property(
        fc.record({
          expiry: fc.array(fc.record({ source: fc.string({ maxLength: 100 }), lines: fc.array(line, { maxLength: 40 }) }), {
            maxLength: 6,
          }),
          categoryPath: fc.array(fc.string({ maxLength: 300 }), { maxLength: 30 }),
          breadcrumbs: fc.array(fc.string({ maxLength: 300 }), { maxLength: 30 }),
          signalText: fc.string({ maxLength: 120_000 }),
          offerText: fc.option(fc.string({ maxLength: 60_000 })),
        }),
        (raw) => {
          const fitted = fitTexts(raw);
          expect(checkReading({ snapshot: snapshot(), texts: fitted }).ok).toBe(true);
          // What is kept is a prefix: nothing is reordered or made up.
          expect(raw.signalText.startsWith(fitted.signalText)).toBe(true);
          fitted.expiry.forEach((s, i) => s.lines.forEach((l, j) => expect(raw.expiry[i]!.lines[j]!.startsWith(l)).toBe(true)));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps the first parameter lines of a page that writes too many', () => {
    const lines = ['保质期：12个月', ...Array.from({ length: 2_000 }, (_, i) => `参数${i}：${'值'.repeat(200)}`)];
    const fitted = fitTexts(texts({ expiry: [{ source: 'the parameter list', lines }] }));
    expect(fitted.expiry[0]!.lines[0]).toBe('保质期：12个月');
    expect(fitted.expiry[0]!.lines.length).toBeLessThanOrEqual(TEXT_LIMITS.expiryLines);
  });
});
