import { RemarkPanel } from '@/components/remark/RemarkPanel';
import { startRemarkGuard } from '@/utils/content/remark-guard';
import { defineFeature } from '@/utils/features';
import { pageKindSchema } from '@/utils/model';

export default defineFeature({ pageKinds: pageKindSchema.options, needs: (adapter) => !!adapter.remarkEditor, start: startRemarkGuard, Panel: RemarkPanel, order: 80 });
