import { describe, expect, it } from 'vitest';
import { tmallAdapter } from '../../src/adapters/tmall';
import { buildHeavyTmallPage } from './heavy-page';
import { NOW, parseHtml, snapshotInvariantErrors } from './load-page';
import { interpretReading } from '../../src/adapters/interpret';
import { readToEnd } from '../../src/adapters/read';

describe('heavy Tmall page for the benchmark', () => {
  const page = buildHeavyTmallPage();

  it('is at least 1 MB with at least 300 SKUs, its state blob embedded verbatim', () => {
    expect(new TextEncoder().encode(page.html).length).toBeGreaterThanOrEqual(1_000_000);
    expect(page.skuCount).toBeGreaterThanOrEqual(300);
    expect(page.html).toContain(page.stateJson);
    expect(buildHeavyTmallPage().html).toBe(page.html); // deterministic
  });

  it('is read whole by the Tmall adapter', () => {
    const s = interpretReading(readToEnd(tmallAdapter.extract({ doc: parseHtml(page.html), url: new URL(page.url), now: NOW })));
    expect(snapshotInvariantErrors(s)).toEqual([]);
    expect(s.skus).toHaveLength(page.skuCount);
    expect(s).toMatchObject({
      site: 'tmall',
      itemId: '765432109876',
      shop: '城市街角服饰旗舰店',
      price: 199,
      priceMax: 279,
      listPrice: 399,
      category: 'apparel',
    });
    expect(s.skus.some((k) => !k.available)).toBe(true);
    expect(s.skus.every((k) => k.size !== null)).toBe(true);
  });
});
