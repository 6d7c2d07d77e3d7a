export { RadarDatabase, DB_NAME, type ProductRow, type ObservationRow } from './db';
export { ingestSnapshot } from './ingest';
export { getPriceHistory } from './history';
