import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The least an extension can do on a product page and still do our job: a content script that
 * hands the background one message and, once answered, shows a panel the page cannot reach (an
 * extension-origin frame in a closed shadow root, inserted in a task of its own, as ours is). With
 * `frame: false` it only sends the message. What this costs the page's main thread, measured
 * beside our own script in the same run, is the floor no reader can go under on this machine.
 */
export function writeFloorExtension(frame: boolean): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'fanchang-floor-'));
  const files: Record<string, string> = {
    'manifest.json': JSON.stringify({
      manifest_version: 3,
      name: 'floor',
      version: '1.0',
      background: { service_worker: 'background.js' },
      content_scripts: [{ matches: ['https://item.jd.com/*'], js: ['content-scripts/content.js'], run_at: 'document_idle' }],
      web_accessible_resources: [{ resources: ['frame.html'], matches: ['https://item.jd.com/*'] }],
    }),
    // `settled` counts pages the content script is done with: the bench waits on it.
    'background.js': `globalThis.settled = 0;
chrome.runtime.onMessage.addListener((message, sender, answer) => {
  if (message.shown) globalThis.settled++;
  else answer({ ok: true });
});`,
    // Where WXT puts ours: the bench counts compiling what is under content-scripts/.
    'content-scripts/content.js': `(async () => {
  await chrome.runtime.sendMessage({ reading: location.href });
  if (!${frame}) return void chrome.runtime.sendMessage({ shown: true });
  const host = document.createElement('floor-panel');
  const root = host.attachShadow({ mode: 'closed' });
  const frame = document.createElement('iframe');
  frame.src = chrome.runtime.getURL('/frame.html');
  document.documentElement.append(host);
  setTimeout(() => root.append(frame), 0);
})();`,
    'frame.html': '<!doctype html><meta charset="utf-8"><p>panel</p><script src="frame.js"></script>',
    'frame.js': 'chrome.runtime.sendMessage({ shown: true });',
  };
  mkdirSync(join(dir, 'content-scripts'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
