import { CasePanel } from '@/components/cases/CasePanel';
import { startCases } from '@/utils/content/cases';
import { defineFeature } from '@/utils/features';
import { pageKindSchema } from '@/utils/model';

export default defineFeature({ pageKinds: pageKindSchema.options, start: startCases, Panel: CasePanel, order: 40 });
