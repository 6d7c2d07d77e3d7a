import { parseArgs } from 'node:util';
import { isIsoInstant } from '../../src/promo';
import { findChromium } from '../../test/e2e/browser';
import { TEST_NOW } from '../../test/clock';
import { exploreInWindow } from './explore';
import { runTour } from './tour';

const { values } = parseArgs({
  options: { now: { type: 'string' }, headless: { type: 'boolean' } },
  strict: true,
});

// The demo chooses its moment: by default one inside 双11's 返场, where every chapter means something.
const now = values.now ?? TEST_NOW;
if (!isIsoInstant(now)) {
  console.error(`--now takes an ISO time with an offset, e.g. 2028-11-16T10:00:00+08:00 (got "${now}").`);
  process.exit(2);
}

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

const headless = values.headless === true || !process.env.DISPLAY;
if (headless) await runTour(now);
else await exploreInWindow(now);
