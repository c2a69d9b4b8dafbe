import { watchUnguardedSends } from '@/utils/content/unguarded-sends';
import { defineFeature } from '@/utils/features';

export default defineFeature({ pageKinds: ['chat'], start: watchUnguardedSends });
