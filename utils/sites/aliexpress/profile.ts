import { defineProfile } from '../define-profile';
import { at } from '../page-pattern';
import { market, withMarkets } from '../markets';
import { chatPage, gap, hours, kpiRule, orderListPage, zhEn } from '../profile-parts';

const ORIGINS = ['https://csp.aliexpress.com', 'https://gsp.aliexpress.com'];

/**
 * AliExpress 速卖通: the seller chat (AliExpress Chat, 消息中心) and the order list on csp.aliexpress.com (sellers in
 * China) and gsp.aliexpress.com (global sellers). Evidence and grades: docs/site-evidence-cross-border.md §1.
 */
export const aliexpressProfile = defineProfile({
  id: 'aliexpress',
  name: zhEn('速卖通 AliExpress', 'AliExpress'),
  origins: ORIGINS,
  pages: [
    chatPage({
      match: at(ORIGINS, ['/m_apps/ai-im/im*', '/m_apps/im-chat/im*']),
      examples: ['https://csp.aliexpress.com/m_apps/ai-im/im?channelId=1579196#/window', 'https://gsp.aliexpress.com/m_apps/im-chat/im#/window'],
      // A Selenium bot types the reply and presses Enter (C); the guard holds Enter.
      enterSends: true,
      fields: {
        buyerName: '[class*="user-name__"]',
        messageRows: { selector: '.im-message-item', fallback: 'the scrolled list of text rows in the reply box’s column' },
        replyBox: 'textarea.im-message-input-no-auto-height, .im-message-input-input-wrap textarea, textarea.message-fields__autosize',
        sendButton: { selector: '.im-message-input-footer-right-send-icon, .im-message-input-footer-right .im-icon-paper-plane', fallback: 'the control that says Send/发送' },
        agentMark: { selector: '.im-message-item[class*="self"]', fallback: 'rows that sit on the right of the conversation' },
      },
    }),
    orderListPage({
      match: at(ORIGINS, ['/m_apps/order-manage/orderList*']),
      inject: at(ORIGINS, ['/m_apps/order-manage/*']),
      examples: ['https://csp.aliexpress.com/m_apps/order-manage/orderList?channelId=1579196'],
      fields: {
        orderRows: { selector: 'table.next-table-row', fallback: 'the rows holding one 16-digit number after 订单号' },
      },
    }),
  ],
  // No seller-note editor or API was found (the order detail only shows a note): notes stay in the extension.
  remark: {},
  waitThreshold: { warnSec: 12 * 3600, lateSec: 24 * 3600 },
  // csp is the seller centre for sellers in China, and AliExpress states its assessment periods in Beijing time; gsp
  // (global sellers) has no market in its host, so it keeps this zone too (a gap below).
  ...withMarkets([market('CN', 'csp.aliexpress.com', 'USD')], 'CN'),
  kpiRules: [
    kpiRule('aliexpressIm24h', { withinMs: hours(24) }, zhEn('速卖通 IM 24 小时响应率', 'AliExpress 24-hour chat response rate'), {
      'zh-CN': '速卖通 IM 响应：买家消息在 24 小时内得到人工回复的占比（超过 24 小时未回复会被标为未回复并影响服务分），周末照常计算；按北京时间计天。',
      en: 'AliExpress chat response: the share of buyer messages answered by a person within 24 hours (unanswered after 24 h is marked un-replied and weighs on the service score), weekends included; days in Beijing time.',
    }),
  ],
  platformNames: ['AliExpress', '速卖通', '全球速卖通'],
  ownLinkHosts: ['aliexpress.com', 'aliexpress.ru', 'aliexpress.us', 'a.aliexpress.com'],
  gaps: [
    gap(['chat'], {
      'zh-CN': '速卖通聊天页只显示买家昵称（买家 ID 只在页面接口里），按昵称识别买家；没有卖家备注编辑框的页面证据；全球速卖通卖家的店铺时区按北京时间计。',
      en: 'AliExpress chat shows only the buyer’s name (the id is in the page’s own API): buyers are keyed by name; no seller-note editor is evidenced; global-seller (gsp) shops count days in Beijing time.',
    }),
    gap(['orderList'], {
      'zh-CN': '速卖通订单备注没有编辑框或接口的公开证据：备注请在速卖通自带的订单详情里填写。',
      en: 'AliExpress order notes have no public evidence of an editor or API: write notes in AliExpress’s own order detail.',
    }),
  ],
  evidence: 'docs/site-evidence-cross-border.md §1 (AliExpress), §4 (rules); shared/domain/site-evidence.md §10, site-evidence-2.md §1.8',
});
