import { vi } from 'vitest';
import type { WatchList } from '../../src/messaging/watch-messages';
import { DEFAULT_PROMO_EVENTS } from '../../src/promo';
import type { SearchResultView, WatchlistGroupView } from '../../src/ui/home-types';
import type { OptionsClient, OptionsSettings } from '../../src/ui/options/options-client';
import type { ProductLookup } from '../../src/core/views';
import type { PopupClient, PopupPreferences } from '../../src/ui/popup/popup-client';
import { hoodieView } from './fixtures';

export const WATCHLIST: WatchlistGroupView[] = [
  {
    eventId: '2025-double11-jd',
    name: '双11',
    nameEn: 'Double 11',
    phase: 'platform-fanchang',
    items: [
      {
        site: 'jd',
        itemId: '100038004353',
        title: '连帽加绒卫衣男',
        shop: '城市轻装旗舰店',
        currency: 'CNY',
        promoPrice: 299,
        nowPrice: 329,
        mySize: { label: 'M', inStock: false },
        trapCount: 2,
      },
      {
        site: 'jd',
        itemId: '100052117832',
        title: '修护保湿面霜 50g',
        shop: '肌本护肤',
        currency: 'CNY',
        promoPrice: 399,
        nowPrice: 359,
        mySize: null,
        trapCount: 0,
      },
    ],
  },
];

export const SEARCH_RESULTS: SearchResultView[] = [
  {
    site: 'jd',
    itemId: '100038004353',
    title: '连帽加绒卫衣男',
    shop: '城市轻装旗舰店',
    price: 299,
    currency: 'CNY',
    lastSeenAt: '2025-11-15T02:00:00.000Z',
  },
];

/** A popup client answering from fixtures; every call is a spy a test can inspect. */
export function fakePopupClient(overrides: Partial<PopupClient> = {}, prefs: Partial<PopupPreferences> = {}): PopupClient {
  const { view } = hoodieView('zh');
  const found: ProductLookup = { status: 'found', view };
  return {
    activeTabUrl: vi.fn(async () => null),
    productView: vi.fn(async () => found),
    preferences: vi.fn(async () => ({
      lang: 'zh' as const,
      sizes: { top: 'M' },
      welcomeDone: true,
      events: [...DEFAULT_PROMO_EVENTS],
      ...prefs,
    })),
    finishWelcome: vi.fn(async () => {}),
    watchlist: vi.fn(async () => WATCHLIST),
    searchProducts: vi.fn(async (q: string) => SEARCH_RESULTS.filter((r) => r.title!.includes(q) || r.itemId.includes(q))),
    recentAlerts: vi.fn(async () => []),
    watchesOf: vi.fn(async () => ({ restockSkuIds: [], price: false })),
    watchRestock: vi.fn(async () => {}),
    watchPrice: vi.fn(async () => {}),
    grantShop: vi.fn(async () => true),
    openOptions: vi.fn(),
    ...overrides,
  };
}

export const SETTINGS: OptionsSettings = {
  lang: 'zh',
  sizes: { top: 'M', shoe: '40' },
  thresholds: {},
  notifications: { enabledKinds: ['restock', 'price'], quietHours: null, checkPeriodMinutes: 30 },
  customEvents: [],
  dismissedPanelSites: ['taobao'],
};

export const WATCHES: WatchList = {
  watches: [
    {
      id: 1,
      kind: 'restock',
      productKey: 'jd:100038004353',
      site: 'jd',
      itemId: '100038004353',
      skuId: 's2',
      sizeLabel: 'M',
      title: '连帽加绒卫衣男',
      image: null,
      url: 'https://item.jd.com/100038004353.html',
      targetPrice: null,
      lastPrice: 299,
      lastAvailable: false,
      status: 'active',
      auto: false,
      createdAt: '2025-11-15T02:00:00.000Z',
      lastCheckedAt: null,
      nextCheckAt: '2025-11-15T02:30:00.000Z',
      failureCount: 0,
      blockedBy: null,
    },
  ],
  blockedHosts: [
    { host: 'item.taobao.com', reason: 'login', since: '2025-11-15T02:00:00.000Z', openUrl: 'https://item.taobao.com/item.htm?id=1' },
  ],
};

export function fakeOptionsClient(overrides: Partial<OptionsClient> = {}, settings: Partial<OptionsSettings> = {}): OptionsClient {
  return {
    settings: vi.fn(async () => ({ ...SETTINGS, ...settings })),
    save: vi.fn(async () => {}),
    exportData: vi.fn(async () => ({ fileName: 'fanchang-radar-backup.json', file: new Blob(['{}']) })),
    importData: vi.fn(async () => ({ ok: true as const, summary: '3 products' })),
    deleteAllData: vi.fn(async () => {}),
    listWatches: vi.fn(async () => WATCHES),
    pauseWatch: vi.fn(async () => {}),
    resumeWatch: vi.fn(async () => {}),
    removeWatch: vi.fn(async () => {}),
    resumeHostChecks: vi.fn(async () => {}),
    ...overrides,
  };
}
