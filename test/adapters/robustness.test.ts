import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../src/adapters';
import type { SiteAdapter } from '../../src/adapters/types';
import { FIXTURES, NOW, parseHtml, PRODUCT_URL_OF as URL_OF, readFixture, snapshotInvariantErrors } from './load-page';
import { interpretReading } from '../../src/adapters/interpret';
import { readToEnd } from '../../src/adapters/read';

const MOBILE_JD = 'https://item.m.jd.com/product/100016034388.html';

const pages = ADAPTERS.flatMap((adapter) =>
  readdirSync(join(FIXTURES, adapter.site))
    .filter((f) => f.endsWith('.html') && !f.startsWith('cart'))
    .map((file) => ({
      adapter,
      file,
      html: readFixture(adapter.site, file),
      url: adapter.site === 'jd' && file.startsWith('mobile') ? MOBILE_JD : URL_OF[adapter.site]!,
    })),
);

/** Runs the adapter itself (not through extractWith): it must not throw on its own. */
function readMutated(adapter: SiteAdapter, doc: Document, url: string) {
  const s = interpretReading(readToEnd(adapter.extract({ doc, url: new URL(url), now: NOW })));
  expect(snapshotInvariantErrors(s)).toEqual([]);
  return s;
}

const garbage = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    '{',
    '}',
    '[',
    ']',
    '"',
    "'",
    ',',
    ':',
    '-1',
    'NaN',
    '-999999',
    '1e400',
    '\\u',
    '/*',
    '<!--',
    '¥-5',
    '仅剩-3件',
    '</script>',
    '{a:',
  ),
);

/** Cuts, garbles or drops a piece of the page's HTML at positions fast-check chooses. */
const htmlMutation = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.integer({ min: 0, max: 400 }),
  insert: garbage,
  mode: fc.constantFrom('replace', 'truncate', 'duplicate'),
});

function mutateHtml(html: string, m: { at: number; length: number; insert: string; mode: string }): string {
  const start = Math.floor(m.at * html.length);
  if (m.mode === 'truncate') return html.slice(0, start);
  if (m.mode === 'duplicate') return html.slice(0, start) + html.slice(start, start + m.length) + html.slice(start);
  return html.slice(0, start) + m.insert + html.slice(start + m.length);
}

describe('adapters on mutated fixture pages: no exception, no NaN, no negative stock', () => {
  it.each(pages.map((p) => [p.adapter.site, p.file, p]))('%s %s: garbled HTML and script text', (_site, _file, p) => {
    fc.assert(
      fc.property(fc.array(htmlMutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const html = mutations.reduce(mutateHtml, p.html);
        readMutated(p.adapter, parseHtml(html), p.url);
      }),
      { numRuns: 25 },
    );
  });

  it.each(pages.map((p) => [p.adapter.site, p.file, p]))('%s %s: dropped nodes and rewritten scripts', (_site, _file, p) => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 }),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), garbage), { maxLength: 4 }),
        (drops, scriptEdits) => {
          const doc = parseHtml(p.html);
          const all = Array.from(doc.querySelectorAll('body *'));
          for (const d of drops) all[Math.floor(d * all.length)]?.remove();
          const scripts = Array.from(doc.querySelectorAll('script'));
          for (const [where, text] of scriptEdits) {
            const script = scripts[Math.floor(where * scripts.length)];
            if (!script) continue;
            const body = script.textContent ?? '';
            const cut = Math.floor(where * body.length);
            script.textContent = body.slice(0, cut) + text + body.slice(cut + text.length);
          }
          readMutated(p.adapter, doc, p.url);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('reads hostile numbers in state blobs as nothing rather than NaN or negative', () => {
    const html = `<script>window.rawData = {goods: {goodsName: 'x', minGroupPrice: -100, skus: [
      {skuId: '1', quantity: -5, groupPrice: 'NaN', specs: []}, {skuId: '2', quantity: 1e400, groupPrice: -1, specs: []},
      {skuId: '3', quantity: '12abc', groupPrice: '¥1e3', specs: 'x'}]}};</script>`;
    const pdd = ADAPTERS.find((a) => a.site === 'pinduoduo')!;
    const s = readMutated(pdd, parseHtml(html), URL_OF['pinduoduo']!);
    expect(s.skus.map((k) => [k.stock, k.price])).toEqual([
      [0, null],
      [null, null],
      [null, null],
    ]);
    expect(s.price).toBeNull();
  });
});
