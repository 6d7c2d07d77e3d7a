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

import { PopupApp, routeFromSearch } from '../../src/ui/popup/PopupApp';
import { fakePopupClient } from './fake-clients';
import { NOW } from './fixtures';
import { allByTestId, byTestId, click, mount, settle, typeInto } from './render';

const now = () => NOW;

describe('routeFromSearch', () => {
  it.each([
    ['?tab=https%3A%2F%2Fitem.jd.com%2F1.html', { kind: 'tab', url: 'https://item.jd.com/1.html' }],
    ['?product=jd:100038004353', { kind: 'product', site: 'jd', itemId: '100038004353', fromHome: false }],
    [
      '?product=schema-org:https://shop.example/p/1',
      { kind: 'product', site: 'schema-org', itemId: 'https://shop.example/p/1', fromHome: false },
    ],
    ['?view=home', { kind: 'home' }],
    ['?view=welcome', { kind: 'welcome' }],
    ['', null],
  ])('%s', (search, route) => {
    expect(routeFromSearch(search)).toEqual(route);
  });
});

describe('the popup on a product page', () => {
  it('shows the verdict, the traps most serious first, the chart, the SKU table and the alert buttons', async () => {
    const client = fakePopupClient();
    const el = mount(<PopupApp client={client} initialRoute={{ kind: 'tab', url: 'https://item.jd.com/100038004353.html' }} now={now} />);
    await settle();
    expect(client.productView).toHaveBeenCalledWith({ url: 'https://item.jd.com/100038004353.html' });
    expect(byTestId(el, 'verdict').dataset.verdict).toBe('skip');
    const severities = allByTestId(el, 'trap').map((t) => t.dataset.severity);
    expect(severities[0]).toBe('danger');
    expect(byTestId(el, 'price-chart')).toBeTruthy();
    expect(byTestId(el, 'range-buttons').querySelector('[aria-pressed="true"]')?.getAttribute('data-range')).toBe('90d');
    const mine = byTestId(el, 'sku-table').querySelectorAll('tr.mine');
    expect([...mine].map((r) => r.getAttribute('data-sku'))).toEqual(['s2']);
    expect(byTestId(el, 'watch-restock').textContent).toContain('M');
    expect(byTestId(el, 'watch-price').textContent).toContain('¥299');
  });

  it('creates a restock watch for the shopper’s sold-out size and a price watch at the promo price', async () => {
    const client = fakePopupClient();
    const el = mount(
      <PopupApp client={client} initialRoute={{ kind: 'product', site: 'jd', itemId: '100038004353', fromHome: false }} now={now} />,
    );
    await settle();
    await click(byTestId(el, 'watch-restock'));
    await click(byTestId(el, 'watch-price'));
    await settle();
    expect(client.watchRestock).toHaveBeenCalledWith(expect.objectContaining({ site: 'jd', itemId: '100038004353' }), 's2', 'M');
    expect(client.watchPrice).toHaveBeenCalledWith(expect.objectContaining({ itemId: '100038004353' }), 299);
    expect(client.watchesOf).toHaveBeenCalledTimes(3);
  });

  it('says the product has not been read yet, and what to do', async () => {
    const client = fakePopupClient({ productView: vi.fn(async () => ({ status: 'not-seen' as const, site: 'jd', itemId: '1' })) });
    const el = mount(<PopupApp client={client} initialRoute={{ kind: 'tab', url: 'https://item.jd.com/1.html' }} now={now} />);
    await settle();
    expect(byTestId(el, 'not-seen').textContent).toContain('请刷新页面再打开');
  });

  it('reports a background failure with a retry that works', async () => {
    let calls = 0;
    const client = fakePopupClient({
      productView: vi.fn(async () => {
        if (calls++ === 0) throw new Error('Could not establish connection');
        return fakePopupClient().productView({ url: 'x' });
      }),
    });
    const el = mount(<PopupApp client={client} initialRoute={{ kind: 'tab', url: 'https://item.jd.com/1.html' }} now={now} />);
    await settle();
    const error = byTestId(el, 'state-error');
    expect(error.textContent).toContain('Could not establish connection');
    await click(error.querySelector('button')!);
    await settle();
    expect(byTestId(el, 'verdict')).toBeTruthy();
  });
});

describe('the popup away from a product page', () => {
  it('shows the watchlist grouped by promo, and search opens a product’s history with a way back', async () => {
    const client = fakePopupClient({ activeTabUrl: vi.fn(async () => 'chrome://newtab/') });
    const el = mount(<PopupApp client={client} initialRoute={null} now={now} />);
    await settle();
    expect(byTestId(el, 'no-product').textContent).toContain('这里不是商品页');
    expect(allByTestId(el, 'wl-group')).toHaveLength(1);
    expect(allByTestId(el, 'wl-item')).toHaveLength(2);
    expect(allByTestId(el, 'wl-traps')[0]!.textContent).toBe('2 个陷阱');
    expect(allByTestId(el, 'wl-stock')[0]!.textContent).toContain('无货');
    expect(el.textContent).toContain('比大促贵 ¥30');

    await typeInto(byTestId(el, 'search-input') as HTMLInputElement, '卫衣');
    await new Promise((r) => setTimeout(r, 200));
    await settle();
    expect(client.searchProducts).toHaveBeenCalledWith('卫衣');
    await click(byTestId(el, 'search-result'));
    await settle();
    expect(client.productView).toHaveBeenLastCalledWith({ site: 'jd', itemId: '100038004353' });
    expect(byTestId(el, 'verdict')).toBeTruthy();
    await click(byTestId(el, 'back'));
    await settle();
    expect(byTestId(el, 'watchlist')).toBeTruthy();
  });

  it('says what to do when the watchlist is empty', async () => {
    const client = fakePopupClient({ watchlist: vi.fn(async () => []) });
    const el = mount(<PopupApp client={client} initialRoute={{ kind: 'home' }} now={now} />);
    await settle();
    expect(byTestId(el, 'watchlist-empty').textContent).toContain('大促时把想要的商品加入购物车');
  });
});

