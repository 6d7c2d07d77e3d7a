import { launchWithExtension } from '../../test/e2e/browser';
import { demoShop, DEMO_PRODUCTS } from './shop';

/** With a display: a real window on the demo products, left open for the newcomer to explore. */
export async function exploreInWindow(now: string): Promise<void> {
  const shop = demoShop(now);
  // Restock and price checks fetch from the background: the fixture shop answers those too.
  const session = await launchWithExtension(shop, { headless: false, backgroundFetches: true, now });
  for (const product of DEMO_PRODUCTS) await (await session.context.newPage()).goto(product.url);
  await session.openPopup(DEMO_PRODUCTS[0].url);
  console.log(
    [
      `Chromium is open with 返场雷达 loaded on the fixture shop, its clock set to ${now}.`,
      `Demo products: ${DEMO_PRODUCTS.map((p) => p.url).join('  ')}`,
      'The popup of the first product is open in its own tab; the toolbar icon opens it too.',
      'Close the browser window to end the demo.',
    ].join('\n'),
  );
  await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
  await session.close();
}
