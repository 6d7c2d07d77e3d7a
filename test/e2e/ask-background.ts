import type { Page } from 'playwright-core';

/** The extension API inside extension pages, where `evaluate` callbacks run. */
declare const chrome: {
  runtime: { sendMessage(message: unknown, callback: (response: unknown) => void): void; lastError?: { message: string } };
};

/**
 * Sends a message to the background from an extension page, in @webext-core/messaging's wire
 * form, exactly as the popup does: the tests', benchmarks' and demo's stand-in for a button press.
 */
export async function askBackground<T>(extensionPage: Page, type: string, data?: unknown): Promise<T> {
  const answer = (await extensionPage.evaluate(
    ({ type, data }) =>
      new Promise<{ res?: unknown; err?: unknown }>((resolve, reject) =>
        chrome.runtime.sendMessage({ id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() }, (r) =>
          chrome.runtime.lastError ? reject(new Error(chrome.runtime.lastError.message)) : resolve(r as { res?: unknown; err?: unknown }),
        ),
      ),
    { type, data },
  )) as { res?: unknown; err?: unknown } | undefined;
  if (answer?.err) throw new Error(`${type} failed: ${JSON.stringify(answer.err)}`);
  return answer?.res as T;
}
