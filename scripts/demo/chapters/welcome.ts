import type { Tour } from '../tour';
import { popupText } from './background-messages';

/** First run: the popup asks for the shopper's sizes, so 断码 can be judged against their own. */
export async function welcome(tour: Tour): Promise<void> {
  const popup = await tour.session.openPopup();
  await popup.getByTestId('welcome').waitFor();
  await popup.getByTestId('size-top').fill('M');
  await popup.getByTestId('size-shoe').fill('40');
  const shot = await tour.screenshot(popup, 'popup-welcome');
  await popup.getByTestId('welcome-save').click();
  await popup.getByTestId('welcome').waitFor({ state: 'detached' });
  tour.steps.push({
    step: 'First run: the shopper gives their sizes (top M, shoes 40) and the welcome gets out of the way',
    url: null,
    shown: { popup: await popupText(popup) },
    notifications: [],
    screenshot: shot,
  });
  await popup.close();
}
