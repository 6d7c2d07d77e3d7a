import { defineExtensionMessaging } from '@webext-core/messaging';
import type { DataMessages } from './data-messages';
import type { ProductMessages } from './product-messages';
import type { ProtectMessages } from './protect-messages';
import type { WatchMessages } from './watch-messages';

/**
 * Every message between the content scripts, the popup/options pages and the background (the
 * only database writer). Each feature declares its own messages in its own file.
 */
export interface ProtocolMap extends ProductMessages, DataMessages, WatchMessages, ProtectMessages {}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
