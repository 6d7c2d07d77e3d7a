import type { FixtureShop } from '../../shop/fixture-shop';

/**
 * What a shared scenario (test/e2e/scenarios/) may do to a browser with the extension installed:
 * one description of the shopper's steps, two drivers (Playwright over Chromium, puppeteer-core
 * over Firefox's WebDriver BiDi). Selectors are CSS; every wait is bounded and named.
 */
export interface DriverPage {
  url(): Promise<string>;
  /** Waits until `selector` matches an element; `what` names it in the time-out message. */
  waitFor(selector: string, what?: string, timeoutMs?: number): Promise<void>;
  count(selector: string): Promise<number>;
  /** The first match's textContent, or null when nothing matches. */
  text(selector: string): Promise<string | null>;
  attr(selector: string, name: string): Promise<string | null>;
  /** A real pointer click in the middle of the first match. */
  click(selector: string): Promise<void>;
  /** A real pointer click at a point of the first match, as fractions of its box. */
  clickAt(selector: string, fx: number, fy: number): Promise<void>;
  /** A finger's tap at a point of the first match, as fractions of its box (touch sessions). */
  tapAt(selector: string, fx: number, fy: number): Promise<void>;
  /** A finger put down at a point of the first match and kept there until lifted; it moves within that box. */
  pressAt(selector: string, fx: number, fy: number): Promise<Finger>;
  /** Replaces a field's value by typing, as a shopper does. */
  fill(selector: string, value: string): Promise<void>;
  /** Chooses a file in an `<input type=file>`. */
  setFile(selector: string, path: string): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  reload(): Promise<void>;
  /** Saves a PNG of the whole page, to look at what a test saw. */
  screenshot(path: `${string}.png`): Promise<void>;
  close(): Promise<void>;
}

export interface Finger {
  moveTo(fx: number, fy: number): Promise<void>;
  lift(): Promise<void>;
}

export interface ExtensionDriver {
  readonly browserName: 'chromium' | 'firefox';
  /** Opens a shop page (answered by the fixture shop) in a new tab. */
  openPage(url: string): Promise<DriverPage>;
  /** The popup as a page at the toolbar popup's size (or `viewport`), pointed at the product tab `tabUrl`. */
  openPopup(tabUrl?: string, viewport?: Viewport): Promise<DriverPage>;
  openOptions(viewport?: Viewport): Promise<DriverPage>;
  /** Sends a message to the background from an extension page, as the popup does. */
  background<T>(type: string, data?: unknown): Promise<T>;
  /** A whole object store of the extension's database, read from an extension page. */
  readStore<T>(storeName: string): Promise<T[]>;
  /** A value from the extension's storage.local. */
  storageGet(key: string): Promise<unknown>;
  /** Sets the extension's clock (test builds) and waits until an extension context runs on it. */
  setClock(at: string): Promise<void>;
  /** Fires the named alarm now, as the browser would when it is due. */
  fireAlarm(name: string): Promise<void>;
  /** The ids of the extension's notifications still shown. */
  notifications(): Promise<string[]>;
  /** Clicks a shown notification, identified by its id and the title the shopper sees. */
  clickNotification(id: string, title: string): Promise<void>;
  /** Waits for a tab at `url` to open and returns it. */
  waitForTab(url: string): Promise<DriverPage>;
  close(): Promise<void>;
}

export interface Viewport {
  width: number;
  height: number;
}

export interface DriverOptions {
  /** The moment the extension's clock starts from; default TEST_NOW. */
  now?: string;
  /** A touch screen with a coarse pointer and no hover, as on a phone. */
  phone?: boolean;
}

export type LaunchDriver = (shop: FixtureShop, options?: DriverOptions) => Promise<ExtensionDriver>;
