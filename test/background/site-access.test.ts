import { describe, expect, it } from 'vitest';
import { syncGenericShopScript, type SiteAccessApi } from '../../src/background/site-access';
import { SHOP_HOST_PATTERNS } from '../../src/core/hosts';

type Registered = { id: string; matches?: string[]; js?: string[] };

function fakeApi(origins: string[], registered: Registered[] = []) {
  const state = { registered: [...registered] };
  const api = {
    permissions: { getAll: async () => ({ origins, permissions: [] }) },
    scripting: {
      getRegisteredContentScripts: async ({ ids }: { ids?: string[] } = {}) => state.registered.filter((s) => !ids || ids.includes(s.id)),
      unregisterContentScripts: async ({ ids }: { ids?: string[] } = {}) =>
        void (state.registered = state.registered.filter((s) => ids && !ids.includes(s.id))),
      registerContentScripts: async (scripts: Registered[]) => void state.registered.push(...scripts),
    },
  } as unknown as SiteAccessApi;
  return { api, state };
}

describe('syncGenericShopScript', () => {
  it('registers the schema.org reader and the panel on exactly the shops the shopper granted', async () => {
    const { api, state } = fakeApi([...SHOP_HOST_PATTERNS, 'https://www.bestbuy.com/*']);
    expect(await syncGenericShopScript(api)).toEqual(['https://www.bestbuy.com/*']);
    expect(state.registered).toEqual([
      expect.objectContaining({
        id: 'product-schema-org',
        matches: ['https://www.bestbuy.com/*'],
        js: ['content-scripts/product-schema-org.js'],
      }),
    ]);
  });

  it('drops the registration when the last grant is withdrawn, and never claims the built-in shops', async () => {
    const { api, state } = fakeApi(SHOP_HOST_PATTERNS, [{ id: 'product-schema-org', matches: ['https://www.bestbuy.com/*'] }]);
    expect(await syncGenericShopScript(api)).toEqual([]);
    expect(state.registered).toEqual([]);
  });

  it('replaces an older registration instead of adding a second one', async () => {
    const { api, state } = fakeApi(
      ['https://shop.example/*', 'https://www.etsy.com/*'],
      [{ id: 'product-schema-org', matches: ['https://shop.example/*'] }],
    );
    await syncGenericShopScript(api);
    expect(state.registered).toHaveLength(1);
    expect(state.registered[0]!.matches).toEqual(['https://shop.example/*', 'https://www.etsy.com/*']);
  });

  it('never reads the shopper’s own machine or network, nor every site at once', async () => {
    const { api, state } = fakeApi([
      'http://127.0.0.1/*',
      'http://192.168.1.1/*',
      'http://router.local/*',
      'https://*/*',
      'https://shop.example/*',
    ]);
    expect(await syncGenericShopScript(api)).toEqual(['https://shop.example/*']);
    expect(state.registered[0]!.matches).toEqual(['https://shop.example/*']);
  });
});
