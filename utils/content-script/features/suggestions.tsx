import { CaretPicker } from '@/components/chat/CaretPicker';
import { SuggestionsPanel } from '@/components/chat/SuggestionsPanel';
import { startSuggestions } from '@/utils/content/suggestions';
import { defineFeature } from '@/utils/features';

// Starts before the send guard, so Enter on a `/` search inserts and never reaches the guard.
export default defineFeature({ pageKinds: ['chat'], start: startSuggestions, Panel: SuggestionsPanel, Overlay: CaretPicker, order: 70, startOrder: -1 });
