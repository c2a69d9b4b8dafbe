import { defineProfile } from '../define-profile';
import { at } from '../page-pattern';
import { market, originsOf, withMarkets } from '../markets';
import { chatPage, gap, hours, kpiRule, orderListPage, zhEn } from '../profile-parts';

const MARKETS = [
  market('ID', 'seller.shopee.co.id'),
  market('MY', 'seller.shopee.com.my'),
  market('PH', 'seller.shopee.ph'),
  market('SG', 'seller.shopee.sg'),
  market('TH', 'seller.shopee.co.th'),
  market('TW', 'seller.shopee.tw'),
  market('VN', 'seller.shopee.vn'),
  market('VN', 'banhang.shopee.vn'),
  market('BR', 'seller.shopee.com.br'),
  market('CN', 'seller.shopee.cn'),
];
const ORIGINS = originsOf(MARKETS);

/** Shopee Seller Centre: one adapter per page kind for every market's host (site-evidence-2.md §1.6, site-evidence.md §7). */
export const shopeeProfile = defineProfile({
  id: 'shopee',
  name: zhEn('Shopee 虾皮', 'Shopee'),
  origins: ORIGINS,
  pages: [
    chatPage({
      match: at(ORIGINS, ['/webchat/conversations*', '/new-webchat/conversations*']),
      inject: at(ORIGINS, ['/*']),
      examples: ['https://seller.shopee.co.id/new-webchat/conversations', 'https://seller.shopee.co.th/new-webchat/conversations', 'https://seller.shopee.com.br/webchat/conversations'],
      enterSends: true,
      fields: {
        buyerName: '[data-cy="webchat-conversation-detail-chat"]',
        messageRows: { selector: '#messagesContainer [data-cy^="webchat-message"]', fallback: 'rows by their test ids anywhere on the page' },
        replyBox: '[data-cy="webchat-conversation-detail-input"] textarea, #inputField textarea',
        sendButton: {
          selector: '[data-cy="webchat-conversation-detail-input"] .XsR3zIeGOc, [data-cy="webchat-conversation-detail-input"] .kgP1yPCqxR',
          fallback: 'the control that says Send/Kirim/Gửi/ส่ง/Enviar; the send icon',
        },
      },
    }),
    orderListPage({
      match: at(ORIGINS, ['/portal/sale/order*']),
      inject: at(ORIGINS, ['/portal/*']),
      exclude: at(
        ORIGINS,
        [...'0123456789'].map((digit) => `/portal/sale/order/${digit}*`),
      ),
      examples: ['https://seller.shopee.com.br/portal/sale/order', 'https://seller.shopee.co.id/portal/sale/order/toship'],
      fields: {
        orderRows: { selector: '.order-list-table-all a.order-card[data-testid="order-item"]', fallback: 'rows by their test id (data-testid="order-item")' },
      },
    }),
  ],
  // v2.order.set_note: a private note that replaces the last one; no flags; no length published (500 assumed).
  remark: {},
  // Chat response rate counts chats answered within 12 hours.
  waitThreshold: { warnSec: 6 * 3600, lateSec: 12 * 3600 },
  // The market is part of the shop: the same username in two markets is two buyers, each market on its own clock.
  ...withMarkets(MARKETS, 'SG'),
  kpiRules: [
    kpiRule('shopeeChat12h', { withinMs: hours(12) }, zhEn('Shopee 聊天回复率（12 小时）', 'Shopee chat response rate (12 h)'), {
      'zh-CN': 'Shopee 聊天回复率：买家发起的每一轮聊天中，12 小时内回复的占比；按店铺所在市场的时区计天，周末也计算。',
      en: 'Shopee chat response rate: of buyer-started chat rounds, the share answered within 12 hours; days in the market’s own time zone, weekends included.',
    }),
  ],
  platformNames: ['Shopee', '虾皮', 'shopee'],
  ownLinkHosts: ['shopee.co.id', 'shopee.com.my', 'shopee.ph', 'shopee.sg', 'shopee.co.th', 'shopee.tw', 'shopee.vn', 'shopee.com.br', 'shopee.cn', 'shp.ee'],
  gaps: [
    gap(['chat'], {
      'zh-CN': 'Shopee 聊天页只有买家用户名（没有稳定 ID），按“市场 + 用户名”识别买家；卖家备注编辑框没有页面证据。',
      en: 'Shopee chat shows only the buyer’s username (no stable id): buyers are keyed by market + username; the seller-note editor has no page evidence.',
    }),
    gap(['orderList'], zhEn('Shopee 卖家备注编辑框没有页面证据，备注请在 Shopee 自带的编辑框填写。', 'Shopee’s seller-note editor has no page evidence: write notes in Shopee’s own box.')),
  ],
  evidence: 'shared/domain/site-evidence-2.md §1.6, §2.1; site-evidence.md §7; anchors.md (12 h chat response rate)',
});
