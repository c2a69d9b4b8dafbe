import type { ComponentType } from 'react';
import { featuresFromFiles, type Feature, type FeatureDefinition } from '@/utils/features';

export type FeaturePanel = ComponentType<{ api: never }>;

/**
 * Everything the extension does on a seller page: one file a feature in `./features/`, its id the file's name
 * (CONTRIBUTING, "Adding a feature"). Started in `startOrder`, panels shown in `order`.
 */
export const FEATURES: readonly Feature<unknown, FeaturePanel>[] = featuresFromFiles(import.meta.glob<FeatureDefinition<never, FeaturePanel>>('./features/*.tsx', { eager: true, import: 'default' }));
