import { browser } from '#imports';
import type { AppDB } from '@/utils/db/app-db';
import { promiseActions } from '@/utils/db/customer-query';
import { handoverItems, newlyDue } from '@/utils/customer/handover';

const ALARM = 'kefu-due-promises';
const ANNOUNCED_KEY = 'announcedPromises';

/** Every minute, a system notification for each follow-up that fell due (once per promise), even with no panel open. */
export function watchDuePromises(db: AppDB): void {
  void browser.alarms.create(ALARM, { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void announceDue(db);
  });
}

async function announceDue(db: AppDB): Promise<void> {
  const announced = new Set(((await db.meta.get(ANNOUNCED_KEY))?.value as string[] | undefined) ?? []);
  const due = newlyDue(handoverItems(await promiseActions(db), Date.now()), announced);
  if (due.length === 0) return;
  for (const item of due) {
    await browser.notifications.create(`${item.kind}:${item.id}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: item.kind === 'case' ? '投诉/售后到期 · Case due' : '跟进到期 · Follow-up due',
      message: `${item.buyer}：${item.summary}`.slice(0, 200),
    });
    announced.add(item.id);
  }
  await db.meta.put({ key: ANNOUNCED_KEY, value: [...announced].slice(-1000) });
}
