import { RemarkPanel } from '@/components/remark/RemarkPanel';
import { startRemarkGuard } from '@/utils/content/remark-guard';
import { defineFeature } from '@/utils/features';
import { pageKindSchema } from '@/utils/model';

// First in the panel: only order pages have a remark editor, and there the builder is the agent's task (its preview and
// fill button stay in view in a short spot).
export default defineFeature({ pageKinds: pageKindSchema.options, needs: (adapter) => !!adapter.remarkEditor, start: startRemarkGuard, Panel: RemarkPanel, order: 5 });
