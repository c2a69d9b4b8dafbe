import { defineProfile } from '../define-profile';
import { chatPage, gap, kpiRule, minutes, zhEn } from '../profile-parts';

/** Kuaishou 快手小店: the chat workbench on im.kwaixiaodian.com (site-evidence-2.md §1.2, site-evidence.md §6). */
export const kuaishouProfile = defineProfile({
  id: 'kuaishou',
  name: zhEn('快手小店', 'Kuaishou Shop'),
  origins: ['https://im.kwaixiaodian.com'],
  pages: [
    // The reply box is a Quill editor; Enter sends (the sources fall back to an Enter keydown when the button is off).
    chatPage({
      match: ['https://im.kwaixiaodian.com/', 'https://im.kwaixiaodian.com/workbench*', 'https://im.kwaixiaodian.com/pc*'],
      inject: ['https://im.kwaixiaodian.com/*'],
      examples: ['https://im.kwaixiaodian.com/workbench', 'https://im.kwaixiaodian.com/workbench?sessionId=5020'],
      enterSends: true,
      fields: {
        buyerName: '.TargetUserHeader .LoginUserInfo-mainTitle-text',
        messageRows: { selector: '.ChatMessageList-ContentWrap div[id^="0_"]', fallback: 'rows by their ids (0_<buyer id>_<message>) anywhere on the page' },
        replyBox: '.SendBox .SendBox-Editor .ql-editor',
        sendButton: '.SendBox .SendBox-buttonRight .ant-btn-primary',
        buyerMark: '[class*="LayoutDefaultWrapper__notMe"]',
        agentMark: '[class*="LayoutDefaultWrapper__isMine"]',
      },
    }),
  ],
  // open.seller.order.note.add: 500 characters, each save appends; the flag colours are not public (default GREY).
  remark: { save: 'append' },
  // The platform's own session countdown is 3 minutes ("X分Y秒后超时" / "已超时").
  waitThreshold: { warnSec: 120, lateSec: 180 },
  kpiRules: [
    kpiRule('kuaishou3min', { withinMs: minutes(3), fromHour: 8 }, zhEn('快手3分钟回复率', 'Kuaishou 3-min rate'), {
      'zh-CN': '快手3分钟回复率：08:00 起开始的每一轮咨询中，3 分钟内人工回复的轮次占比（结束时刻未公开，按 24:00 计）。',
      en: 'Kuaishou 3-minute rate: of message rounds starting from 08:00, the share answered by a person within 3 minutes (platform field timely3RepliedPercentFrom8; the end of the day is not published, counted to 24:00).',
    }),
  ],
  platformNames: ['快手', '快手小店', 'kuaishou'],
  ownLinkHosts: ['kwaixiaodian.com', 'kuaishou.com', 'gifshow.com'],
  gaps: [
    gap(['chat'], {
      'zh-CN': '快手的备注编辑器与订单列表页尚无可靠页面证据，本插件暂不接管备注：请在快手后台填写（平台追加保存，最多 500 字）。',
      en: 'Kuaishou’s remark editor and order list have no reliable page evidence yet, so remarks are not guarded here: write them in the Kuaishou backend (the platform appends, 500 characters at most).',
    }),
  ],
  evidence: 'shared/domain/site-evidence-2.md §1.2, §2.1–2.2; site-evidence.md §6',
});
