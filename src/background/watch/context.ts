/**
 * Everything the watch feature touches, passed in: the real browser in the extension, WXT's fake
 * browser, the fixture shop's `handle` as `fetch` and linkedom's DOMParser in unit tests.
 */
import type { Browser } from 'wxt/browser';
import type { PromoEvent } from '../../promo';
import type { ShopWindowOverride } from '../../protect';
import type { RadarDatabase } from '../../store';
import type { AlertDeps } from './alerts';
import type { PageReader } from './page-reader';
import type { PolitenessRules } from './politeness';

export interface WatchContext extends AlertDeps {
  db: RadarDatabase;
  alarms: Pick<typeof Browser.alarms, 'create' | 'get' | 'clear'>;
  fetch: typeof fetch;
  reader: PageReader;
  /** Per-host request limits for a round of checks. */
  politeness: () => Promise<PolitenessRules>;
  /** The promo calendar in force (defaults plus the shopper's own events). */
  promoEvents: () => Promise<readonly PromoEvent[]>;
  random: () => number;
  /** The shopper's price-protection windows per shop (options), over the platform rules. */
  protectWindows: () => Promise<readonly ShopWindowOverride[]>;
}
