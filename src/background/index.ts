import { onMessage } from '../messaging/protocol';
import { RadarDatabase } from '../store';
import { extensionDataContext, registerDataHandlers } from './data-handlers';
import { handleIngest } from './ingest-message';
import { registerPopupHandlers } from './popup-handlers';
import { lookUpProduct } from './product-view';
import { watchGenericShopGrants } from './site-access';
import { registerWatches } from './watch/register';

/** Wires every background listener. Called once from the background entrypoint. */
export function startBackground(db: RadarDatabase = new RadarDatabase()): void {
  const watches = registerWatches(db);
  onMessage('ingestSnapshot', ({ data }) => handleIngest(db, data, extensionDataContext, (snapshot) => watches.observeSnapshot(snapshot)));
  onMessage('getProductView', ({ data }) => lookUpProduct(db, data));
  registerDataHandlers(db);
  registerPopupHandlers(db);
  watchGenericShopGrants();
}
