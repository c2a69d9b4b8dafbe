import type { SiteModule } from '../types';
import { taobaoOrderDetail } from './order-detail';
import { taobaoProfile } from './profile';
import { taobaoSoldList } from './sold-list';

export const taobao: SiteModule = { profile: taobaoProfile, adapters: [taobaoSoldList, taobaoOrderDetail] };
