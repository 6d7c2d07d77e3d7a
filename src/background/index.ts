import { RadarDatabase } from '../store';
import { extensionDataContext, registerDataHandlers } from './data-handlers';
import { createIngestLimiter } from './ingest-limiter';
import { handleIngest } from './ingest-message';
import { registerPopupHandlers } from './popup-handlers';
import { lookUpProduct } from './product-view';
import { onContentScriptMessage, onExtensionPageMessage } from './senders';
import { watchGenericShopGrants } from './site-access';
import { registerWatches } from './watch/register';

/** Wires every background listener. Called once from the background entrypoint. */
export function startBackground(db: RadarDatabase = new RadarDatabase()): void {
  const watches = registerWatches(db);
  const limiter = createIngestLimiter();
  const tabs = registerPopupHandlers(db);
  onContentScriptMessage('ingestReading', (data, page) =>
    handleIngest(
      db,
      data,
      extensionDataContext,
      async (snapshot) => {
        await tabs.noteRead(page, snapshot);
        await watches.observeSnapshot(snapshot);
      },
      { page, limiter },
    ),
  );
  onExtensionPageMessage('getProductView', (data) => lookUpProduct(db, data));
  registerDataHandlers(db);
  watchGenericShopGrants();
}
