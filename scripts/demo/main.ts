import { findChromium } from '../../test/e2e/browser';
import { exploreInWindow } from './explore';
import { runTour } from './tour';

if (!findChromium()) {
  console.error(
    [
      'No Chromium found, so the demo cannot start.',
      "Install Debian's Chromium with:  sudo apt-get install -y chromium",
      'or point CHROMIUM_PATH at a Chromium or Chrome executable.',
    ].join('\n'),
  );
  process.exit(1);
}

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
if (headless) await runTour();
else await exploreInWindow();
