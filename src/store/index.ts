export {
  RadarDatabase,
  DB_NAME,
  type ProductRow,
  type SkuRow,
  type ObservationMonthRow,
  type Run,
  type CartItemRow,
  type CartSource,
  type WatchRow,
  type WatchKind,
  type WatchStatus,
  type NotificationRow,
  type NotificationKind,
} from './db';
export { ingestSnapshot, type IngestOptions } from './ingest';
export { getPriceHistory, productObservations, skuObservations, historyForRules, type TimeRange } from './history';
export type { ObservationPoint } from './runs';
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
