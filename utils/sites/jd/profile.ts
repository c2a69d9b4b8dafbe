import { defineProfile } from '../define-profile';
import { flagsNamed } from '../flag-colours';
import { chatPage, gap, kpiRule, minutes, orderListPage, seconds, zhEn } from '../profile-parts';

/** JD: 咚咚 chat workbench on dongdong.jd.com, 京麦 orders on shop.jd.com (site-evidence-2.md §1.4, site-evidence.md §4). */
export const jdProfile = defineProfile({
  id: 'jd',
  name: zhEn('京东（咚咚/京麦）', 'JD (Dongdong / Jingmai)'),
  origins: ['https://dongdong.jd.com', 'https://shop.jd.com'],
  pages: [
    // Evidence is silent on Enter; 咚咚's default is Enter sends (Ctrl+Enter a new line), so the guard checks it.
    chatPage({
      match: ['https://dongdong.jd.com/*'],
      examples: ['https://dongdong.jd.com/', 'https://dongdong.jd.com/workbench'],
      enterSends: true,
      fields: {
        buyerName: '.chat-head-name > span, .chat-head-name, .chat-head-title',
        messageRows: { selector: '.message', fallback: 'the timed rows in the reply box’s column, else rows with an id directly in #t-chat-scroll' },
        replyBox: '.EditorContent[contenteditable="true"]',
        sendButton: '.SendButtonGroup > .send-button',
        buyerMark: '.message_left',
        agentMark: '.message_right',
      },
    }),
    orderListPage({
      match: ['https://shop.jd.com/jdm/trade/orders/order-list*'],
      inject: ['https://shop.jd.com/jdm/trade/*'],
      examples: ['https://shop.jd.com/jdm/trade/orders/order-list?tabType=allOrders', 'https://shop.jd.com/jdm/trade/orders/order-list'],
      fields: {
        orderRows: { selector: '.jd-scrollbar__view .table-body .card', fallback: 'each card that holds one 12-digit order number' },
      },
    }),
  ],
  // jingdong.pop.order.modifyVenderRemark: flag 0–5 (0 grey; 1–5 by the common convention), 500 characters, replaces.
  remark: { flags: flagsNamed('灰', '红', '黄', '绿', '蓝', '紫') },
  // 30 seconds is the platform's bar for the first answer of a session.
  waitThreshold: { warnSec: 20, lateSec: 30 },
  kpiRules: [
    kpiRule('jd30s', { withinMs: seconds(30), fromHour: 9, toHour: 23, unit: 'session-first', sessionGapMs: minutes(10) }, zhEn('京东30秒应答率', 'JD 30-second answer rate'), {
      'zh-CN': '京东30秒应答率：09:00–23:00 每个会话的首次咨询中，30 秒内应答的占比；会话结束后 10 分钟内再次咨询算同一会话；23:00–09:00 的咨询计为留言，不计入。',
      en: 'JD 30-second answer rate: of the first consultation in each session between 09:00 and 23:00, the share answered within 30 seconds; a buyer writing again within 10 minutes is the same session; 23:00–09:00 counts as a left message and is not counted.',
    }),
    kpiRule('jd3min', { withinMs: minutes(3), fromHour: 9, toHour: 23 }, zhEn('京东3分钟人工回复率', 'JD 3-min manual reply rate'), {
      'zh-CN': '京东3分钟人工回复率：09:00–23:00 开始的每一轮咨询中，3 分钟内人工回复的轮次占比（消极服务检查项；时段按咚咚考核时段计）。',
      en: 'JD 3-minute manual reply rate: of message rounds starting 09:00–23:00, the share answered by a person within 3 minutes (a passive-service check; hours as Dongdong assesses).',
    }),
  ],
  platformNames: ['京东', '京东商城', '咚咚', 'jd'],
  ownLinkHosts: ['jd.com', '3.cn', 'jd.hk'],
  gaps: [
    gap(['chat'], {
      'zh-CN': '咚咚聊天页内的订单信息没有公开的页面结构，本页只按买家账号（pin）显示历史；订单请在京麦订单列表查看。',
      en: 'Dongdong shows no order data this extension can read: history here is by the buyer’s pin; see orders on the Jingmai order list.',
    }),
    gap(['orderList'], {
      'zh-CN': '京麦的备注编辑框没有可靠的页面证据：本页显示已有备注，备注请在京麦自带的编辑框填写（最多 500 字）。',
      en: 'Jingmai’s remark editor has no reliable page evidence: existing remarks are shown here; write remarks in Jingmai’s own box (500 characters at most).',
    }),
  ],
  evidence: 'shared/domain/site-evidence-2.md §1.4, §2.1–2.2; site-evidence.md §4',
});
