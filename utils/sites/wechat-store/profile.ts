import { defineProfile } from '../define-profile';
import { chatPage, gap, kpiRule, minutes, zhEn } from '../profile-parts';

/** WeChat 小店 (视频号小店): the customer-service workbench on store.weixin.qq.com (site-evidence-2.md §1.3). */
export const wechatStoreProfile = defineProfile({
  id: 'wechat-store',
  name: zhEn('微信小店', 'WeChat Store'),
  origins: ['https://store.weixin.qq.com'],
  pages: [
    chatPage({
      match: ['https://store.weixin.qq.com/shop/kf*'],
      examples: ['https://store.weixin.qq.com/shop/kf', 'https://store.weixin.qq.com/shop/kf/collab/im?roomId=47000012'],
      enterSends: true,
      fields: {
        buyerName: '.chat-title .chat-customer-name',
        messageRows: { selector: 'div.message-item', fallback: 'rows with a message id (data-msg-id)' },
        replyBox: '#input-textarea, .chat-input textarea.text-area',
        sendButton: '.chat-input button:text("发送")',
        agentMark: { selector: '.justify-end', fallback: 'rows not marked are the buyer’s' },
      },
    }),
  ],
  // merchantnotes/update replaces the note and has no flag ("没有,你可以自己定义"); length not documented.
  remark: {},
  waitThreshold: { warnSec: 120, lateSec: 180 },
  kpiRules: [
    kpiRule('wechatStore3min', { withinMs: minutes(3) }, zhEn('微信小店3分钟回复率', 'WeChat Store 3-min rate'), {
      'zh-CN': '微信小店3分钟回复率：每一轮咨询中，3 分钟内人工回复的轮次占比（客服看板实时数据的口径；考核时段未公开，按全天计）。',
      en: 'WeChat Store 3-minute rate: of message rounds, the share answered by a person within 3 minutes (the kf dashboard’s figure; assessed hours are not published, counted all day).',
    }),
  ],
  platformNames: ['微信小店', '视频号小店', '视频号'],
  ownLinkHosts: ['store.weixin.qq.com', 'channels.weixin.qq.com'],
  gaps: [
    gap(['chat'], {
      'zh-CN': '微信小店的备注没有旗帜，保存会覆盖原备注；备注编辑框没有页面证据，请在订单页填写并保留原有内容。',
      en: 'WeChat Store remarks have no flags and a save replaces the note; its editor has no page evidence: write it on the order page and keep the earlier lines.',
    }),
  ],
  evidence: 'shared/domain/site-evidence-2.md §1.3, §2.1–2.2',
});
