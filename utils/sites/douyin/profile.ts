import { defineProfile } from '../define-profile';
import { flagsNamed } from '../flag-colours';
import { chatPage, kpiRule, minutes, orderListPage, zhEn } from '../profile-parts';

/** Douyin: 飞鸽 chat workbench on im.jinritemai.com, 抖店 orders on fxg.jinritemai.com (site-evidence.md §3). */
export const douyinProfile = defineProfile({
  id: 'douyin',
  name: zhEn('抖音（飞鸽/抖店）', 'Douyin (Feige / Doudian)'),
  origins: ['https://im.jinritemai.com', 'https://fxg.jinritemai.com'],
  pages: [
    chatPage({
      match: ['https://im.jinritemai.com/pc_seller/*', 'https://im.jinritemai.com/pc_seller_v2/*', 'https://im.jinritemai.com/pc_seller_desk_v2/*'],
      inject: ['https://im.jinritemai.com/*'],
      examples: ['https://im.jinritemai.com/pc_seller_v2/main/workspace', 'https://im.jinritemai.com/pc_seller_v2/main/workspace?selfId=1001', 'https://im.jinritemai.com/pc_seller/'],
      enterSends: true,
      fields: {
        buyerName: { selector: '#topbar-left-info div, #topbar-left-info span', fallback: 'the reply box placeholder 发送给 <昵称>' },
        messageRows: { selector: '[data-qa-id="qa-message-warpper"]', fallback: 'elements carrying a message id (data-msg-id)' },
        replyBox: 'textarea[data-qa-id="qa-send-message-textarea"]',
        sendButton: '[data-qa-id="qa-send-message-button"]',
        buyerMark: '.messageNotMe',
        agentMark: '.messageIsMe',
      },
    }),
    orderListPage({
      match: ['https://fxg.jinritemai.com/ffa/morder/order/list*'],
      inject: ['https://fxg.jinritemai.com/ffa/*'],
      examples: ['https://fxg.jinritemai.com/ffa/morder/order/list', 'https://fxg.jinritemai.com/ffa/morder/order/list?tab=stock_up'],
      fields: {
        orderRows: { selector: '[data-kora="order-row"]', fallback: 'each row that holds one 19-digit order number' },
        remarkInput: { selector: '#seller_words' },
        remarkSave: { selector: '[data-btm="d440734"]', fallback: 'the control that says 确定/保存 around the remark box' },
      },
    }),
  ],
  // order.addOrderRemark: stars 0–5, 500 characters; a save replaces the remark (an empty one clears it).
  remark: { flags: flagsNamed('灰', '紫', '青', '绿', '橙', '红') },
  // 3 minutes per round (08:00–23:00): amber at 2, red at 3.
  waitThreshold: { warnSec: 120, lateSec: 180 },
  kpiRules: [
    kpiRule('douyin3min', { withinMs: minutes(3), fromHour: 8, toHour: 23 }, zhEn('抖音3分钟回复率', 'Douyin 3-min rate'), {
      'zh-CN': '抖音3分钟回复率：按抖店口径，08:00–23:00 开始的每一轮咨询中，3 分钟内人工回复的轮次占比。',
      en: 'Douyin 3-minute rate, the platform’s way: of message rounds starting 08:00–23:00, the share answered by a person within 3 minutes.',
    }),
  ],
  platformNames: ['抖音', '抖店', '抖音商城', 'douyin'],
  ownLinkHosts: ['jinritemai.com', 'douyin.com', 'iesdouyin.com'],
  // Feige marks the open conversation through data-btm-id changes only.
  watchAttributes: ['data-btm-id'],
  evidence: 'shared/domain/site-evidence.md §3; anchors.md §1C (飞鸽 3分钟人工回复率)',
});
