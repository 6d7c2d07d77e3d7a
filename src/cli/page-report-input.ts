import * as v from 'valibot';
import { PAGE_REPORT_FORMAT, type PageReport } from '../core/page-report';
import { ProductSnapshotSchema } from '../core/snapshot-schema';
import type { ProductSnapshot } from '../core/types';
import { InputError } from './inputs';

/** 16 MB of HTML: larger than any product page, small enough to attach. */
const MAX_HTML = 16 * 1024 * 1024;

/** A report file is the shopper's upload: checked like any other CLI input before use. */
const PageReportSchema = v.object({
  format: v.literal(PAGE_REPORT_FORMAT),
  version: v.literal(1),
  extensionVersion: v.pipe(v.string(), v.maxLength(40)),
  savedAt: v.pipe(v.string(), v.isoTimestamp()),
  url: v.pipe(v.string(), v.url(), v.maxLength(2000)),
  snapshot: ProductSnapshotSchema,
  html: v.pipe(v.string(), v.maxLength(MAX_HTML)),
});

/** The report inside a file, when the file is one ("report this page"); null for a saved HTML page. */
export function pageReportIn(bytes: Uint8Array): PageReport | null {
  const text = new TextDecoder('utf-8')
    .decode(bytes)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (!text.startsWith('{')) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = v.safeParse(PageReportSchema, json);
  const report: PageReport | null = parsed.success ? parsed.output : null;
  if (!report) throw new InputError('the JSON file is not a fanchang-radar page report (format fanchang-radar-page-report, version 1)');
  return report;
}

/**
 * Whether reading the report's page again gives what the extension read, field by field (the
 * moment of reading aside): the first thing to know when triaging a report.
 */
export function compareReadings(reported: ProductSnapshot, now: ProductSnapshot): { sameReading: boolean; differentFields: string[] } {
  const keys = new Set([...Object.keys(reported), ...Object.keys(now)].filter((k) => k !== 'capturedAt'));
  const differentFields = [...keys].filter(
    (k) => JSON.stringify(reported[k as keyof ProductSnapshot]) !== JSON.stringify(now[k as keyof ProductSnapshot]),
  );
  return { sameReading: differentFields.length === 0, differentFields };
}
