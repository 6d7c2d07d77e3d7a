import * as v from 'valibot';
import { SITES } from '../core/types';
import type { PromoEvent } from './types';
import { IsoInstantSchema } from './time';

/**
 * Shopper-added and shopper-edited events, merged over the defaults. An entry whose id matches a
 * default event edits it (only the fields given change); any other id adds an event and must be
 * complete. Entries that fail validation are skipped with a warning: the calendar keeps working.
 */
const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));

const eventFields = {
  name: text(40),
  nameEn: text(80),
  platforms: v.pipe(v.array(v.picklist(SITES)), v.minLength(1)),
  preSaleAt: v.nullable(IsoInstantSchema),
  mainAt: IsoInstantSchema,
  endAt: IsoInstantSchema,
  estimated: v.boolean(),
  source: v.pipe(v.string(), v.maxLength(500)),
};

export function timesInOrder(e: Pick<PromoEvent, 'preSaleAt' | 'mainAt' | 'endAt'>): boolean {
  return (e.preSaleAt === null || Date.parse(e.preSaleAt) < Date.parse(e.mainAt)) && Date.parse(e.mainAt) < Date.parse(e.endAt);
}

export const PromoEventSchema = v.pipe(
  v.object({ id: text(80), ...eventFields }),
  v.check((e) => timesInOrder(e), 'times must run pre-sale < main < end'),
);

/** A shopper's entry: an id plus any fields; completeness is checked after merging. */
export const UserEventEntrySchema = v.object({
  id: text(80),
  name: v.optional(eventFields.name),
  nameEn: v.optional(eventFields.nameEn),
  platforms: v.optional(eventFields.platforms),
  preSaleAt: v.optional(eventFields.preSaleAt),
  mainAt: v.optional(eventFields.mainAt),
  endAt: v.optional(eventFields.endAt),
  estimated: v.optional(eventFields.estimated),
  source: v.optional(eventFields.source),
});

export type UserEventEntry = v.InferOutput<typeof UserEventEntrySchema>;

export interface MergedCalendar {
  events: PromoEvent[];
  warnings: string[];
}

/** The first validation issue as "path.to.field: message". */
export function describeIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  const path = first?.path?.map((p) => String(p.key)).join('.') ?? '';
  return `${path ? `${path}: ` : ''}${first?.message ?? 'invalid'}`;
}

export function mergeUserEvents(defaults: readonly PromoEvent[], userEntries: readonly unknown[]): MergedCalendar {
  const byId = new Map<string, PromoEvent>(defaults.map((e) => [e.id, e]));
  const warnings: string[] = [];
  userEntries.forEach((raw, index) => {
    const entry = v.safeParse(UserEventEntrySchema, raw);
    if (!entry.success) {
      warnings.push(`promo event #${index + 1} skipped: ${describeIssue(entry.issues)}`);
      return;
    }
    const base = byId.get(entry.output.id);
    const definedFields = Object.fromEntries(Object.entries(entry.output).filter(([, value]) => value !== undefined));
    // A shopper's own event is theirs: never marked estimated unless they say so.
    const merged = base ? { ...base, ...definedFields } : { estimated: false, source: 'added by the shopper', ...definedFields };
    const checked = v.safeParse(PromoEventSchema, merged);
    if (!checked.success) {
      warnings.push(`promo event ${entry.output.id} skipped: ${describeIssue(checked.issues)}`);
      return;
    }
    byId.set(checked.output.id, checked.output);
  });
  const events = [...byId.values()].sort((a, b) => Date.parse(a.mainAt) - Date.parse(b.mainAt));
  return { events, warnings };
}
