import { douyinChat } from './douyin-chat';
import { douyinOrderList } from './douyin-order-list';
import { pinduoduoChat } from './pinduoduo-chat';
import { pinduoduoOrderDetail } from './pinduoduo-order-detail';
import { pinduoduoOrderList } from './pinduoduo-order-list';
import type { SiteAdapter } from './types';

export const ADAPTERS: readonly SiteAdapter[] = [pinduoduoChat, pinduoduoOrderList, pinduoduoOrderDetail, douyinChat, douyinOrderList];

/** The adapter for a page, or undefined when no adapter knows this URL (the panel then stays away). */
export function adapterFor(url: URL, adapters: readonly SiteAdapter[] = ADAPTERS): SiteAdapter | undefined {
  return adapters.find((a) => a.isPage(url));
}

/** Every page an adapter knows, for the content script's manifest entry. */
export const ALL_MATCHES = [...new Set(ADAPTERS.flatMap((a) => a.matches))];

export type { SiteAdapter } from './types';
