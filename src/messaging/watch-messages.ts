/**
 * Watches and alerts: what the popup and options pages ask the background about restock and
 * price watches, and the history of alerts sent. Everything here is plain data.
 */

/** Why a call was refused, for the UI to put in words (the `message` is a ready Chinese/English line). */
export type WatchErrorCode = 'unknown-product' | 'unknown-sku' | 'no-promo-price' | 'no-such-watch' | 'bad-input';

export type WatchFailure = { ok: false; error: WatchErrorCode; message: string };

export type CreateWatchInput =
  /** Tell me when this size is back: an exact SKU, or any SKU in a size label ('M', '42'). */
  | { kind: 'restock'; productKey: string; skuId?: string | null; sizeLabel?: string | null }
  /** Tell me when the price is at or below `targetPrice` (default: the promo price on record). */
  | { kind: 'price'; productKey: string; skuId?: string | null; targetPrice?: number | null };

/** A host that asked for the shopper (login or security check): its checks wait until they open it. */
export interface BlockedHostView {
  host: string;
  reason: 'login' | 'anti-bot';
  since: string;
  /** The page to open once to get past the wall. */
  openUrl: string;
}

export interface WatchView {
  id: number;
  kind: WatchKind;
  productKey: string;
  site: string;
  itemId: string;
  skuId: string | null;
  sizeLabel: string | null;
  title: string | null;
  image: string | null;
  /** The product page to open. */
  url: string | null;
  /** Price watches: the price to reach (null: the promo price, not known yet). */
  targetPrice: number | null;
  /** The product's currency, so the prices read as everywhere else. */
  currency: string;
  /** What the last reading said. */
  lastPrice: number | null;
  lastAvailable: boolean | null;
  status: 'active' | 'paused';
  /** True when the extension made the watch for a cart item, false when the shopper did. */
  auto: boolean;
  createdAt: string;
  lastCheckedAt: string | null;
  nextCheckAt: string;
  /** Failed checks in a row (the next one is pushed back after each). */
  failureCount: number;
  /** Set when the watch's host is paused behind a login wall or security check. */
  blockedBy: BlockedHostView | null;
}

export interface WatchList {
  watches: WatchView[];
  blockedHosts: BlockedHostView[];
}

/** 'storage-pruned': the store removed old history to free space (logged by the store). */
export type AlertKind = 'restock' | 'price' | 'fanchang' | 'host-blocked' | 'storage-pruned' | 'price-protect';

export interface AlertView {
  id: number;
  kind: AlertKind;
  watchId: number | null;
  productKey: string | null;
  title: string;
  body: string;
  url: string | null;
  /** When the change was found (and the alert logged). */
  sentAt: string;
  /** True while quiet hours hold it back. */
  held: boolean;
}

export type WatchResult = { ok: true; watch: WatchView } | WatchFailure;

/** What a round of checks did. */
export interface CheckRoundSummary {
  /** Watches that were due. */
  due: number;
  checked: number;
  /** New alerts raised (sent, held for quiet hours, or only logged when muted). */
  alerts: number;
  /** Skipped because their host is backing off or behind a wall. */
  deferred: number;
  failed: number;
  /** Hosts newly found behind a login wall or security check. */
  walls: number;
  fanchangAlerts: number;
  /** Reminders sent for price-protection claims whose window ends within a day. */
  protectReminders: number;
}

export interface WatchMessages {
  /** Popup -> background: start watching (an existing watch for the same thing is returned, resumed). */
  createWatch(input: CreateWatchInput): WatchResult;
  pauseWatch(input: { id: number }): WatchResult;
  resumeWatch(input: { id: number }): WatchResult;
  removeWatch(input: { id: number }): { ok: true } | WatchFailure;
  /** Every watch (or one product's), with the hosts whose checks are paused. */
  listWatches(input?: { productKey?: string }): WatchList;
  /** Sent alerts, newest first. */
  listAlerts(input?: { limit?: number }): AlertView[];
  /** The shopper says they got past a host's wall: its checks start again. */
  resumeHostChecks(input: { host: string }): { ok: true };
  /** Check one watch (or every active one) now instead of at its time; politeness limits still apply. */
  checkWatchesNow(input?: { id?: number }): CheckRoundSummary;
  /** Open what an alert is about (as a click on its notification does) and clear the notification. */
  openAlert(input: { id: number }): { ok: boolean };
}
import type { WatchKind } from '../core/watch-kind';
