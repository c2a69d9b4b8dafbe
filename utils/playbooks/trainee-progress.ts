import type { Action } from '../model';
import { chinaDate } from '../time/china-time';

export interface TraineeProgress {
  staffId: string;
  name: string;
  started: number;
  completed: number;
  skippedSteps: number;
  escalated: number;
  skips: { playbookId: string; stepId: string; reason: string; at: number }[];
  /** Day (China time) → playbooks started and completed. */
  byDay: Record<string, { started: number; completed: number }>;
}

/** Per trainee (actions logged with role trainee): playbooks started, completed and skipped, over time. */
export function traineeProgress(actions: readonly Action[]): TraineeProgress[] {
  const byTrainee = new Map<string, TraineeProgress>();
  for (const a of actions) {
    if (a.agent?.role !== 'trainee' || !a.kind.startsWith('playbook.')) continue;
    let t = byTrainee.get(a.agent.staffId);
    if (!t) byTrainee.set(a.agent.staffId, (t = { staffId: a.agent.staffId, name: a.agent.name, started: 0, completed: 0, skippedSteps: 0, escalated: 0, skips: [], byDay: {} }));
    const day = (t.byDay[chinaDate(a.at)] ??= { started: 0, completed: 0 });
    const p = a.payload as { playbookId: string; stepId: string; reason: string };
    if (a.kind === 'playbook.started') {
      t.started++;
      day.started++;
    }
    if (a.kind === 'playbook.completed') {
      t.completed++;
      day.completed++;
    }
    if (a.kind === 'playbook.escalated') t.escalated++;
    if (a.kind === 'playbook.step_skipped') {
      t.skippedSteps++;
      t.skips.push({ playbookId: p.playbookId, stepId: p.stepId, reason: p.reason, at: a.at });
    }
  }
  return [...byTrainee.values()].sort((a, b) => a.staffId.localeCompare(b.staffId));
}

/** The steps trainees skip most, most first. */
export function mostSkippedSteps(actions: readonly Action[], limit = 10): { playbookId: string; stepId: string; count: number }[] {
  const counts = new Map<string, { playbookId: string; stepId: string; count: number }>();
  for (const a of actions) {
    if (a.kind !== 'playbook.step_skipped' || a.agent?.role !== 'trainee') continue;
    const { playbookId, stepId } = a.payload as { playbookId: string; stepId: string };
    const key = `${playbookId}/${stepId}`;
    const entry = counts.get(key) ?? { playbookId, stepId, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count).slice(0, limit);
}
