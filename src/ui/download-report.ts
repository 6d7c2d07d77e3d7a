import type { PageReport } from '../core/page-report';

/** Hands a page report to the browser's downloads as one JSON file (no downloads permission needed). */
export function downloadReport(doc: Document, report: PageReport, fileName: string): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(report)], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download holds its own copy once started; the URL is only needed for the click.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
