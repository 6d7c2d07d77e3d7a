import { browser } from 'wxt/browser';
import { nowMs, setClockOffset } from '../core/clock';

/**
 * Test and demo builds only (`__RADAR_TEST_HOOKS__`): every extension context (background, popup,
 * options) runs its clock from the moment a test wrote to `storage.local` under this key, so the
 * end-to-end tests and the demo choose their moment instead of the wall clock. Production builds
 * drop this module (the built-extension test checks that the key is absent).
 */
export const TEST_CLOCK_KEY = 'radarTestClock';

/** `at`: the chosen moment; `realAt`: the wall-clock ms when it was chosen, so time still runs. */
export interface TestClock {
  at: string;
  realAt: number;
}

function apply(value: unknown): void {
  const clock = value as Partial<TestClock> | undefined;
  const at = typeof clock?.at === 'string' ? Date.parse(clock.at) : NaN;
  setClockOffset(Number.isFinite(at) && typeof clock?.realAt === 'number' ? at - clock.realAt : 0);
}

/** Reads the chosen moment and follows later changes; resolves once the clock is set. */
export async function installTestClock(): Promise<void> {
  // Lets a test read which moment this context runs at (the e2e helper waits for it).
  (globalThis as { radarTestNow?: () => number }).radarTestNow = nowMs;
  // A change heard while the first read is under way is newer than what that read returns.
  let changed = false;
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(TEST_CLOCK_KEY in changes)) return;
    changed = true;
    apply(changes[TEST_CLOCK_KEY]?.newValue);
  });
  const stored = await browser.storage.local.get(TEST_CLOCK_KEY);
  if (!changed) apply(stored[TEST_CLOCK_KEY]);
}
