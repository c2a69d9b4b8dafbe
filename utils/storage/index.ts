export { panelPositionsStore, settingsStore, teamRulesStore } from './settings';
export { casePolicyStore, customSitesStore, siteOverridesStore, countTemplateUse, lintPolicyStore, playbookConfigStore, playbooksStore, remarkFormatStore, templatesStore } from './policy-items';
export { loadTeamPolicy, saveTeamPolicy } from './team-policy';
export { dismissStorageProblem, followStorageProblems, type StorageProblem, type StorageProblems } from './problems';
export { storedItemLabel } from './item-names';
export { pauseForHost } from './sliced';
export { syncStateStore, teamReadStore, teamSyncStore, type SyncState } from './team-sync-items';
export { deviceKeysStore } from './device-keys-item';
