import { FollowUpOfferPanel } from '@/components/customer/FollowUpOfferPanel';
import { startFollowUps } from '@/utils/content/follow-ups';
import { defineFeature } from '@/utils/features';
import { pageKindSchema } from '@/utils/model';

export default defineFeature({ pageKinds: pageKindSchema.options, start: startFollowUps, Panel: FollowUpOfferPanel, order: 20 });
