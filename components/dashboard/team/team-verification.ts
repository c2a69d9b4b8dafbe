import { signal } from '@preact/signals-react';
import { deviceKeysStore } from '@/utils/storage';
import { teamVerify, type TeamSource } from '@/utils/team-log/client';
import type { TeamVerification } from '@/utils/team-log/verify';

export type VerificationState = { state: 'idle' } | { state: 'running'; rows: number } | { state: 'done'; result: TeamVerification; at: number } | { state: 'error'; message: string };

/** The last verification of the team log in this dashboard (the log view shows it, the KPI view counts by it). */
export const teamVerification = signal<VerificationState>({ state: 'idle' });
let running: { key: string; done: Promise<void> } | undefined;
const sourceKey = (source: TeamSource) => `${source.connection.url}|${source.connection.database}|${source.connection.user}`;
let verifiedKey = '';

/** Verifies the whole team log against the registered device keys; one run at a time per source. */
export function runTeamVerification(source: TeamSource): Promise<void> {
  const key = sourceKey(source);
  if (running?.key === key) return running.done;
  const done = (async () => {
    teamVerification.value = { state: 'running', rows: 0 };
    const result = await teamVerify(source, await deviceKeysStore.load(), (rows) => (teamVerification.value = { state: 'running', rows }));
    verifiedKey = key;
    teamVerification.value = result.ok ? { state: 'done', result: result.value, at: Date.now() } : { state: 'error', message: `${result.error}: ${result.detail.slice(0, 200)}` };
  })().finally(() => (running = undefined));
  running = { key, done };
  return done;
}

/** The verification for this source, started when there is none yet. */
export function ensureTeamVerification(source: TeamSource): void {
  const current = teamVerification.value;
  if (verifiedKey !== sourceKey(source) || current.state === 'idle') void runTeamVerification(source);
}
