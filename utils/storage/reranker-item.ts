import { DEFAULT_RERANKER_SETTINGS, rerankerSettingsSchema } from '../model/reranker';
import { storedItem } from './stored-item';

/** Whether the semantic re-ranker is on and which imported model it runs (the file itself is in IndexedDB). */
export const rerankerStore = storedItem({ key: 'local:reranker', schema: rerankerSettingsSchema, fallback: DEFAULT_RERANKER_SETTINGS, version: 1 });
