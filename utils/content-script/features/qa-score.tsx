import { QaRiskPanel } from '@/components/chat/QaRiskPanel';
import { startQaScoring } from '@/utils/content/qa-score';
import { defineFeature } from '@/utils/features';

export default defineFeature({ pageKinds: ['chat'], start: startQaScoring, Panel: QaRiskPanel, order: 15 });
