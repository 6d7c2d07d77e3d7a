/**
 * The checker's own memory, in extension storage: per-host health, per-watch progress, alerts held
 * through quiet hours. One key per host and per watch, so two checks finishing at once never
 * overwrite each other's record.
 */
import { storage } from 'wxt/utils/storage';
import type { HostHealth } from './host-health';
import { DEFAULT_POLITENESS, type PolitenessRules } from './politeness';
import type { WatchProgress } from './watched-state';

const HOST_PREFIX = 'watch.host.';
const PROGRESS_PREFIX = 'watch.progress.';

export const hostBook = {
  async get(host: string): Promise<HostHealth | null> {
    return storage.getItem<HostHealth>(`local:${HOST_PREFIX}${host}`);
  },
  async set(host: string, health: HostHealth): Promise<void> {
    await storage.setItem(`local:${HOST_PREFIX}${host}`, health);
  },
  async remove(host: string): Promise<void> {
    await storage.removeItem(`local:${HOST_PREFIX}${host}`);
  },
  async all(): Promise<Record<string, HostHealth>> {
    const everything = await storage.snapshot('local');
    const hosts: Record<string, HostHealth> = {};
    for (const [key, value] of Object.entries(everything)) {
      if (key.startsWith(HOST_PREFIX)) hosts[key.slice(HOST_PREFIX.length)] = value as HostHealth;
    }
    return hosts;
  },
};

/** A watch as its progress record knows it: ids can be reused after the database is deleted. */
type WatchIdentity = { id: number; createdAt: string };

export const progressBook = {
  async get(watch: WatchIdentity): Promise<WatchProgress | null> {
    const stored = await storage.getItem<WatchProgress & { watchCreatedAt: string }>(`local:${PROGRESS_PREFIX}${watch.id}`);
    if (!stored || stored.watchCreatedAt !== watch.createdAt) return null;
    return { lastAvailable: stored.lastAvailable, lastPrice: stored.lastPrice, armedAt: stored.armedAt };
  },
  async set(watch: WatchIdentity, progress: WatchProgress): Promise<void> {
    await storage.setItem(`local:${PROGRESS_PREFIX}${watch.id}`, { ...progress, watchCreatedAt: watch.createdAt });
  },
  async remove(watchId: number): Promise<void> {
    await storage.removeItem(`local:${PROGRESS_PREFIX}${watchId}`);
  },
};

/** Notification-log ids of alerts waiting for quiet hours to end, oldest first. */
export const heldAlertsItem = storage.defineItem<number[]>('local:watch.heldAlerts', { fallback: [] });

/**
 * Per-host request limits. Not a shopper setting: the defaults are the product's politeness
 * promise; tests and benchmarks lower the gap to measure the checker rather than the waiting.
 */
export const politenessItem = storage.defineItem<PolitenessRules>('local:watch.politeness', { fallback: DEFAULT_POLITENESS });
