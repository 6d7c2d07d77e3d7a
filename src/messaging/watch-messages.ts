/** Watches and alerts (the restock issue fills these). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface WatchMessages {}
