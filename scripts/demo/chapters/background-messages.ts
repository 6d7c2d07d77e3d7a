import type { Page } from 'playwright-core';
import type { ExtensionSession } from '../../../test/e2e/browser';

/** The extension API inside extension pages, where `evaluate` callbacks run. */
declare const chrome: { runtime: { sendMessage(m: unknown, cb: (r: unknown) => void): void; lastError?: { message: string } } };

/**
 * Sends a message to the background as the popup does (@webext-core/messaging's wire form), from
 * an extension page: the tour's stand-in for the shopper pressing a button.
 */
export async function askBackground<T>(session: ExtensionSession, type: string, data?: unknown): Promise<T> {
  const page: Page = await session.context.newPage();
  try {
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    const answer = (await page.evaluate(
      ({ type, data }) =>
        new Promise<{ res?: unknown; err?: unknown }>((resolve, reject) =>
          chrome.runtime.sendMessage({ id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() }, (r) =>
            chrome.runtime.lastError ? reject(new Error(chrome.runtime.lastError.message)) : resolve(r as { res?: unknown; err?: unknown }),
          ),
        ),
      { type, data },
    )) as { res?: unknown; err?: unknown };
    if (answer?.err) throw new Error(`${type} failed: ${JSON.stringify(answer.err)}`);
    return answer.res as T;
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
