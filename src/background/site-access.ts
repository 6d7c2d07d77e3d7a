import { SHOP_HOST_PATTERNS } from '../core/hosts';

const SCRIPT_ID = 'product-schema-org';
/** The reader and the verdict panel, as on the built-in shops. */
const SCRIPT_FILES = ['content-scripts/product-schema-org.js', 'content-scripts/panel.js'];

/**
 * Other shops are read only where the shopper granted access (an optional host permission asked
 * for at run time, never `<all_urls>` at install). The schema.org content script is registered
 * for exactly the granted origins, and re-registered whenever the grants change.
 */
export async function syncGenericShopScript(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const granted = origins.filter((o) => !SHOP_HOST_PATTERNS.includes(o));
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (granted.length) {
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches: granted, js: SCRIPT_FILES, runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  return granted;
}

export function watchGenericShopGrants(): void {
  const resync = () => void syncGenericShopScript().catch((error: unknown) => console.warn('[返场雷达] could not register the shop script:', error));
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  resync();
}
