import { siteProfileSchema } from '../../model/site-profile';
import { at } from '../page-pattern';

const market = (code: string, tld: string, timeZone: string, currency: string) => ({ code, host: `sellercenter.lazada.${tld}`, timeZone, currency });
const MARKETS = [
  market('SG', 'sg', 'Asia/Singapore', 'SGD'),
  market('MY', 'com.my', 'Asia/Kuala_Lumpur', 'MYR'),
  market('TH', 'co.th', 'Asia/Bangkok', 'THB'),
  market('VN', 'vn', 'Asia/Ho_Chi_Minh', 'VND'),
  market('PH', 'com.ph', 'Asia/Manila', 'PHP'),
  market('ID', 'co.id', 'Asia/Jakarta', 'IDR'),
];

const ORIGINS = MARKETS.map((m) => `https://${m.host}`);

/** Lazada Seller Center chat, one host per market (docs/site-evidence-cross-border.md §2). */
export const lazadaProfile = siteProfileSchema.parse({
  id: 'lazada',
  name: { 'zh-CN': 'Lazada 来赞达', en: 'Lazada' },
  origins: ORIGINS,
  pages: [
    {
      kind: 'chat',
      adapterId: 'lazada.chat',
      match: at(ORIGINS, ['/apps/im/chat*', '/apps/im/window*']),
      inject: at(ORIGINS, ['/apps/im/*']),
      examples: ['https://sellercenter.lazada.sg/apps/im/chat', 'https://sellercenter.lazada.vn/apps/im/window?isWindowOpen=true&buyerId=300182734'],
      // Not in the evidence; the same IM kit sends on Enter on AliExpress (C).
      enterSends: true,
      fields: {
        buyerName: { selector: '.im-session-item[aria-selected="true"] .im-session-item-name-content b, [class*="user-name__"]', fallback: 'the conversation the list marks selected (ARIA)' },
        messageRows: { selector: '.message-row', fallback: 'the scrolled list of text rows in the reply box’s column' },
        replyBox: { selector: 'textarea.im-message-input-no-auto-height, .im-message-input-input-wrap textarea', fallback: 'the one reply box on the page' },
        sendButton: { selector: '.im-icon-paper-plane', fallback: 'the control that says Send/Kirim/Gửi/ส่ง' },
        agentMark: { selector: '.message-row[class*="self"]', fallback: 'rows that sit on the right of the conversation' },
      },
    },
  ],
  // Lazada has no seller-note write API or editor in the evidence: notes stay in the extension.
  remark: { flags: [], maxLength: 500, save: 'overwrite', recordsOperator: false },
  // The platform's deadline is a clock time (19:00), not a window; the timer warns well before a day's cut-off.
  waitThreshold: { warnSec: 2 * 3600, lateSec: 6 * 3600 },
  timeZone: 'Asia/Singapore',
  currency: 'SGD',
  regions: MARKETS,
  kpiRules: [
    {
      id: 'lazadaChatSameDay',
      name: { 'zh-CN': 'Lazada 聊天回复率（当日周期）', en: 'Lazada chat response rate (same-day cycle)' },
      definition: {
        'zh-CN': 'Lazada 聊天回复率：前一天 18:00 至当天 18:00 收到的新咨询，须在当天 19:00 前回复（按市场时区）；周末计入，公共假日和休假模式不计；自动回复不算回复，快捷短语算。按每轮咨询计。',
        en: 'Lazada chat response rate: chats received from 18:00 yesterday to 18:00 today must be answered by 19:00 today (market time); weekends count, public holidays and holiday mode do not; auto-replies do not count as an answer, quick replies do. Counted per round.',
      },
      withinMs: 25 * 3_600_000,
      fromHour: 0,
      toHour: 24,
      unit: 'round',
      sameDayCutoff: { receivedBeforeHour: 18, answeredByHour: 19 },
    },
  ],
  platformNames: ['Lazada', '来赞达'],
  ownLinkHosts: ['lazada.sg', 'lazada.com.my', 'lazada.co.th', 'lazada.vn', 'lazada.com.ph', 'lazada.co.id', 's.lazada.sg', 'lazada.com'],
  gaps: [
    {
      pageKinds: ['chat'],
      text: {
        'zh-CN':
          'Lazada 聊天页的消息方向和回复框取自同一套阿里国际 IM 组件（在速卖通页面上有证据），若读错请用“修正此页识别”；买家 ID 只在链接里带有买家 ID 参数时可用；公共假日不计入平台考核，插件不知道假日；没有卖家备注。',
        en: 'Lazada chat: who wrote a message and the reply box come from the Alibaba-international IM kit evidenced on AliExpress; fix them with “fix this page” if misread. The buyer id is known only when the URL carries buyerId; the extension does not know public holidays; no seller note.',
      },
    },
  ],
  evidence: 'docs/site-evidence-cross-border.md §2 (Lazada), §4 (rules); shared/domain/site-evidence-2.md §1.8, §2.1',
});
