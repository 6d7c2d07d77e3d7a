import type { ProductLookup } from '../../core/views';
import type { PurchaseList } from '../../messaging/protect-messages';
import type { AlertView } from '../../messaging/watch-messages';
import type { BoughtInput } from '../components/BoughtForm';
import type { PromoEvent } from '../../promo';
import type { SearchResultView, WatchlistGroupView } from '../home-types';
import type { LangSetting } from '../i18n';
import type { MySizes } from '../my-size';

export type ProductQuery = { url: string } | { site: string; itemId: string };

/** The shopper's settings the popup needs. */
export interface PopupPreferences {
  lang: LangSetting;
  sizes: MySizes;
  welcomeDone: boolean;
  /** The promo calendar with the shopper's own events merged in. */
  events: PromoEvent[];
}

/**
 * Everything the popup asks of the extension. The extension implementation sends messages to the
 * background; tests and the benchmark pass their own.
 */
export interface PopupClient {
  /** The URL of the tab the popup was opened over, if any. */
  activeTabUrl(): Promise<string | null>;
  productView(query: ProductQuery): Promise<ProductLookup>;
  preferences(): Promise<PopupPreferences>;
  /** Saves the welcome's sizes (null: skipped) and never shows the welcome again. */
  finishWelcome(sizes: MySizes | null): Promise<void>;
  watchlist(): Promise<WatchlistGroupView[]>;
  searchProducts(query: string): Promise<SearchResultView[]>;
  /** Alerts already sent, newest first. */
  recentAlerts(): Promise<AlertView[]>;
  watchesOf(product: { site: string; itemId: string }): Promise<{ restockSkuIds: string[]; price: boolean }>;
  watchRestock(product: { site: string; itemId: string }, skuId: string, sizeLabel: string | null): Promise<void>;
  watchPrice(product: { site: string; itemId: string }, targetPrice: number): Promise<void>;
  /** "I bought this": rejects with the reason when the background refuses it. */
  addPurchase(product: { site: string; itemId: string }, input: BoughtInput): Promise<void>;
  /** Purchases with their price-protection standing, open claims first. */
  purchases(): Promise<PurchaseList>;
  closePurchase(id: number, status: 'claimed' | 'dismissed'): Promise<void>;
  /** Asks for the optional host permission of a shop outside the built-in sites. */
  grantShop(origin: string): Promise<boolean>;
  openOptions(): void;
  /** Saves "report this page" for the product page in the active tab; resolves to the file's name. */
  reportPage(): Promise<string>;
}
