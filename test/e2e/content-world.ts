import type { Page } from 'playwright-core';
import { waitUntil } from './wait';

interface ExecutionContext {
  id: number;
  origin: string;
  name: string;
  auxData?: { type?: string; isDefault?: boolean };
}

/**
 * Runs `expression` in the extension's content-script world of `page` (through the DevTools
 * protocol), as a compromised content script would: it has the extension's messaging API, and
 * nothing more. Answers the expression's value (awaited).
 */
export async function inContentScriptWorld<T>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: ExecutionContext[] = [];
  cdp.on('Runtime.executionContextCreated', (event: { context: ExecutionContext }) => contexts.push(event.context));
  try {
    await cdp.send('Runtime.enable');
    const world = await waitUntil(
      "the extension's content-script world on the page",
      () => contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://')) ?? null,
      (c) => c !== null,
    );
    const answer = (await cdp.send('Runtime.evaluate', { expression, contextId: world!.id, awaitPromise: true, returnByValue: true })) as {
      result: { value?: unknown };
      exceptionDetails?: { text: string };
    };
    if (answer.exceptionDetails) throw new Error(`in the content-script world: ${answer.exceptionDetails.text}`);
    return answer.result.value as T;
  } finally {
    await cdp.detach();
  }
}

/** A message to the background in @webext-core/messaging's wire form, from the content-script world: `{ res }` or `{ err }`. */
export function sendFromContentScript(page: Page, type: string, data?: unknown): Promise<{ res?: unknown; err?: { message?: string } }> {
  return inContentScriptWorld(
    page,
    `new Promise((resolve) => chrome.runtime.sendMessage(${JSON.stringify({ id: 1, type, data, timestamp: 1 })},
      (answer) => resolve(answer ?? { err: { message: chrome.runtime.lastError?.message ?? 'no answer' } })))`,
  );
}
