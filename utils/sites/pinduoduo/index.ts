import type { SiteModule } from '../types';
import { pinduoduoChat } from './chat';
import { pinduoduoOrderDetail } from './order-detail';
import { pinduoduoOrderList } from './order-list';
import { pinduoduoProfile } from './profile';

export const pinduoduo: SiteModule = { profile: pinduoduoProfile, adapters: [pinduoduoChat, pinduoduoOrderList, pinduoduoOrderDetail] };
