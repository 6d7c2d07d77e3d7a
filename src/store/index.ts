export {
  RadarDatabase,
  DB_NAME,
  type ProductRow,
  type SkuRow,
  type ProductMonthRow,
  type ProductQuarterRow,
  type SeriesRuns,
  type Run,
  type CartItemRow,
  type CartSource,
  type WatchRow,
  type WatchStatus,
  type NotificationRow,
  type NotificationKind,
  type ClaimSightingRow,
} from './db';
export { recordClaims, claimSightingsFor } from './claims';
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
  type LoggedNotification,
  type NewNotification,
} from './notifications';
export {
  recordCartAdd,
  importCartPage,
  cartItemsOfProduct,
  cartItemsOfEvent,
  cartAddsOf,
  trackedCartItemsOf,
  type CartItem,
  type CartAddInput,
  type CartPageLine,
  type CartProduct,
  type CartImportResult,
} from './cart';
export { promoPriceOfSku, prepromoLowOfSku } from './promo-queries';
export { searchProducts, type ProductSearchHit } from './search';
export {
  getWatchlist,
  mySizeStock,
  type WatchlistGroup,
  type WatchlistItem,
  type WatchlistOptions,
  type MySizeStock,
  type TrapCountInput,
} from './watchlist';
export {
  exportBackup,
  parseBackup,
  restoreBackup,
  importBackupText,
  deleteAllData,
  MAX_BACKUP_CHARS,
  type BackupCounts,
  type BackupPhase,
  type OnBackupProgress,
  type BackupCheck,
  type RestoreResult,
} from './backup';
export { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile, type BackupTables } from './backup-schema';
export { pruneOldObservations, type PruneOptions, type PruneResult } from './prune';
export {
  recordPurchases,
  getPurchase,
  listPurchases,
  purchasesOfProduct,
  openPurchases,
  closePurchase,
  deletePurchase,
  lineKeyOf,
  type Purchase,
  type RecordPurchasesResult,
} from './purchases';
export type { PurchaseRow, PurchaseStatus, PurchaseSource } from './db';
