/**
 * Renders the extension icons (public/icon/{16,32,48,128}.png) from the radar mark in
 * src/ui/radar-mark.ts, in headless Chromium, so the icons and the in-page badge are one drawing.
 * Run after changing the mark: `npx tsx scripts/render-icons.ts`.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from '../test/e2e/browser';
import { radarMarkSvg } from '../src/ui/radar-mark';

const SIZES = [16, 32, 48, 128] as const;
const outDir = resolve(import.meta.dirname, '../public/icon');

const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chromium found: install it with `apt-get install -y chromium` or set CHROMIUM_PATH.');
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${radarMarkSvg()}`,
    );
    const file = resolve(outDir, `${size}.png`);
    await page.locator('svg').screenshot({ path: file, omitBackground: true });
    console.log(`wrote ${file}`);
  }
} finally {
  await browser.close();
}
