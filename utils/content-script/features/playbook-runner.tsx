import { PlaybookPanel } from '@/components/playbooks/PlaybookPanel';
import { startPlaybooks } from '@/utils/content/playbook-runner';
import { defineFeature } from '@/utils/features';
import { pageKindSchema } from '@/utils/model';

export default defineFeature({ pageKinds: pageKindSchema.options, start: startPlaybooks, Panel: PlaybookPanel, order: 50 });
