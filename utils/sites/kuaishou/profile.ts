import { siteProfileSchema } from '../../model/site-profile';

/** Kuaishou 快手小店: the chat workbench on im.kwaixiaodian.com (site-evidence-2.md §1.2, site-evidence.md §6). */
export const kuaishouProfile = siteProfileSchema.parse({
  id: 'kuaishou',
  name: { 'zh-CN': '快手小店', en: 'Kuaishou Shop' },
  origins: ['https://im.kwaixiaodian.com'],
  pages: [
    // The reply box is a Quill editor; Enter sends (the sources fall back to an Enter keydown when the button is off).
    {
      kind: 'chat',
      adapterId: 'kuaishou.chat',
      match: ['https://im.kwaixiaodian.com/', 'https://im.kwaixiaodian.com/workbench*', 'https://im.kwaixiaodian.com/pc*'],
      inject: ['https://im.kwaixiaodian.com/*'],
      examples: ['https://im.kwaixiaodian.com/workbench', 'https://im.kwaixiaodian.com/workbench?sessionId=5020'],
      enterSends: true,
      fields: {
        buyerName: { selector: '.TargetUserHeader .LoginUserInfo-mainTitle-text', fallback: 'the conversation the list marks selected (ARIA)' },
        messageRows: { selector: '.ChatMessageList-ContentWrap div[id^="0_"]', fallback: 'rows by their ids (0_<buyer id>_<message>) anywhere on the page' },
        replyBox: { selector: '.SendBox .SendBox-Editor .ql-editor', fallback: 'the one reply box on the page' },
        sendButton: { selector: '.SendBox .SendBox-buttonRight .ant-btn-primary', fallback: 'the control that says 发送' },
        buyerMark: { selector: '[class*="LayoutDefaultWrapper__notMe"]', fallback: 'what the lead picks; none without class names' },
        agentMark: { selector: '[class*="LayoutDefaultWrapper__isMine"]', fallback: 'what the lead picks; none without class names' },
      },
    },
  ],
  // open.seller.order.note.add: 500 characters, each save appends; the flag colours are not public (default GREY).
  remark: { flags: [], maxLength: 500, save: 'append', recordsOperator: false },
  // The platform's own session countdown is 3 minutes ("X分Y秒后超时" / "已超时").
  waitThreshold: { warnSec: 120, lateSec: 180 },
  kpiRules: [
    {
      id: 'kuaishou3min',
      name: { 'zh-CN': '快手3分钟回复率', en: 'Kuaishou 3-min rate' },
      definition: {
        'zh-CN': '快手3分钟回复率：08:00 起开始的每一轮咨询中，3 分钟内人工回复的轮次占比（结束时刻未公开，按 24:00 计）。',
        en: 'Kuaishou 3-minute rate: of message rounds starting from 08:00, the share answered by a person within 3 minutes (platform field timely3RepliedPercentFrom8; the end of the day is not published, counted to 24:00).',
      },
      withinMs: 3 * 60_000,
      fromHour: 8,
      toHour: 24,
      unit: 'round',
    },
  ],
  platformNames: ['快手', '快手小店', 'kuaishou'],
  ownLinkHosts: ['kwaixiaodian.com', 'kuaishou.com', 'gifshow.com'],
  gaps: [
    {
      pageKinds: ['chat'],
      text: {
        'zh-CN': '快手的备注编辑器与订单列表页尚无可靠页面证据，本插件暂不接管备注：请在快手后台填写（平台追加保存，最多 500 字）。',
        en: 'Kuaishou’s remark editor and order list have no reliable page evidence yet, so remarks are not guarded here: write them in the Kuaishou backend (the platform appends, 500 characters at most).',
      },
    },
  ],
  evidence: 'shared/domain/site-evidence-2.md §1.2, §2.1–2.2; site-evidence.md §6',
});
