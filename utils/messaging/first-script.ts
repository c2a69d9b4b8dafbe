import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from './protocol';

/**
 * The sender for a site's first script: the same messages as `./index.ts`, without the protocol's schemas (zod and the
 * model), which the first script must not carry (issue 29).
 */
export const { sendMessage } = defineExtensionMessaging<ProtocolMap>();
