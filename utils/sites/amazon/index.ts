import type { SiteModule } from '../types';
import { amazonContact } from './contact';
import { amazonProfile } from './profile';

export const amazon: SiteModule = { profile: amazonProfile, adapters: [amazonContact] };
