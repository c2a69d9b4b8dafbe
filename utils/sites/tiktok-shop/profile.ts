import { defineProfile } from '../define-profile';
import { at } from '../page-pattern';
import { marketsOn, originsOf, withMarkets } from '../markets';
import { chatPage, gap, hours, kpiRule, zhEn } from '../profile-parts';

const SEA = ['TH', 'VN', 'MY', 'PH', 'SG', 'ID'];

const MARKETS = marketsOn((sub) => `seller-${sub}.tiktok.com`, { US: 'us', GB: 'uk', TH: 'th', VN: 'vn', MY: 'my', PH: 'ph', SG: 'sg', ID: 'id', BR: 'br' });
const ORIGINS = originsOf(MARKETS);

/** TikTok Shop Seller Center chat, per market host seller-<region>.tiktok.com (site-evidence-2.md §1.5, §2.1). */
export const tiktokShopProfile = defineProfile({
  id: 'tiktok-shop',
  name: zhEn('TikTok Shop', 'TikTok Shop'),
  origins: ORIGINS,
  pages: [
    // Enter behaviour is not in the evidence; the composer is a chat box whose Enter sends (C), so the guard holds it.
    chatPage({
      match: at(ORIGINS, ['/chat/inbox*']),
      inject: at(ORIGINS, ['/chat/*']),
      examples: ['https://seller-us.tiktok.com/chat/inbox/current?oec_seller_id=7495001&shop_region=US&lang=en', 'https://seller-th.tiktok.com/chat/inbox/current?shop_region=TH'],
      enterSends: true,
      fields: {
        buyerName: {
          selector: '[data-testid="chat.chatroom.conversation_card"]:is([aria-selected="true"], [class*="active"], [class*="selected"]) [data-testid="chat.chatroom.conversation_card_username"]',
          fallback: 'the conversation the list marks selected (ARIA)',
        },
        messageRows: { selector: '[data-testid="chat.chatroom.message_card"]' },
        sendButton: { selector: '#chat-input-send-button', fallback: 'the control that says Send' },
        buyerMark: '.chatd-bubble-main--other',
        agentMark: '[class*="chatd-bubble-main--"]',
      },
    }),
  ],
  // No seller-note write API or editor was found: notes stay in the extension.
  remark: {},
  waitThreshold: { warnSec: 8 * 3600, lateSec: 12 * 3600 },
  ...withMarkets(MARKETS, 'US'),
  kpiRules: [
    kpiRule('tiktokSea12h', { withinMs: hours(12), regions: SEA }, zhEn('TikTok Shop 12 小时回复率（东南亚）', 'TikTok Shop 12-hour response rate (SEA)'), {
      'zh-CN': '东南亚市场 12 小时回复率（2025 年 7 月起计入店铺健康分）：买家消息在 12 小时内得到回复的占比，周末和节假日照常计算；按市场时区计天。',
      en: 'SEA 12-hour response rate (Shop Health from July 2025): the share of buyer messages answered within 12 hours, weekends and holidays included; days in the market’s zone.',
    }),
    kpiRule(
      'tiktokUs24h',
      { withinMs: hours(24), regions: ['US'], weekendDueMondayNoon: true, greetingsDoNotCount: true },
      zhEn('TikTok Shop 24 小时回复（美国）', 'TikTok Shop 24-hour response (US)'),
      {
        'zh-CN': '美国 24 小时回复：买家消息在 24 小时内得到回复；开启客服机器人时，周末的消息在周一 12:00（店铺时区）前回复即可；只打招呼（Hi/Hello）不算回复。',
        en: 'US 24-hour response: buyer messages answered within 24 hours; with the chatbot on, weekend messages are due by Monday 12:00 shop time; a greeting alone (Hi/Hello) is not a response.',
      },
    ),
  ],
  platformNames: ['TikTok', 'TikTok Shop', 'tiktok'],
  ownLinkHosts: ['tiktok.com', 'vt.tiktok.com', 'tiktokshop.com'],
  gaps: [
    gap(['chat'], {
      'zh-CN': 'TikTok Shop 的买家 ID 只存在于页面脚本内部，插件不读取：按买家昵称识别（同名买家会被合并，ID 较弱）；没有卖家备注。',
      en: 'TikTok Shop keeps the buyer id inside the page’s scripts, which the extension does not read: buyers are keyed by name (same-name buyers merge; a weak id); there is no seller note.',
    }),
  ],
  evidence: 'shared/domain/site-evidence-2.md §1.5, §2.1 (TikTok SEA and US rules)',
});
