/**
 * A page can fire `locationchange` or rewrite its price element as often as it likes, and each
 * time its content script reads and sends. Per tab, the background keeps a reading identical to
 * the tab's last one out of the store, and stores at most `perMinute` readings a minute; both
 * answer as if stored, with nothing written, so a flooding page learns nothing.
 */
import type { ProductSnapshot } from '../core/types';

export interface IngestLimiter {
  /** True when this reading from this tab should be stored now. */
  admit(tabId: number, snapshot: ProductSnapshot, atMs: number): boolean;
}

const WINDOW_MS = 60_000;

/** The reading without its capture time: two reads of an unchanged page compare equal. */
function fingerprint(snapshot: ProductSnapshot): string {
  return JSON.stringify({ ...snapshot, capturedAt: '' });
}

export function createIngestLimiter(perMinute = 20, maxTabs = 200): IngestLimiter {
  const tabs = new Map<number, { last: string; lastAtMs: number; stored: number[] }>();
  return {
    admit(tabId, snapshot, atMs) {
      const print = fingerprint(snapshot);
      const tab = tabs.get(tabId) ?? { last: '', lastAtMs: 0, stored: [] };
      tabs.delete(tabId);
      tabs.set(tabId, tab);
      // Tabs come and go: forget the longest-unheard one rather than grow without bound.
      if (tabs.size > maxTabs) tabs.delete(tabs.keys().next().value!);
      tab.stored = tab.stored.filter((t) => atMs - t < WINDOW_MS);
      // The same reading again inside a minute adds nothing a minute later would not.
      if (tab.last === print && atMs - tab.lastAtMs < WINDOW_MS) return false;
      if (tab.stored.length >= perMinute) return false;
      tab.last = print;
      tab.lastAtMs = atMs;
      tab.stored.push(atMs);
      return true;
    },
  };
}

/** At most `perMinute` events a minute per tab: a page cannot make a flood of cart adds count. */
export function createTabRateLimit(perMinute: number, maxTabs = 200): (tabId: number, atMs: number) => boolean {
  const tabs = new Map<number, number[]>();
  return (tabId, atMs) => {
    const recent = (tabs.get(tabId) ?? []).filter((t) => atMs - t < WINDOW_MS);
    tabs.delete(tabId);
    tabs.set(tabId, recent);
    if (tabs.size > maxTabs) tabs.delete(tabs.keys().next().value!);
    if (recent.length >= perMinute) return false;
    recent.push(atMs);
    return true;
  };
}
