import { buyerKey, type Action } from '../model';
import { openPromiseRows } from '../customer/handover';
import { chinaDate } from '../time/china-time';

export interface ReportScope {
  staffId?: string;
  /** YYYY-MM-DD, China time. */
  day: string;
}

/**
 * The day's report (日报) drafted from the log for one agent: conversations handled, templates used, remarks written,
 * send-guard findings and overrides, open promises, playbooks completed or skipped with the reasons given.
 * The agent edits it before exporting; nothing here is sent anywhere.
 */
export function draftDailyReport(actions: readonly Action[], scope: ReportScope): string {
  const today = actions.filter((a) => chinaDate(a.at) === scope.day && (!scope.staffId || a.agent?.staffId === scope.staffId));
  const count = (kind: Action['kind']) => today.filter((a) => a.kind === kind).length;
  const conversations = new Set(today.filter((a) => a.kind === 'message.sent' && a.buyer).map((a) => buyerKey(a.buyer!))).size;
  const open = openPromiseRows(actions);
  const skipped = today.filter((a) => a.kind === 'playbook.step_skipped').map((a) => a.payload as { playbookId: string; stepId: string; reason: string });
  const name = today.find((a) => a.agent)?.agent;
  const lines = [
    `日报 ${scope.day}${name ? ` · ${name.name}（工号 ${name.staffId}）` : ''}`,
    '',
    `接待会话：${conversations} 个，发送消息 ${count('message.sent')} 条`,
    `使用模板：${count('template.inserted')} 次`,
    `订单备注：保存 ${count('remark.saved')} 条，被拦截 ${count('remark.blocked')} 次`,
    `发送拦截：${count('lint.blocked')} 次；提醒后仍发送 ${count('lint.overridden')} 次`,
    `未完成的承诺：${open.length} 条${open
      .slice(0, 10)
      .map((a) => `\n  - ${a.buyer?.nick ?? a.buyer?.buyerId ?? ''}：${(a.payload as { summary: string }).summary}`)
      .join('')}`,
    `流程：完成 ${count('playbook.completed')} 个，跳过步骤 ${skipped.length} 次${skipped.map((s) => `\n  - ${s.playbookId}/${s.stepId}：${s.reason || '（未填写原因）'}`).join('')}`,
    '',
    '今日问题与建议：',
    '',
  ];
  return lines.join('\n');
}
