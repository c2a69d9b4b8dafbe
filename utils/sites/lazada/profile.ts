import { defineProfile } from '../define-profile';
import { at } from '../page-pattern';
import { marketsOn, originsOf, withMarkets } from '../markets';
import { chatPage, gap, hours, kpiRule, zhEn } from '../profile-parts';

const MARKETS = marketsOn((tld) => `sellercenter.lazada.${tld}`, { SG: 'sg', MY: 'com.my', TH: 'co.th', VN: 'vn', PH: 'com.ph', ID: 'co.id' });
const ORIGINS = originsOf(MARKETS);

/** Lazada Seller Center chat, one host per market (docs/site-evidence-cross-border.md §2). */
export const lazadaProfile = defineProfile({
  id: 'lazada',
  name: zhEn('Lazada 来赞达', 'Lazada'),
  origins: ORIGINS,
  pages: [
    chatPage({
      match: at(ORIGINS, ['/apps/im/chat*', '/apps/im/window*']),
      inject: at(ORIGINS, ['/apps/im/*']),
      examples: ['https://sellercenter.lazada.sg/apps/im/chat', 'https://sellercenter.lazada.vn/apps/im/window?isWindowOpen=true&buyerId=300182734'],
      // Not in the evidence; the same IM kit sends on Enter on AliExpress (C).
      enterSends: true,
      fields: {
        buyerName: '.im-session-item[aria-selected="true"] .im-session-item-name-content b, [class*="user-name__"]',
        messageRows: { selector: '.message-row', fallback: 'the scrolled list of text rows in the reply box’s column' },
        replyBox: 'textarea.im-message-input-no-auto-height, .im-message-input-input-wrap textarea',
        sendButton: { selector: '.im-icon-paper-plane', fallback: 'the control that says Send/Kirim/Gửi/ส่ง' },
        agentMark: { selector: '.message-row[class*="self"]', fallback: 'rows that sit on the right of the conversation' },
      },
    }),
  ],
  // Lazada has no seller-note write API or editor in the evidence: notes stay in the extension.
  remark: {},
  // The platform's deadline is a clock time (19:00), not a window; the timer warns well before a day's cut-off.
  waitThreshold: { warnSec: 2 * 3600, lateSec: 6 * 3600 },
  ...withMarkets(MARKETS, 'SG'),
  kpiRules: [
    kpiRule(
      'lazadaChatSameDay',
      { withinMs: hours(25), sameDayCutoff: { receivedBeforeHour: 18, answeredByHour: 19 } },
      zhEn('Lazada 聊天回复率（当日周期）', 'Lazada chat response rate (same-day cycle)'),
      {
        'zh-CN': 'Lazada 聊天回复率：前一天 18:00 至当天 18:00 收到的新咨询，须在当天 19:00 前回复（按市场时区）；周末计入，公共假日和休假模式不计；自动回复不算回复，快捷短语算。按每轮咨询计。',
        en: 'Lazada chat response rate: chats received from 18:00 yesterday to 18:00 today must be answered by 19:00 today (market time); weekends count, public holidays and holiday mode do not; auto-replies do not count as an answer, quick replies do. Counted per round.',
      },
    ),
  ],
  platformNames: ['Lazada', '来赞达'],
  ownLinkHosts: ['lazada.sg', 'lazada.com.my', 'lazada.co.th', 'lazada.vn', 'lazada.com.ph', 'lazada.co.id', 's.lazada.sg', 'lazada.com'],
  gaps: [
    gap(['chat'], {
      'zh-CN':
        'Lazada 聊天页的消息方向和回复框取自同一套阿里国际 IM 组件（在速卖通页面上有证据），若读错请用“修正此页识别”；买家 ID 只在链接里带有买家 ID 参数时可用；公共假日不计入平台考核，插件不知道假日；没有卖家备注。',
      en: 'Lazada chat: who wrote a message and the reply box come from the Alibaba-international IM kit evidenced on AliExpress; fix them with “fix this page” if misread. The buyer id is known only when the URL carries buyerId; the extension does not know public holidays; no seller note.',
    }),
  ],
  evidence: 'docs/site-evidence-cross-border.md §2 (Lazada), §4 (rules); shared/domain/site-evidence-2.md §1.8, §2.1',
});
