import { SendGuardMarker } from '@/components/send-guard/SendGuardMarker';
import { SendGuardPanel } from '@/components/send-guard/SendGuardPanel';
import { startSendGuard } from '@/utils/content/send-guard';
import { defineFeature } from '@/utils/features';

// Above the suggestions: the guard's findings concern the reply they would go into.
export default defineFeature({ pageKinds: ['chat'], start: startSendGuard, Panel: SendGuardPanel, Overlay: SendGuardMarker, order: 60 });
