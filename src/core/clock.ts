/**
 * The extension's one clock. Everything that judges time (promo phases, expiry, alerts, cart-add
 * dates) asks `now()`, never `new Date()`, so tests and the demo can choose their moment: test
 * builds shift this clock through `src/testing/test-clock.ts`; production builds contain no way
 * to shift it, and the offset stays 0.
 */
let offsetMs = 0;

export function now(): Date {
  return new Date(Date.now() + offsetMs);
}

export function nowMs(): number {
  return Date.now() + offsetMs;
}

/** Only the test-build hook calls this. */
export function setClockOffset(ms: number): void {
  offsetMs = Number.isFinite(ms) ? ms : 0;
}
