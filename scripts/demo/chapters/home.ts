import type { Tour } from '../tour';
import { popupText } from './background-messages';

/** Away from a product page the popup shows the 返场 watchlist and the search box. */
export async function home(tour: Tour): Promise<void> {
  const popup = await tour.session.openPopup('https://www.baidu.com/');
  tour.steps.push({
    step: 'The popup away from a product page: the 返场 watchlist and search',
    url: 'https://www.baidu.com/',
    shown: { popup: await popupText(popup) },
    notifications: [],
    screenshot: await tour.screenshot(popup, 'popup-home'),
  });
  await popup.close();
}
