import { startPresenceHeartbeat } from '@/utils/content/presence-heartbeat';
import { defineFeature } from '@/utils/features';

export default defineFeature({ pageKinds: ['chat'], start: (session, stop) => startPresenceHeartbeat(session, stop) });
