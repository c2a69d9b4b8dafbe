import type { SiteModule } from '../types';
import { douyinChat } from './chat';
import { douyinOrderList } from './order-list';
import { douyinProfile } from './profile';

export const douyin: SiteModule = { profile: douyinProfile, adapters: [douyinChat, douyinOrderList] };
