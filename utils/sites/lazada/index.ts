import type { SiteModule } from '../types';
import { lazadaChat } from './chat';
import { lazadaProfile } from './profile';

export const lazada: SiteModule = { profile: lazadaProfile, adapters: [lazadaChat] };
