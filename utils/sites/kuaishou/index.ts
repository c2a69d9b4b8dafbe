import type { SiteModule } from '../types';
import { kuaishouChat } from './chat';
import { kuaishouProfile } from './profile';

export const kuaishou: SiteModule = { profile: kuaishouProfile, adapters: [kuaishouChat] };
