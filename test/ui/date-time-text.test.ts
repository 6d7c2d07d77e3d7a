import { describe, expect, it } from 'vitest';
import { localToText, textToLocal, textToTime } from '../../src/ui/options/date-time-text';

describe('dates and times typed in the UI language', () => {
  it('shows a stored time as the language writes it, never mm/dd/yyyy', () => {
    expect(localToText('2026-03-04T20:00', 'zh')).toBe('2026-03-04 20:00');
    expect(localToText('2026-03-04T20:00', 'en')).toBe('04/03/2026 20:00');
    expect(localToText('', 'en')).toBe('');
  });

  it.each([
    ['2026-03-04 20:00', 'zh', '2026-03-04T20:00'],
    ['2026-3-4 8:05', 'zh', '2026-03-04T08:05'],
    ['2026-03-04T20:00', 'en', '2026-03-04T20:00'],
    ['04/03/2026 20:00', 'en', '2026-03-04T20:00'],
    ['04/03/2026 20:00', 'zh', null],
    ['31/02/2026 20:00', 'en', null],
    ['2026-13-01 10:00', 'zh', null],
    ['2026-03-04 24:00', 'zh', null],
    ['2026-03-04', 'zh', null],
  ] as const)('%s in %s reads as %s', (text, lang, local) => {
    expect(textToLocal(text, lang)).toBe(local);
  });

  it('round-trips in both languages', () => {
    for (const lang of ['zh', 'en'] as const) expect(textToLocal(localToText('2027-11-11T00:00', lang), lang)).toBe('2027-11-11T00:00');
  });

  it.each([
    ['22:00', '22:00'],
    ['8:30', '08:30'],
    ['24:00', null],
    ['10 PM', null],
  ])('time %s is %s', (text, time) => expect(textToTime(text)).toBe(time));
});
