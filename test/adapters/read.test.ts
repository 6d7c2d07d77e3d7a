import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../src/adapters';
import { readProduct, readProductInTasks } from '../../src/adapters/read';
import type { SiteAdapter } from '../../src/adapters/types';
import { FIXTURES, NOW, parseHtml, PRODUCT_URL_OF as URL_OF, readFixture } from './load-page';

/** One product page of each adapter's fixtures. */
const pages = ADAPTERS.map((adapter) => {
  const file = readdirSync(join(FIXTURES, adapter.site)).find(
    (f) => f.endsWith('.html') && !f.startsWith('cart') && !f.startsWith('mobile'),
  )!;
  return { adapter, file, html: readFixture(adapter.site, file) };
});

const read = (adapter: SiteAdapter, html: string) => ({ doc: parseHtml(html), url: new URL(URL_OF[adapter.site]!), now: NOW });

describe('reading a product page in tasks', () => {
  it.each(pages.map((p) => [`${p.adapter.site} (${p.file})`, p] as const))(
    '%s: pauses between stages and reads what one straight reading reads',
    async (_name, { adapter, html }) => {
      let pauses = 0;
      const inTasks = await readProductInTasks(adapter, read(adapter, html), async () => void pauses++);
      expect(inTasks).toEqual(readProduct(adapter, read(adapter, html)));
      expect(pauses).toBeGreaterThanOrEqual(1);
    },
  );

  it('stops, reading nothing, when the page navigates during a pause', async () => {
    const { adapter, html } = pages.find((p) => p.adapter.site === 'tmall')!;
    const navigated = new AbortController();
    const reading = await readProductInTasks(adapter, read(adapter, html), async () => navigated.abort(), navigated.signal);
    expect(reading).toBeNull();
  });

  it('never throws: an adapter that breaks mid-way gives a snapshot that says so', async () => {
    const broken: SiteAdapter = {
      ...ADAPTERS[0]!,
      *extract() {
        yield;
        throw new Error('layout changed');
      },
    };
    const reading = await readProductInTasks(broken, read(broken, '<html></html>'), async () => {});
    expect(reading!.snapshot.warnings).toEqual([expect.stringContaining('layout changed')]);
    expect(reading!.texts).toBeNull();
  });
});
