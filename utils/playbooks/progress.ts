import type { Action, Playbook, PlaybookStep, StepCheck } from '../model';

type LoggedAction = Pick<Action, 'kind' | 'payload' | 'at'>;

export interface StepState {
  step: PlaybookStep;
  status: 'done' | 'skipped' | 'pending';
  auto: boolean;
  /** Done because the log meets the step's check, with no playbook.step_done row yet (the runner logs one). */
  unlogged?: boolean;
  reason?: string;
}

export interface PlaybookProgress {
  startedAt?: number;
  steps: StepState[];
  /** The first step still to do. */
  current?: string;
  /** Every required step done or skipped with a reason. */
  complete: boolean;
  /** A playbook.completed row exists for this run. */
  completedLogged: boolean;
  escalated: boolean;
}

/**
 * Whether the log shows what the step's check looks for. A template step is met by the send that carries the template:
 * its insertion followed by a `message.sent` before any other template is inserted (inserting alone, then clearing the
 * box or sending something else, does not tick it).
 */
export function checkMet(check: StepCheck, actions: readonly LoggedAction[]): boolean {
  if (check.kind !== 'templateInserted') return actions.some((a) => checkSatisfied(check, a));
  let inserted = false;
  for (const action of [...actions].sort((a, b) => a.at - b.at)) {
    if (action.kind === 'template.inserted') inserted = checkSatisfied(check, action);
    else if (action.kind === 'message.sent' && inserted) return true;
  }
  return false;
}

/** Whether one logged action is what the step's check looks for (for a template step: its insertion). */
export function checkSatisfied(check: StepCheck, action: LoggedAction): boolean {
  const p = action.payload as Record<string, unknown>;
  switch (check.kind) {
    case 'templateInserted':
      return action.kind === 'template.inserted' && check.templateIds.includes(String(p.templateId));
    case 'remarkSaved':
      return action.kind === 'remark.saved' && p.valid === true;
    case 'promiseCreated':
      return action.kind === 'promise.created';
    case 'messageSent':
      return action.kind === 'message.sent';
    case 'customerMarked':
      return action.kind === 'customer.marked' && p.event === check.event;
    case 'handoverExported':
      return action.kind === 'handover.exported';
    case 'reportGenerated':
      return action.kind === 'report.generated';
  }
}

/**
 * Where a playbook stands, from the log: the latest run (playbook.started) and what followed it. A step is done when
 * it was ticked (by hand or automatically) or when its check is met by an action after the start.
 */
export function playbookProgress(playbook: Playbook, actions: readonly LoggedAction[]): PlaybookProgress {
  const mine = (a: LoggedAction) => (a.payload as { playbookId?: string }).playbookId === playbook.id;
  const startedAt = actions.filter((a) => a.kind === 'playbook.started' && mine(a)).reduce<number | undefined>((t, a) => Math.max(t ?? 0, a.at), undefined);
  const after = startedAt === undefined ? [] : actions.filter((a) => a.at >= startedAt);
  const steps: StepState[] = playbook.steps.map((step) => {
    const ofStep = (kind: string) => after.find((a) => a.kind === kind && mine(a) && (a.payload as { stepId?: string }).stepId === step.id);
    const done = ofStep('playbook.step_done');
    if (done) return { step, status: 'done', auto: (done.payload as { auto: boolean }).auto };
    const skipped = ofStep('playbook.step_skipped');
    if (skipped) return { step, status: 'skipped', auto: false, reason: (skipped.payload as { reason: string }).reason };
    if (step.check && checkMet(step.check, after)) return { step, status: 'done', auto: true, unlogged: true };
    return { step, status: 'pending', auto: false };
  });
  return {
    ...(startedAt !== undefined ? { startedAt } : {}),
    steps,
    current: steps.find((s) => s.status === 'pending')?.step.id,
    complete: startedAt !== undefined && steps.every((s) => !s.step.required || s.status !== 'pending'),
    completedLogged: after.some((a) => a.kind === 'playbook.completed' && mine(a)),
    escalated: after.some((a) => a.kind === 'playbook.escalated' && mine(a)),
  };
}
