import type { Tour } from '../tour';

/** The options page: sizes, alerts, notification preferences, thresholds, events, data. */
export async function options(tour: Tour): Promise<void> {
  const page = await tour.session.context.newPage();
  await page.setViewportSize({ width: 900, height: 1200 });
  await page.goto(`chrome-extension://${tour.session.extensionId}/options.html`);
  await page.locator('main').first().waitFor();
  await page.waitForTimeout(600);
  const headings = await page.locator('h2').allInnerTexts();
  tour.steps.push({
    step: 'The options page: sizes, alerts, notifications and quiet hours, thresholds, promo events, language, backup',
    url: 'options.html',
    shown: { sections: headings },
    notifications: [],
    screenshot: await tour.screenshot(page, 'options'),
  });
  await page.close();
}
