import { onMessage } from '../messaging/protocol';
import { RadarDatabase } from '../store';
import { registerDataHandlers } from './data-handlers';
import { handleIngest } from './ingest-message';
import { registerPopupHandlers } from './popup-handlers';
import { lookUpProduct } from './product-view';
import { watchGenericShopGrants } from './site-access';
import { registerWatches } from './watch/register';

/** Wires every background listener. Called once from the background entrypoint. */
export function startBackground(db: RadarDatabase = new RadarDatabase()): void {
  onMessage('ingestSnapshot', ({ data }) => handleIngest(db, data));
  onMessage('getProductView', ({ data }) => lookUpProduct(db, data));
  registerDataHandlers(db);
  registerPopupHandlers(db);
  watchGenericShopGrants();
  registerWatches(db);
}
