import type { Frame, Page } from 'playwright-core';
import { waitUntil } from './wait';

/** The verdict panel's frame on a product page (an extension page; the shop's page cannot reach into it). */
export async function panelFrame(page: Page, timeoutMs = 20_000): Promise<Frame> {
  const frame = await waitUntil(
    'the verdict panel frame on the page',
    () => page.frames().find((f) => f.url().includes('/verdict-panel.html')) ?? null,
    (f) => f !== null,
    { timeoutMs },
  );
  return frame!;
}

/** The panel's badge, once the frame shows it. */
export async function panelBadge(page: Page, timeoutMs = 20_000) {
  const frame = await panelFrame(page, timeoutMs);
  const badge = frame.getByTestId('panel-badge');
  await badge.waitFor({ timeout: timeoutMs });
  return { frame, badge };
}
