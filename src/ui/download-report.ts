import { interpretReading } from '../adapters/interpret';
import { buildPageReport, pageReportFileName, type PageReport, type PageReportDraft } from '../core/page-report';

/**
 * Saves the tab reader's report as one JSON file (no downloads permission needed), its reading
 * interpreted as the background interpreted it when storing it. Returns the file's name.
 */
export function saveReport(doc: Document, draft: PageReportDraft): string {
  const report = completeReport(draft);
  const fileName = pageReportFileName(report.snapshot, report.savedAt);
  downloadReport(doc, report, fileName);
  return fileName;
}

/** The report file's content: the draft with its reading interpreted. */
export function completeReport({ reading, ...rest }: PageReportDraft): PageReport {
  return buildPageReport({ ...rest, snapshot: interpretReading(reading) });
}

function downloadReport(doc: Document, report: PageReport, fileName: string): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(report)], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download holds its own copy once started; the URL is only needed for the click.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
