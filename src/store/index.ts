export {
  RadarDatabase,
  DB_NAME,
  TABLE_NAMES,
  type TableName,
  type ProductRow,
  type SkuRow,
  type ObservationRow,
  type CartItemRow,
  type CartSource,
  type WatchRow,
  type WatchKind,
  type WatchStatus,
  type NotificationRow,
  type NotificationKind,
} from './db';
export { ingestSnapshot, type IngestOptions } from './ingest';
export { getPriceHistory } from './history';
export {
  addWatch,
  getWatch,
  listWatches,
  watchesOfProduct,
  dueWatches,
  nextDueAt,
  updateWatch,
  setWatchStatus,
  recordWatchCheck,
  deleteWatch,
  type Watch,
  type NewWatch,
  type WatchChanges,
} from './watches';
export {
  logNotification,
  wasNotified,
  listNotifications,
  notificationsOfWatch,
  deleteNotification,
  type LoggedNotification,
  type NewNotification,
} from './notifications';
