import type { Page } from 'playwright-core';
import { askBackground as ask } from '../../../test/e2e/ask-background';
import type { ExtensionSession } from '../../../test/e2e/browser';

/** Asks the background from a fresh extension page, as the popup would. */
export async function askBackground<T>(session: ExtensionSession, type: string, data?: unknown): Promise<T> {
  const page = await session.extensionPage();
  try {
    return await ask<T>(page, type, data);
  } finally {
    await page.close();
  }
}

export async function waitForPrice(page: Page, text?: string): Promise<void> {
  await page.waitForFunction((t) => {
    const shown = document.querySelector('.p-price .price')?.textContent ?? '';
    return t ? shown === t : shown !== '';
  }, text);
  // Let the content script read and store the page.
  await page.waitForTimeout(800);
}

export async function popupText(popup: Page): Promise<string> {
  await popup.locator('main').first().waitFor();
  await popup.waitForTimeout(500);
  return (await popup.locator('main').first().innerText()).replace(/\n{2,}/g, '\n').trim();
}
