import type { SiteModule } from '../types';
import { aliexpressChat } from './chat';
import { aliexpressOrderList } from './order-list';
import { aliexpressProfile } from './profile';

export const aliexpress: SiteModule = { profile: aliexpressProfile, adapters: [aliexpressChat, aliexpressOrderList] };
