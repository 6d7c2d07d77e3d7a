import { waitUntil } from '../wait';
import type { DriverPage } from './types';

/** What each browser's page must supply; the rest of DriverPage is built on `evaluate`. */
export interface PagePrimitives {
  url(): Promise<string>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  click(selector: string): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
  tap(x: number, y: number): Promise<void>;
  touchStart(x: number, y: number): Promise<void>;
  touchMove(x: number, y: number): Promise<void>;
  touchEnd(): Promise<void>;
  fill(selector: string, value: string): Promise<void>;
  setFile(selector: string, path: string): Promise<void>;
  reload(): Promise<void>;
  screenshot(path: `${string}.png`): Promise<void>;
  close(): Promise<void>;
}

export function driverPage(p: PagePrimitives): DriverPage {
  const count = (selector: string) => p.evaluate((s) => document.querySelectorAll(s).length, selector);
  return {
    url: () => p.url(),
    evaluate: (fn, arg) => p.evaluate(fn, arg),
    count,
    async waitFor(selector, what = selector, timeoutMs = 15_000) {
      await waitUntil(
        what,
        () => count(selector).catch(() => 0),
        (n) => n > 0,
        { timeoutMs, intervalMs: 100 },
      );
    },
    text: (selector) => p.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector),
    attr: (selector, name) => p.evaluate(([s, n]) => document.querySelector(s)?.getAttribute(n) ?? null, [selector, name] as const),
    click: (selector) => p.click(selector),
    async clickAt(selector, fx, fy) {
      const box = await boxOf(p, selector);
      await p.mouseClick(box.x + box.width * fx, box.y + box.height * fy);
    },
    async tapAt(selector, fx, fy) {
      const box = await boxOf(p, selector);
      await p.tap(box.x + box.width * fx, box.y + box.height * fy);
    },
    async pressAt(selector, fx, fy) {
      const box = await boxOf(p, selector);
      const at = (gx: number, gy: number) => [box.x + box.width * gx, box.y + box.height * gy] as const;
      await p.touchStart(...at(fx, fy));
      return { moveTo: (gx, gy) => p.touchMove(...at(gx, gy)), lift: () => p.touchEnd() };
    },
    fill: (selector, value) => p.fill(selector, value),
    setFile: (selector, path) => p.setFile(selector, path),
    reload: () => p.reload(),
    screenshot: (path) => p.screenshot(path),
    close: () => p.close(),
  };
}

async function boxOf(p: PagePrimitives, selector: string): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await p.evaluate((s) => {
    const el = document.querySelector(s);
    if (!el) return null;
    el.scrollIntoView({ block: 'center' });
    const r = el.getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  }, selector);
  if (!box) throw new Error(`nothing matches ${selector}`);
  return box;
}