describe('a shop outside the built-in sites', () => {
  it('offers to read it, asking for that one origin on a click', async () => {
    const client = fakePopupClient({
      productView: vi.fn(async () => ({ status: 'not-a-product-page' as const, otherShopOrigin: 'https://shop.example' })),
    });
    const el = mount(<PopupApp client={client} initialRoute={{ kind: 'tab', url: 'https://shop.example/p/1' }} now={now} />);
    await settle();
    expect(byTestId(el, 'other-shop').textContent).toContain('shop.example');
    await click(byTestId(el, 'grant-shop'));
    await settle();
    expect(client.grantShop).toHaveBeenCalledWith('https://shop.example');
    expect(byTestId(el, 'other-shop').textContent).toContain('刷新这个网页');
  });

  it('says nothing changed when the shopper declines', async () => {
    const client = fakePopupClient({
      productView: vi.fn(async () => ({ status: 'not-a-product-page' as const, otherShopOrigin: 'https://shop.example' })),
      grantShop: vi.fn(async () => false),
    });
    const el = mount(<PopupApp client={client} initialRoute={{ kind: 'tab', url: 'https://shop.example/p/1' }} now={now} />);
    await settle();
    await click(byTestId(el, 'grant-shop'));
    await settle();
    expect(byTestId(el, 'other-shop').textContent).toContain('什么都没有改变');
  });
});

describe('first run', () => {
  it('asks for sizes once, saves them, then gets out of the way', async () => {
    let done = false;
    const client = fakePopupClient({
      preferences: vi.fn(async () => ({ lang: 'en' as const, sizes: {}, welcomeDone: done, events: [] })),
      finishWelcome: vi.fn(async () => {
        done = true;
      }),
    });
    const el = mount(<PopupApp client={client} initialRoute={{ kind: 'home' }} now={now} />);
    await settle();
    expect(byTestId(el, 'welcome').textContent).toContain('Welcome to Fanchang Radar');
    await typeInto(byTestId(el, 'size-top') as HTMLInputElement, 'L');
    await typeInto(byTestId(el, 'size-shoe') as HTMLInputElement, '42');
    await click(byTestId(el, 'welcome-save'));
    await settle();
    expect(client.finishWelcome).toHaveBeenCalledWith({ top: 'L', shoe: '42' });
    expect(el.querySelector('[data-testid="welcome"]')).toBeNull();
    expect(byTestId(el, 'watchlist')).toBeTruthy();
  });

  it('will not save a size it cannot read, and says why', async () => {
    const client = fakePopupClient({}, { welcomeDone: false, sizes: {} });
    const el = mount(<PopupApp client={client} initialRoute={{ kind: 'home' }} now={now} />);
    await settle();
    await typeInto(byTestId(el, 'size-top') as HTMLInputElement, 'banana');
    expect((byTestId(el, 'welcome-save') as HTMLButtonElement).disabled).toBe(true);
    expect(el.querySelector('.field-error')?.textContent).toContain('banana');
  });

  it('sits above the product and asks for a new verdict once the sizes are saved', async () => {
    let sizes = {};
    const client = fakePopupClient({
      preferences: vi.fn(async () => ({ lang: 'zh' as const, sizes, welcomeDone: Object.keys(sizes).length > 0, events: [] })),
      finishWelcome: vi.fn(async (s) => {
        sizes = s ?? {};
      }),
    });
    const el = mount(<PopupApp client={client} initialRoute={{ kind: 'tab', url: 'https://item.jd.com/100038004353.html' }} now={now} />);
    await settle();
    expect(byTestId(el, 'welcome')).toBeTruthy();
    expect(byTestId(el, 'verdict')).toBeTruthy();
    expect(client.productView).toHaveBeenCalledTimes(1);
    await typeInto(byTestId(el, 'size-top') as HTMLInputElement, 'M');
    await click(byTestId(el, 'welcome-save'));
    await settle();
    expect(client.productView).toHaveBeenCalledTimes(2);
    expect(el.querySelector('[data-testid="welcome"]')).toBeNull();
  });

  it('can be skipped', async () => {
    const client = fakePopupClient({}, { welcomeDone: false });
    const el = mount(<PopupApp client={client} initialRoute={{ kind: 'home' }} now={now} />);
    await settle();
    await click(byTestId(el, 'welcome-skip'));
    expect(client.finishWelcome).toHaveBeenCalledWith(null);
  });
});
