import { logOrdersSeen } from '@/utils/content/order-seen';
import { defineFeature } from '@/utils/features';
import { pageKindSchema } from '@/utils/model';

export default defineFeature({ pageKinds: pageKindSchema.options, start: logOrdersSeen });
