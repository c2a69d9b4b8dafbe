import { defineProfile } from '../define-profile';
import { at } from '../page-pattern';

const market = (code: string, sub: string, timeZone: string, currency: string) => ({ code, host: `seller-${sub}.tiktok.com`, timeZone, currency });
const SEA = ['TH', 'VN', 'MY', 'PH', 'SG', 'ID'];

const ORIGINS = [
  'https://seller-us.tiktok.com',
  'https://seller-uk.tiktok.com',
  'https://seller-th.tiktok.com',
  'https://seller-vn.tiktok.com',
  'https://seller-my.tiktok.com',
  'https://seller-ph.tiktok.com',
  'https://seller-sg.tiktok.com',
  'https://seller-id.tiktok.com',
  'https://seller-br.tiktok.com',
];

/** TikTok Shop Seller Center chat, per market host seller-<region>.tiktok.com (site-evidence-2.md §1.5, §2.1). */
export const tiktokShopProfile = defineProfile({
  id: 'tiktok-shop',
  name: { 'zh-CN': 'TikTok Shop', en: 'TikTok Shop' },
  origins: ORIGINS,
  pages: [
    // Enter behaviour is not in the evidence; the composer is a chat box whose Enter sends (C), so the guard holds it.
    {
      kind: 'chat',
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
    },
  ],
  // No seller-note write API or editor was found: notes stay in the extension.
  remark: {},
  waitThreshold: { warnSec: 8 * 3600, lateSec: 12 * 3600 },
  timeZone: 'America/Los_Angeles',
  currency: 'USD',
  regions: [
    market('US', 'us', 'America/Los_Angeles', 'USD'),
    market('GB', 'uk', 'Europe/London', 'GBP'),
    market('TH', 'th', 'Asia/Bangkok', 'THB'),
    market('VN', 'vn', 'Asia/Ho_Chi_Minh', 'VND'),
    market('MY', 'my', 'Asia/Kuala_Lumpur', 'MYR'),
    market('PH', 'ph', 'Asia/Manila', 'PHP'),
    market('SG', 'sg', 'Asia/Singapore', 'SGD'),
    market('ID', 'id', 'Asia/Jakarta', 'IDR'),
    market('BR', 'br', 'America/Sao_Paulo', 'BRL'),
  ],
  kpiRules: [
    {
      id: 'tiktokSea12h',
      name: { 'zh-CN': 'TikTok Shop 12 小时回复率（东南亚）', en: 'TikTok Shop 12-hour response rate (SEA)' },
      definition: {
        'zh-CN': '东南亚市场 12 小时回复率（2025 年 7 月起计入店铺健康分）：买家消息在 12 小时内得到回复的占比，周末和节假日照常计算；按市场时区计天。',
        en: 'SEA 12-hour response rate (Shop Health from July 2025): the share of buyer messages answered within 12 hours, weekends and holidays included; days in the market’s zone.',
      },
      withinMs: 12 * 3_600_000,
      regions: SEA,
    },
    {
      id: 'tiktokUs24h',
      name: { 'zh-CN': 'TikTok Shop 24 小时回复（美国）', en: 'TikTok Shop 24-hour response (US)' },
      definition: {
        'zh-CN': '美国 24 小时回复：买家消息在 24 小时内得到回复；开启客服机器人时，周末的消息在周一 12:00（店铺时区）前回复即可；只打招呼（Hi/Hello）不算回复。',
        en: 'US 24-hour response: buyer messages answered within 24 hours; with the chatbot on, weekend messages are due by Monday 12:00 shop time; a greeting alone (Hi/Hello) is not a response.',
      },
      withinMs: 24 * 3_600_000,
      regions: ['US'],
      weekendDueMondayNoon: true,
      greetingsDoNotCount: true,
    },
  ],
  platformNames: ['TikTok', 'TikTok Shop', 'tiktok'],
  ownLinkHosts: ['tiktok.com', 'vt.tiktok.com', 'tiktokshop.com'],
  gaps: [
    {
      pageKinds: ['chat'],
      text: {
        'zh-CN': 'TikTok Shop 的买家 ID 只存在于页面脚本内部，插件不读取：按买家昵称识别（同名买家会被合并，ID 较弱）；没有卖家备注。',
        en: 'TikTok Shop keeps the buyer id inside the page’s scripts, which the extension does not read: buyers are keyed by name (same-name buyers merge; a weak id); there is no seller note.',
      },
    },
  ],
  evidence: 'shared/domain/site-evidence-2.md §1.5, §2.1 (TikTok SEA and US rules)',
});
