import type { SiteModule } from '../types';
import { jdChat } from './chat';
import { jdOrderList } from './order-list';
import { jdProfile } from './profile';

export const jd: SiteModule = { profile: jdProfile, adapters: [jdChat, jdOrderList] };
