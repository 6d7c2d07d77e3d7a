import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { now } from '../core/clock';
import { onMessage } from '../messaging/protocol';
import { pageReportOf } from './page-report';
import type { ProductReading } from '../core/types';

/** The popup's "report this page" asks the product page's reader for the report of this tab. */
export function answerPageReports(ctx: ContentScriptContext, lastStored: () => ProductReading | null): void {
  const stop = onMessage('buildPageReport', () => {
    const reading = lastStored();
    return reading ? pageReportOf(document, reading, browser.runtime.getManifest().version, now().toISOString()) : null;
  });
  ctx.onInvalidated(stop);
}
