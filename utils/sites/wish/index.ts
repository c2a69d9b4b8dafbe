import type { SiteModule } from '../types';
import { wishChat } from './chat';
import { wishProfile } from './profile';

export const wish: SiteModule = { profile: wishProfile, adapters: [wishChat] };
