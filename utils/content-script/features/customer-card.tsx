import { CustomerCardView } from '@/components/customer/CustomerCardView';
import { startCustomerCard } from '@/utils/content/customer-card';
import { defineFeature } from '@/utils/features';
import { pageKindSchema } from '@/utils/model';

export default defineFeature({ pageKinds: pageKindSchema.options, start: startCustomerCard, Panel: CustomerCardView, order: 30 });
