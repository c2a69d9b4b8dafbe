import { defineProfile } from '../define-profile';
import { chatPage, gap, hours, kpiRule, zhEn } from '../profile-parts';

/**
 * Wish Merchant Dashboard support tickets (merchant.wish.com). Only Wish's ticket API and its help centre are public:
 * the page is modelled on the API's ticket fields and read by its words (docs/site-evidence-cross-border.md §3).
 */
export const wishProfile = defineProfile({
  id: 'wish',
  name: zhEn('Wish', 'Wish'),
  origins: ['https://merchant.wish.com'],
  pages: [
    chatPage({
      match: ['https://merchant.wish.com/ticket/*', 'https://merchant.wish.com/tickets/*'],
      inject: ['https://merchant.wish.com/ticket*'],
      examples: ['https://merchant.wish.com/ticket/5f0c2a9e1b3d4c0012ab34cd'],
      // A ticket reply is a form: Enter makes a new line and the button sends (D, as any web form).
      enterSends: false,
      fields: {
        // The label, not the value: the adapter reads what stands beside it.
        buyerName: ':text("Customer Name")',
        messageRows: { selector: '[aria-label="Conversation"] article', fallback: 'every article that opens with who wrote it' },
        replyBox: 'textarea[placeholder*="reply" i]',
        sendButton: { selector: 'button:text("Send Reply")', fallback: 'the control that says Send/Reply' },
      },
    }),
  ],
  // Wish keeps no seller note on an order.
  remark: {},
  waitThreshold: { warnSec: 24 * 3600, lateSec: 48 * 3600 },
  // The rule is stated in UTC.
  timeZone: 'UTC',
  currency: 'USD',
  kpiRules: [
    kpiRule('wishTicket48h', { withinMs: hours(48) }, zhEn('Wish 工单 48 小时回复', 'Wish ticket reply within 48 h'), {
      'zh-CN': 'Wish 工单：商户须在 48 小时内（UTC，周末计入）回复等待处理的工单，否则工单转给 Wish 客服代为处理。按每轮买家消息计。',
      en: 'Wish tickets: a ticket waiting for the merchant must be answered within 48 hours (UTC, weekends included), or Wish Customer Support takes it over. Counted per round of buyer messages.',
    }),
  ],
  platformNames: ['Wish', 'wish.com'],
  ownLinkHosts: ['wish.com'],
  gaps: [
    gap(['chat'], {
      'zh-CN': 'Wish 工单页的页面结构没有公开证据（只有工单接口）：插件按页面上的文字（Customer Name、Order ID、Wish Support）读取，首次使用请组长用“修正此页识别”核对；买家按昵称识别；没有卖家备注。',
      en: 'Wish’s ticket page has no public evidence of its markup (only the ticket API): the extension reads it by its words (Customer Name, Order ID, Wish Support); a lead should check it once with “fix this page”. Buyers are keyed by name; there is no seller note.',
    }),
  ],
  evidence: 'docs/site-evidence-cross-border.md §3 (Wish), §4 (rules)',
});
