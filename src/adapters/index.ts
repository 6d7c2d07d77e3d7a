import { jdAdapter } from './jd';
import type { SiteAdapter } from './types';

/** Every adapter, in priority order; the generic schema.org adapter goes last. */
export const ADAPTERS: readonly SiteAdapter[] = [jdAdapter];

export function adapterForUrl(url: URL): SiteAdapter | null {
  return ADAPTERS.find((a) => a.matchesUrl(url)) ?? null;
}

export { extractWith } from './extract';
export type { PageInput, SiteAdapter } from './types';
