import { observeBuyerMessages } from '@/utils/content/message-observer';
import { defineFeature } from '@/utils/features';

export default defineFeature({ pageKinds: ['chat'], start: observeBuyerMessages });
