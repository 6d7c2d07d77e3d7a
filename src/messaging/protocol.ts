import { defineExtensionMessaging } from '@webext-core/messaging';
import type { DataMessages } from './data-messages';
import type { ProductMessages } from './product-messages';
import type { WatchMessages } from './watch-messages';

/**
 * Messages from the extension's own pages (popup, options, the in-page panel's frame) to the
 * background, the only database writer. The background answers them only for senders on the
 * extension's origin (src/background/senders.ts); content scripts have their own, narrower map
 * (content-messages.ts). Each feature declares its own messages in its own file.
 */
export interface ProtocolMap extends ProductMessages, DataMessages, WatchMessages {}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
