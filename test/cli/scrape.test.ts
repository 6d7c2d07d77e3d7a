import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/cli/inputs';
import { runScrape } from '../../src/cli/run-scrape';

const ROOT = resolve(__dirname, '../..');
const PAGE = resolve(ROOT, 'test/cases/jd-hoodie-same-as-promo/page.html');
const URL_ = 'https://item.jd.com/100050000002.html';
const NOW = '2025-11-16T10:00:00+08:00';
const dir = mkdtempSync(join(tmpdir(), 'fanchang-cli-'));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const base = [PAGE, '--url', URL_, '--now', NOW];
const errorOf = (argv: string[]): string => {
  try {
    runScrape(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected an InputError');
};

describe('runScrape', () => {
  it('prints the snapshot, the traps and the verdict', () => {
    const history = file('h.json', JSON.stringify([{ at: '2025-11-11T00:10:00+08:00', price: 299, skuId: '100050000002' }]));
    const cart = file('c.json', JSON.stringify([{ addedAt: '2025-11-11T00:12:00+08:00', price: 299, skuId: '100050000002', quantity: 1 }]));
    const out = JSON.parse(runScrape([...base, '--history', history, '--cart', cart]));
    expect(Object.keys(out)).toEqual(['snapshot', 'traps', 'undetermined', 'verdict']);
    expect(out.snapshot).toMatchObject({ site: 'jd', itemId: '100050000002', price: 299, capturedAt: '2025-11-16T02:00:00.000Z' });
    expect(out.traps.map((t: { id: string }) => t.id)).toContain('same-as-promo-price');
    expect(out.verdict).toMatchObject({ verdict: 'fine-to-wait', timing: { phase: 'platform-fanchang', day: 2 } });
  });

  it('writes English with --lang en', () => {
    const cart = file('c-en.json', JSON.stringify([{ addedAt: '2025-11-11T00:12:00+08:00', price: 299, skuId: '100050000002' }]));
    const out = JSON.parse(runScrape([...base, '--cart', cart, '--lang', 'en']));
    expect(out.traps[0].title).toBe('返场 price = promo price');
    expect(out.verdict.label).toBe('Fine to wait');
  });

  it('takes shopper events over the default calendar', () => {
    const events = file('e.json', JSON.stringify([{ id: '2025-double11-jd', endAt: '2025-11-16T23:59:59+08:00' }]));
    const out = JSON.parse(runScrape([...base, '--events', events]));
    expect(out.verdict.timing).toMatchObject({ phase: 'main' });
  });

  it.each([
    ['no page', ['--url', URL_], /^usage: scrape PAGE\.html/],
    ['no --url', [PAGE], /--url is required/],
    ['a bad URL', [PAGE, '--url', 'item.jd.com'], /--url is not a URL/],
    ['a --now without offset', [PAGE, '--url', URL_, '--now', '2025-11-16 10:00'], /--now is not an ISO time/],
    ['an unknown option', [...base, '--verbose'], /Unknown option '--verbose'/],
    ['a bad --lang', [...base, '--lang', 'fr'], /--lang must be zh or en/],
    ['a JSON file that is not a page report', [file('not-report.json', '{"format":"other"}')], /not a fanchang-radar page report/],
    ['a missing page', ['/nonexistent/page.html', '--url', URL_], /cannot read page \/nonexistent\/page\.html: ENOENT/],
    ['a site no adapter reads', [PAGE, '--url', 'ftp://example.com/x'], /no adapter reads/],
    ['a missing history file', [...base, '--history', '/nonexistent/h.json'], /cannot read history \/nonexistent\/h\.json: ENOENT/],
    ['history that is not JSON', [...base, '--history', file('bad.json', '[{ at: 1 ')], /^history .* is not JSON/],
    [
      'history of the wrong shape',
      [...base, '--history', file('shape.json', '[{"at":"2025-11-11T00:00:00+08:00","price":"299"}]')],
      /^history .* has the wrong shape: 0\.price: /,
    ],
    [
      'history with a time without offset',
      [...base, '--history', file('time.json', '[{"at":"2025-11-11","price":299}]')],
      /wrong shape: 0\.at: expected an ISO time/,
    ],
    [
      'a profile with unknown keys',
      [...base, '--profile', file('p.json', '{"sizes":{"waist":"29"}}')],
      /^profile .* has the wrong shape: sizes\.waist/,
    ],
    [
      'a profile threshold out of range',
      [...base, '--profile', file('p2.json', '{"sizes":{},"thresholds":{"weakDiscountRatio":5}}')],
      /thresholds\.weakDiscountRatio/,
    ],
    [
      'a cart that is an object',
      [...base, '--cart', file('c-obj.json', '{"addedAt":"2025-11-11T00:00:00+08:00","price":1}')],
      /^cart .* has the wrong shape/,
    ],
    [
      'a cart quantity of zero',
      [...base, '--cart', file('c0.json', '[{"addedAt":"2025-11-11T00:00:00+08:00","price":1,"quantity":0}]')],
      /wrong shape: 0\.quantity/,
    ],
    [
      'events out of order',
      [...base, '--events', file('e-bad.json', '[{"id":"2025-double11-jd","endAt":"2025-01-01T00:00:00+08:00"}]')],
      /pre-sale < main < end/,
    ],
  ])('refuses %s with one line', (_what, argv, message) => {
    const text = errorOf(argv);
    expect(text).toMatch(message);
    expect(text).not.toContain('\n');
  });
});

describe('the scrape command', () => {
  const tsx = resolve(ROOT, 'node_modules/.bin/tsx');
  const scrape = resolve(ROOT, 'src/cli/scrape.ts');

  it('exits 2 with one line on stderr for unreadable input, and 0 with JSON otherwise', () => {
    const bad = spawnSync(tsx, [scrape, ...base, '--history', '/nonexistent/h.json'], { encoding: 'utf8', cwd: ROOT });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/^scrape: cannot read history/);

    const good = spawnSync(tsx, [scrape, ...base], { encoding: 'utf8', cwd: ROOT });
    expect(good.status).toBe(0);
    expect(JSON.parse(good.stdout).snapshot.itemId).toBe('100050000002');
  }, 30_000);
});

describe('runScrape --purchases', () => {
  it('a purchase at a higher price inside its window is a price-protect trap with its evidence', () => {
    // The hoodie page sells at ¥299 in a 京东自营 shop; bought two days earlier at ¥329, twice.
    const purchases = file('p.json', JSON.stringify([{ boughtAt: '2025-11-14T09:00:00+08:00', price: 329, quantity: 2 }]));
    const out = JSON.parse(runScrape([...base, '--purchases', purchases]));
    const trap = out.traps.find((t: { id: string }) => t.id === 'price-protect');
    expect(trap).toMatchObject({
      severity: 'good',
      title: '可申请价保，退 ¥60',
      evidence: {
        paidPrice: 329,
        priceNow: 299,
        boughtQuantity: 2,
        claimAmount: 60,
        boughtAt: '2025-11-14T09:00:00+08:00',
        protectionEnd: '2025-11-21T01:00:00.000Z',
        rule: 'jd-self-operated-7d',
        estimated: 'yes',
      },
    });
    expect(trap.evidence.source).toContain('help.jd.com');
  });

  it('is silent outside the window, at the same price, and for bad input says why', () => {
    const old = file('p-old.json', JSON.stringify([{ boughtAt: '2025-11-01T09:00:00+08:00', price: 329 }]));
    const same = file('p-same.json', JSON.stringify([{ boughtAt: '2025-11-14T09:00:00+08:00', price: 299 }]));
    for (const p of [old, same])
      expect(JSON.parse(runScrape([...base, '--purchases', p])).traps.map((t: { id: string }) => t.id)).not.toContain('price-protect');
    expect(errorOf([...base, '--purchases', file('p-bad.json', JSON.stringify([{ boughtAt: 'yesterday', price: 1 }]))])).toMatch(
      /purchases/,
    );
  });
});
