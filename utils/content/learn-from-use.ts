import { signal } from '@preact/signals-react';
import { sendMessage } from '../messaging';
import type { LearnedPhrasing } from '../model';
import { editedAway, type PickOutcome } from '../suggest/learning';
import { pendingBuyerMessages } from '../suggest/pending-buyer';
import type { PageSession } from './page-session';
import { buyerIdentity, type OfferedReply } from './reply-writer';

interface Pick {
  templateId: string;
  inserted: string;
  buyerTexts: string[];
  forBuyer: string | undefined;
}

/**
 * Learning from the agent's own picks: a template inserted from the suggestions (click, hotkey, `/` picker) and then
 * sent makes the buyer messages it answered a learned phrasing of it; a reply rewritten past recognition before
 * sending, or the inserted text deleted, counts against them. Stored by the background in the extension's database.
 */
export function learnFromUse(session: PageSession) {
  const learned = signal<readonly LearnedPhrasing[]>([]);
  let pick: Pick | null = null;
  const reload = () =>
    sendMessage('learned:ranking', {})
      .then((list) => (learned.value = list))
      .catch(() => {});
  const record = (p: Pick, outcome: PickOutcome) => {
    if (p.buyerTexts.length === 0) return;
    void sendMessage('learned:record', { templateId: p.templateId, buyerTexts: p.buyerTexts.map((t) => t.slice(0, 2000)), outcome })
      .then(reload)
      .catch(() => {});
  };
  void reload();
  const stopSent = session.onReplySent((text) => {
    const p = pick;
    pick = null;
    const now = session.snapshot.value;
    if (!p || !now.ok || buyerIdentity(now.snapshot.buyer) !== p.forBuyer) return;
    record(p, editedAway(p.inserted, text) ? 'against' : 'used');
  });
  return {
    learned,
    inserted(item: OfferedReply): void {
      const now = session.snapshot.value;
      if (!now.ok) return;
      pick = { templateId: item.template.id, inserted: item.text, buyerTexts: pendingBuyerMessages(now.snapshot.messages).slice(-3), forBuyer: item.forBuyer };
    },
    /** The reply box changed: emptied after an insert, the pick counts against (the agent threw the text away). */
    draftChanged(text: string): void {
      if (pick && !text.trim()) {
        record(pick, 'against');
        pick = null;
      }
    },
    dispose: stopSent,
  };
}
