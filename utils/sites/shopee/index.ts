import type { SiteModule } from '../types';
import { shopeeChat } from './chat';
import { shopeeOrderList } from './order-list';
import { shopeeProfile } from './profile';

export const shopee: SiteModule = { profile: shopeeProfile, adapters: [shopeeChat, shopeeOrderList] };
