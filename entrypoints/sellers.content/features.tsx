import type { ComponentType } from 'react';
import { CasePanel } from '@/components/cases/CasePanel';
import { CaretPicker } from '@/components/chat/CaretPicker';
import { SendGuardPanel } from '@/components/chat/SendGuardPanel';
import { SendMarker } from '@/components/chat/SendMarker';
import { SuggestionsPanel } from '@/components/chat/SuggestionsPanel';
import { PhraseSidebar } from '@/components/chat/PhraseSidebar';
import { startPhraseSidebar } from '@/utils/content/phrase-sidebar';
import { CustomerCardView } from '@/components/customer/CustomerCardView';
import { FollowUpOfferPanel } from '@/components/customer/FollowUpOfferPanel';
import { WaitTimerPanel } from '@/components/customer/WaitTimerPanel';
import { WaitTimerRail } from '@/components/customer/WaitTimerRail';
import { PlaybookPanel } from '@/components/playbooks/PlaybookPanel';
import { RemarkPanel } from '@/components/remark/RemarkPanel';
import { startCases } from '@/utils/content/cases';
import { startCustomerCard } from '@/utils/content/customer-card';
import { startFollowUps } from '@/utils/content/follow-ups';
import { observeBuyerMessages } from '@/utils/content/message-observer';
import { logOrdersSeen } from '@/utils/content/order-seen';
import { startPlaybooks } from '@/utils/content/playbook-runner';
import { startRemarkGuard } from '@/utils/content/remark-guard';
import { startSendGuard } from '@/utils/content/send-guard';
import { startSuggestions } from '@/utils/content/suggestions';
import { watchUnguardedSends } from '@/utils/content/unguarded-sends';
import { startWaitTimer } from '@/utils/content/wait-timer';
import { startPresenceHeartbeat } from '@/utils/content/presence-heartbeat';
import { defineFeature, type Feature } from '@/utils/features';

export type FeaturePanel = ComponentType<{ api: never }>;

const ALL_PAGES = ['chat', 'orderList', 'orderDetail'] as const;

/**
 * Everything the extension does on a seller page, in start order (suggestions before the send guard, so Enter on a
 * `/` search inserts and never reaches the guard). Panels render in `PANEL_ORDER`.
 */
export const FEATURES: readonly Feature<unknown, FeaturePanel>[] = [
  defineFeature({ id: 'wait-timer', pageKinds: ['chat'], start: startWaitTimer, Panel: WaitTimerPanel, Rail: WaitTimerRail }),
  defineFeature({ id: 'follow-ups', pageKinds: ALL_PAGES, start: startFollowUps, Panel: FollowUpOfferPanel }),
  defineFeature({ id: 'customer-card', pageKinds: ALL_PAGES, start: startCustomerCard, Panel: CustomerCardView }),
  defineFeature({ id: 'cases', pageKinds: ALL_PAGES, start: startCases, Panel: CasePanel }),
  defineFeature({ id: 'orders-seen', pageKinds: ALL_PAGES, start: logOrdersSeen }),
  defineFeature({ id: 'buyer-messages', pageKinds: ['chat'], start: observeBuyerMessages }),
  defineFeature({ id: 'playbooks', pageKinds: ALL_PAGES, start: startPlaybooks, Panel: PlaybookPanel }),
  defineFeature({ id: 'suggestions', pageKinds: ['chat'], start: startSuggestions, Panel: SuggestionsPanel, Overlay: CaretPicker }),
  defineFeature({ id: 'phrases', pageKinds: ['chat'], start: startPhraseSidebar, Panel: PhraseSidebar }),
  defineFeature({ id: 'send-guard', pageKinds: ['chat'], start: startSendGuard, Panel: SendGuardPanel, Overlay: SendMarker }),
  defineFeature({ id: 'unguarded-sends', pageKinds: ['chat'], start: watchUnguardedSends }),
  defineFeature({ id: 'presence', pageKinds: ['chat'], start: (session, stop) => startPresenceHeartbeat(session, stop) }),
  defineFeature({ id: 'remark-guard', pageKinds: ALL_PAGES, needs: (adapter) => !!adapter.remarkEditor, start: startRemarkGuard, Panel: RemarkPanel }),
] as readonly Feature<unknown, FeaturePanel>[];

/** Where each feature's panel sits, top to bottom: the guard's findings above the suggestions they concern. */
export const PANEL_ORDER = ['wait-timer', 'follow-ups', 'customer-card', 'cases', 'playbooks', 'send-guard', 'suggestions', 'phrases', 'remark-guard'];
