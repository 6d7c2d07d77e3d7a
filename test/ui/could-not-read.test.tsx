// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';

// The chart draws on a canvas, which happy-dom lacks; the chart itself is tested in Chromium.
vi.mock('uplot', () => ({
  default: class {
    static paths = { stepped: () => () => null };
    cursor = { idx: null };
    setSize() {}
    setCursor() {}
    valToPos() {
      return 0;
    }
    destroy() {}
  },
}));
import { readingQuality } from '../../src/core/reading-quality';
import type { ProductSnapshot } from '../../src/core/types';
import type { ProductLookup } from '../../src/core/views';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import { fakePopupClient } from './fake-clients';
import { hoodieView, NOW } from './fixtures';
import { allByTestId, byTestId, click, mount, settle } from './render';

const TAB = { kind: 'tab' as const, url: 'https://item.jd.com/100038004353.html' };

function lookupWith(change: Partial<ProductSnapshot>): ProductLookup {
  const { view } = hoodieView('zh');
  return { status: 'found', view: { ...view, snapshot: { ...view.snapshot, ...change } } };
}

describe('a page that could not be read reliably gets no verdict', () => {
  it('rates key fields: a missing or low-confidence price or title means no verdict; a low list price is only listed', () => {
    const { snapshot } = hoodieView('zh').view;
    expect(readingQuality(snapshot).confident).toBe(true);
    expect(readingQuality({ ...snapshot, price: null }).unread).toEqual([{ field: 'price', why: 'missing' }]);
    expect(readingQuality({ ...snapshot, confidence: { price: 'low' } }).confident).toBe(false);
    const listOnly = readingQuality({ ...snapshot, confidence: { listPrice: 'low', price: 'high' } });
    expect(listOnly).toMatchObject({ confident: true, unread: [{ field: 'listPrice', why: 'uncertain' }] });
  });

  it('the popup says which fields and why, instead of a verdict, and saves a report on request', async () => {
    const client = fakePopupClient({
      productView: async () =>
        lookupWith({ price: null, confidence: { skus: 'low' }, warnings: ['price not shown yet (.p-price .price is empty)'] }),
    });
    const el = mount(<PopupApp client={client} initialRoute={TAB} now={() => NOW} />);
    await settle();
    expect(el.querySelector('[data-testid="verdict"]')).toBeNull();
    expect(el.querySelector('[data-testid="traps"]')).toBeNull();
    const fields = allByTestId(el, 'unread-field').map((li) => [li.dataset.field, li.dataset.why]);
    expect(fields).toEqual([
      ['price', 'missing'],
      ['skus', 'uncertain'],
    ]);
    expect(byTestId(el, 'could-not-read').textContent).toContain('价格：页面上没找到');
    expect(byTestId(el, 'could-not-read').textContent).toContain('price not shown yet');
    await click(byTestId(el, 'report-page'));
    await settle();
    expect(client.reportPage).toHaveBeenCalledOnce();
    expect(byTestId(el, 'report-saved').textContent).toContain('fanchang-radar-report-jd-');
  });

  it('offers no report for a product opened from the watchlist (it is not the page in the tab)', async () => {
    const client = fakePopupClient({ productView: async () => lookupWith({ title: null }) });
    const el = mount(
      <PopupApp client={client} initialRoute={{ kind: 'product', site: 'jd', itemId: '100038004353', fromHome: false }} now={() => NOW} />,
    );
    await settle();
    byTestId(el, 'could-not-read');
    expect(el.querySelector('[data-testid="report-page"]')).toBeNull();
  });
});
