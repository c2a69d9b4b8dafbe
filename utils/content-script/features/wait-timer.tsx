import { WaitTimerPanel } from '@/components/customer/WaitTimerPanel';
import { WaitTimerRail } from '@/components/customer/WaitTimerRail';
import { startWaitTimer } from '@/utils/content/wait-timer';
import { defineFeature } from '@/utils/features';

export default defineFeature({ pageKinds: ['chat'], start: startWaitTimer, Panel: WaitTimerPanel, Rail: WaitTimerRail, order: 10 });
