import { PhraseSidebar } from '@/components/chat/PhraseSidebar';
import { startPhraseSidebar } from '@/utils/content/phrase-sidebar';
import { defineFeature } from '@/utils/features';

export default defineFeature({ pageKinds: ['chat'], start: startPhraseSidebar, Panel: PhraseSidebar, order: 75 });
