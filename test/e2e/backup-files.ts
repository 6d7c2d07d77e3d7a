import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { ExtensionSession } from './browser';
import { waitUntil } from './wait';

/**
 * Backups the way a shopper moves them: through the options page's buttons. The file itself never
 * travels in a message (the page hands it to the background worker, or through the transfer store).
 */
async function openOptions(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await page.getByTestId('section-sizes').waitFor();
  return page;
}

/** Exports the store from the options page and returns the downloaded file's text. */
export async function exportBackupText(session: ExtensionSession): Promise<string> {
  const options = await openOptions(session);
  try {
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('export-data').click()]);
    return readFileSync(await download.path(), 'utf8');
  } finally {
    await options.close();
  }
}

/** Imports `text` as a backup file through the options page; `ok` is whether the page said it was restored. */
export async function importBackupText(session: ExtensionSession, text: string): Promise<{ ok: boolean; status: string }> {
  const options = await openOptions(session);
  try {
    await options
      .getByTestId('import-file')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    const status = options.getByTestId('data-status');
    const settled = await waitUntil(
      'the options page to say whether the backup was restored',
      // Text and class in one read: the status changes between two separate reads.
      () => status.evaluate((el) => ({ text: el.textContent ?? '', error: el.classList.contains('field-error') })),
      (s) => s.error || s.text.includes('已导入'),
      { timeoutMs: 30_000 },
    );
    return { ok: !settled.error, status: settled.text };
  } finally {
    await options.close();
  }
}
