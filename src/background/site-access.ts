import { browser, type Browser } from 'wxt/browser';
import { SHOP_HOST_PATTERNS, isPublicHostName } from '../core/hosts';

const SCRIPT_ID = 'product-schema-org';
/** The reader, which places the verdict panel too, as on the built-in shops. */
const SCRIPT_FILES = ['content-scripts/product-schema-org.js'];

/** The parts of the extension API this needs; tests pass their own. */
export interface SiteAccessApi {
  permissions: Pick<typeof Browser.permissions, 'getAll'>;
  scripting: Pick<typeof Browser.scripting, 'getRegisteredContentScripts' | 'unregisterContentScripts' | 'registerContentScripts'>;
}

/**
 * Other shops are read only where the shopper granted access (an optional host permission asked
 * for at run time, never `<all_urls>` at install). The schema.org content script is registered
 * for exactly the granted origins, and re-registered whenever the grants change.
 */
export async function syncGenericShopScript(api: SiteAccessApi = browser): Promise<string[]> {
  const { origins = [] } = await api.permissions.getAll();
  const granted = origins.filter((o) => !SHOP_HOST_PATTERNS.includes(o) && isShopPattern(o));
  const existing = await api.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length) await api.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (granted.length) {
    await api.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches: granted, js: SCRIPT_FILES, runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  return granted;
}

/** One public shop's origin (`https://shop.example/*`): no wildcard host, no address on the shopper's own network. */
function isShopPattern(pattern: string): boolean {
  const match = /^https?:\/\/([^/*]+)\/\*$/.exec(pattern);
  return match !== null && isPublicHostName(match[1]!.replace(/:\d+$/, ''));
}

export function watchGenericShopGrants(): void {
  const resync = () =>
    void syncGenericShopScript().catch((error: unknown) => console.warn('[返场雷达] could not register the shop script:', error));
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  resync();
}
