import type { SiteModule } from '../types';
import { tiktokShopChat } from './chat';
import { tiktokShopProfile } from './profile';

export const tiktokShop: SiteModule = { profile: tiktokShopProfile, adapters: [tiktokShopChat] };
