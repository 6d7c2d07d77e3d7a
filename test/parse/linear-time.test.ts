import { describe, expect, it } from 'vitest';
import { parseJsLiteral } from '../../src/adapters/js-literal';
import { findDates, parseExpiry, parseOffers, parsePrice, readPageSignals } from '../../src/parse';
import fc from 'fast-check';
import { boundRuns, foldBlanks } from '../../src/parse/bounded-runs';

/** The fastest of a few runs: the least disturbed by the machine's other work. */
function fastest(run: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * Text a hostile page writes to make parsers backtrack: long digit runs, seas of blanks, runs of
 * Chinese numerals, offer words repeated. Each at n and 8n characters.
 */
const HOSTILE: Record<string, (n: number) => string> = {
  digits: (n) => `满${'1'.repeat(n)}`,
  yuan: (n) => `¥${'9'.repeat(n)}元`,
  blanks: (n) => `满300${' '.repeat(n)}x`,
  numerals: (n) => `满${'二'.repeat(n)}`,
  dotted: (n) => '1.'.repeat(n / 2),
  offers: (n) => '满1减'.repeat(n / 3),
};

const PARSERS: Record<string, (text: string) => unknown> = { parseOffers, parsePrice, parseExpiry, readPageSignals, findDates };

describe('the text parsers run in time linear in their input', () => {
  // Quadratic parsing would take 64 times longer on 8 times the text; linear about 8. The bound
  // sits far from both, and the base is floored so a sub-millisecond base cannot make noise count.
  for (const [parser, parse] of Object.entries(PARSERS)) {
    for (const [shape, make] of Object.entries(HOSTILE)) {
      it(`${parser} on ${shape}`, () => {
        const small = make(600);
        const large = make(4800);
        parse(small);
        const ratio =
          fastest(() => parse(large)) /
          Math.max(
            fastest(() => parse(small)),
            0.5,
          );
        expect(ratio).toBeLessThan(24);
      });
    }
  }
});

describe('boundRuns', () => {
  it('keeps real amounts, dates and barcodes, and folds runs no page writes for real', () => {
    expect(boundRuns('¥1,234,567.00 生产日期2025-11-11 条码 6901234567892')).toBe('¥1,234,567.00 生产日期2025-11-11 条码 6901234567892');
    expect(boundRuns(`满${'1'.repeat(40)}减20`)).toBe('满…减20');
    expect(boundRuns(`a${' '.repeat(50)}\n\tb`)).toBe('a b');
  });

  // The patterns the folding loop stands for, applied in turn.
  const NUMBER_RUN = /[0-9.,'，。]{25,}/g;
  const NUMERAL_RUN = /[一二两三四五六七八九十百千万零〇]{9,}/g;
  const BLANK_RUN = /\s{2,}/g;
  /** Texts made of the characters the folding looks at, in runs of any length, and others. */
  const texts = fc
    .array(
      fc.tuple(
        fc.constantFrom(
          '1',
          '.',
          ',',
          "'",
          '，',
          '。',
          '一',
          '〇',
          '万',
          ' ',
          '\n',
          '\t',
          '\u3000',
          '\u00a0',
          '\u1680',
          '\u2005',
          '\u202f',
          '\u2028',
          '\ufeff',
          'a',
          '满',
          '…',
          '😀',
        ),
        fc.nat(40),
      ),
      { maxLength: 30 },
    )
    .map((runs) => runs.map(([ch, n]) => ch.repeat(n)).join(''));

  it('folds as the three patterns do, applied in turn', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(boundRuns(text)).toBe(text.replace(NUMBER_RUN, '…').replace(NUMERAL_RUN, '…').replace(BLANK_RUN, ' '));
        expect(foldBlanks(text)).toBe(text.replace(/\s+/g, ' '));
      }),
      { numRuns: 500 },
    );
  });
});

describe('the tolerant literal reader on hostile nesting', () => {
  it('reads a chain of 100,000 `!` without recursing', () => {
    expect(parseJsLiteral(`{"a":${'!'.repeat(100_000)}1}`)?.value).toEqual({ a: true });
    expect(parseJsLiteral(`{"a":${'!'.repeat(99_999)}1}`)?.value).toEqual({ a: false });
  });

  it('stops at its depth limit on 100,000 brackets, and says the literal was not complete', () => {
    const parsed = parseJsLiteral(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(parsed?.value).toBeDefined();
    expect(JSON.stringify(parsed?.value).length).toBeLessThan(200);
  });
});
