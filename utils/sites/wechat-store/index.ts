import type { SiteModule } from '../types';
import { wechatStoreChat } from './chat';
import { wechatStoreProfile } from './profile';

export const wechatStore: SiteModule = { profile: wechatStoreProfile, adapters: [wechatStoreChat] };
