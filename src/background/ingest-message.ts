import { checkSnapshot } from '../core/snapshot-schema';
import type { IngestResult } from '../core/views';
import { ingestSnapshot, type RadarDatabase } from '../store';

/** The background's side of `ingestSnapshot`: validate at the boundary, then store. */
export async function handleIngest(db: RadarDatabase, input: unknown): Promise<IngestResult> {
  const checked = checkSnapshot(input);
  if (!checked.ok) return { ok: false, error: checked.error };
  try {
    return { ok: true, observations: await ingestSnapshot(db, checked.snapshot) };
  } catch (error) {
    return { ok: false, error: `could not store the snapshot: ${error instanceof Error ? error.message : String(error)}` };
  }
}
