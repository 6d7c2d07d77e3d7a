import { PHONE } from '../../../test/e2e/browser';
import { panelBadge } from '../../../test/e2e/panel-frame';
import type { Tour } from '../tour';

const HOODIE_PHONE = 'https://item.m.jd.com/product/100038004353.html';

/**
 * The same hoodie on JD's mobile page, as on a phone (390×844, touch, a mobile user agent): the
 * badge sits clear of the bottom buy bar, and one tap opens it to the traps.
 */
export async function phone(tour: Tour): Promise<void> {
  const page = await tour.session.context.newPage();
  // The tour's browser is a desktop one: this page alone becomes a phone.
  await page.setViewportSize(PHONE.viewport);
  const cdp = await tour.session.context.newCDPSession(page);
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  await cdp.send('Emulation.setUserAgentOverride', { userAgent: PHONE.userAgent });
  await page.goto(HOODIE_PHONE);
  const { frame, badge } = await panelBadge(page);
  // The panel's frame is an extension page in a process of its own: the page's touch emulation
  // does not reach it, and without a coarse pointer there its badge keeps the desktop size.
  const frameCdp = await tour.session.context.newCDPSession(frame);
  await frameCdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  // The panel settles clear of the buy bar a moment after it appears.
  await page.waitForTimeout(600);
  const closedShot = await tour.screenshot(page, 'phone-page', { fullPage: false });
  // A finger's tap, through the same emulation (the tour's browser was not started as a phone).
  const at = (await badge.boundingBox())!;
  const point = { x: at.x + at.width / 2, y: at.y + at.height / 2 };
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await frame.getByTestId('panel-body').waitFor();
  await page.waitForTimeout(600);
  const panel = (await frame.getByTestId('panel').boundingBox())!;
  const bar = (await page.locator('#cart1').boundingBox())!;
  tour.steps.push({
    step: 'On a phone: the same hoodie on its mobile page; the badge stays clear of the bottom buy bar and one tap opens it',
    url: HOODIE_PHONE,
    shown: {
      panel: (await frame.getByTestId('panel').innerText()).trim(),
      badgeHeight: Math.round(at.height),
      panelBottom: Math.round(panel.y + panel.height),
      buyBarTop: Math.round(bar.y),
      closedScreenshot: closedShot,
    },
    notifications: [],
    screenshot: await tour.screenshot(page, 'phone-panel', { fullPage: false }),
  });
  await page.close();
}
