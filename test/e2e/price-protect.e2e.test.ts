import { launchChromium } from './driver/chromium';
import { priceProtectScenarios } from './scenarios/price-protect';

priceProtectScenarios('Chromium', launchChromium);
