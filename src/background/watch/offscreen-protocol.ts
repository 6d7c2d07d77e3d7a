/**
 * Background -> offscreen document: the one message the Chromium service worker needs, since it
 * has no DOMParser. Kept out of the shared protocol; since every extension context, content scripts
 * included, can send any runtime message, the offscreen document answers only senders on the
 * extension's own origin (entrypoints/offscreen/main.ts).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ReadInput, ReadResult } from './read-html';

export interface OffscreenProtocol {
  readProductHtml(input: ReadInput): ReadResult;
}

export const offscreenMessaging = defineExtensionMessaging<OffscreenProtocol>();

/** The offscreen page, as WXT emits `entrypoints/offscreen/index.html`. */
export const OFFSCREEN_PATH = '/offscreen.html';
