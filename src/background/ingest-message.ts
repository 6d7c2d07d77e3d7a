import { interpretReading } from '../adapters/interpret';
import { parseReadingText } from '../core/reading-text';
import { checkReading } from '../core/snapshot-schema';
import type { ProductSnapshot } from '../core/types';
import type { IngestResult } from '../core/views';
import { ingestSnapshot, type RadarDatabase } from '../store';
import { extensionDataContext, type DataContext } from './data-handlers';
import type { IngestLimiter } from './ingest-limiter';
import { snapshotMismatch } from './page-match';
import type { SenderPage } from './senders';
import { withStoragePressureRelief } from './storage-pressure';

export type IngestContext = Pick<DataContext, 'events' | 'now'>;

/** Where a content script's snapshot came from, and the flood limit for its tab. */
export interface IngestSource {
  page: SenderPage;
  limiter: IngestLimiter;
}

/**
 * The background's side of `ingestReading` (the reading as JSON text): validate at the boundary, read the page's texts for
 * meaning (interpret.ts: the shop's page does not pay for that), then store; a full disk
 * makes room by pruning old history and tries once more. `onStored` hears of every snapshot
 * stored (the watches count a visit to a watched page as its check); its failure never fails
 * the ingest. From a content script (`source`), the snapshot must be of the sender tab's own page,
 * and floods are kept out of the store.
 */
export async function handleIngest(
  db: RadarDatabase,
  input: unknown,
  context: IngestContext = extensionDataContext,
  onStored?: (snapshot: ProductSnapshot) => Promise<unknown>,
  source?: IngestSource,
): Promise<IngestResult> {
  const parsed = parseReadingText(input);
  if (!parsed.ok) return parsed;
  const checked = checkReading(parsed.value);
  if (!checked.ok) return { ok: false, error: checked.error };
  // Another tab's product is refused before its texts cost any reading.
  const mismatch = source && snapshotMismatch(checked.reading.snapshot, source.page.url);
  if (mismatch) return { ok: false, error: `not this tab's product: ${mismatch}` };
  // The background's clock dates every reading: a page's clock (or a forged capturedAt) never does.
  const snapshot: ProductSnapshot = { ...interpretReading(checked.reading), capturedAt: context.now().toISOString() };
  if (source) {
    if (!source.limiter.admit(source.page.tabId, snapshot, context.now().getTime())) return { ok: true, observations: 0 };
  }
  try {
    const events = await context.events();
    const observations = await withStoragePressureRelief(db, () => ingestSnapshot(db, snapshot, { events }), {
      events,
      now: context.now,
    });
    await onStored?.(snapshot).catch((error: unknown) => console.warn('[返场雷达] after-ingest update failed:', error));
    return { ok: true, observations };
  } catch (error) {
    return { ok: false, error: `could not store the snapshot: ${error instanceof Error ? error.message : String(error)}` };
  }
}
