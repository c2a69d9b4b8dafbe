import { effect } from '@preact/signals-react';
import { lintReply } from '../send-guard/lint-reply';
import { logAction } from '../log/log-action';
import { stableActionId } from '../log/stable-id';
import { lintPolicyStore } from '../storage';
import { messageKeys } from './message-observer';
import type { PageSession } from './page-session';
import { storedSignal } from './stored-signal';

/** How long after the guard let a text through its bubble may take to appear on the page. */
const PASSED_FOR_MS = 120_000;
const squash = (text: string) => text.replace(/\s+/g, '');

/**
 * Replies that leave without passing the guard (Enter on a site whose Enter we do not intercept, the host's mobile
 * app, a second computer): every agent message that appears on the page after it was opened and that the guard did not
 * pass is linted after the fact and logged once as `message.sent_unguarded` with its findings.
 */
export function watchUnguardedSends(session: PageSession, stop: AbortSignal): void {
  const { value: policy, release: unwatchPolicy } = storedSignal(lintPolicyStore);
  const passed: { text: string; at: number }[] = [];
  const stopListening = session.onReplySent((text) => passed.push({ text: squash(text), at: Date.now() }));
  const known = new Set<string>();
  let baseline = false;

  const dispose = effect(() => {
    const result = session.snapshot.value;
    if (!result.ok || result.snapshot.pageKind !== 'chat') return;
    const { site, buyer, messages } = result.snapshot;
    const conversation = buyer?.id ?? buyer?.displayName ?? '';
    const mine = messageKeys(messages, 'agent');
    // What the page already showed when it was opened was sent before we watched: not ours to judge.
    if (!baseline) {
      mine.forEach(({ key }) => known.add(`${conversation}|${key}`));
      baseline = true;
      return;
    }
    const now = Date.now();
    for (const { message, key } of mine) {
      const id = `${conversation}|${key}`;
      if (known.has(id)) continue;
      known.add(id);
      const text = squash(message.text);
      const match = passed.findIndex((p) => now - p.at < PASSED_FOR_MS && p.text === text);
      if (match >= 0) {
        passed.splice(match, 1);
        continue;
      }
      const findings = lintReply(message.text, policy.value, { site });
      const ruleIds = [...new Set(findings.map((f) => f.ruleId))];
      logAction(
        'message.sent_unguarded',
        { messageKey: key.slice(0, 80), length: message.text.length, findings: findings.length, ruleIds, blocking: findings.some((f) => f.severity === 'block') },
        { id: stableActionId('message.sent_unguarded', site, conversation, key) },
      );
    }
  });
  stop.addEventListener('abort', () => {
    dispose();
    stopListening();
    unwatchPolicy();
  });
}
