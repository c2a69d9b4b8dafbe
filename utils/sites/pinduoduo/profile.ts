import { defineProfile } from '../define-profile';
import { flagsNamed } from '../flag-colours';
import { chatPage, kpiRule, minutes, orderDetailPage, orderListPage, zhEn } from '../profile-parts';

/** Pinduoduo 商家后台: chat workbench and order pages on one host (site-evidence.md §2). */
export const pinduoduoProfile = defineProfile({
  id: 'pinduoduo',
  name: zhEn('拼多多', 'Pinduoduo'),
  origins: ['https://mms.pinduoduo.com'],
  pages: [
    chatPage({
      match: ['https://mms.pinduoduo.com/chat-merchant/*'],
      examples: ['https://mms.pinduoduo.com/chat-merchant/index.html#/', 'https://mms.pinduoduo.com/chat-merchant/#/?r=0.52'],
      enterSends: false,
      fields: {
        buyerName: '.chatWindowHeader .base-info .name',
        messageRows: { selector: '#msgListContainer li.onemsg', fallback: 'rows by their ids (middlePanel_list_*)' },
        replyBox: 'textarea#replyTextarea',
        sendButton: '.reply-box .send-btn',
        buyerMark: '.buyer-item',
        agentMark: '.cs-item',
      },
    }),
    orderListPage({
      match: ['https://mms.pinduoduo.com/orders/list*'],
      inject: ['https://mms.pinduoduo.com/orders/*'],
      examples: ['https://mms.pinduoduo.com/orders/list', 'https://mms.pinduoduo.com/orders/list?tab=1'],
      fields: { orderRows: { selector: '.package-center-table > div', fallback: 'each block that holds one 订单编号 (dated number)' } },
    }),
    orderDetailPage({
      match: ['https://mms.pinduoduo.com/orders/detail*'],
      inject: ['https://mms.pinduoduo.com/orders/*'],
      examples: ['https://mms.pinduoduo.com/orders/detail?type=4399&sn=261120-538127364510922'],
      fields: {
        remarkInput: { selector: '#mf-mms-orders-container .note-box textarea', fallback: 'the one text box on the order page' },
        remarkSave: { selector: '#mf-mms-orders-container .note-box button:text("保存")', fallback: 'the control that says 保存 around the remark box' },
      },
    }),
  ],
  // pdd.order.note.update tags 1–5. No published length: 500 matches JD, Kuaishou and Douyin. A save replaces the note.
  remark: { flags: flagsNamed('红', '黄', '绿', '蓝', '紫') },
  // The effective-reply rule fails a buyer left over 1 h; shops aim at 3 minutes.
  waitThreshold: { warnSec: 180, lateSec: 3600 },
  kpiRules: [
    kpiRule('pddEffective', { withinMs: minutes(60), fromHour: 8, toHour: 23, unit: 'buyer-day' }, zhEn('拼多多有效回复率', 'Pinduoduo effective reply'), {
      'zh-CN': '拼多多有效回复率：按拼多多口径，每位买家每天计一次（08:00–23:00），有消息未回复或超过 1 小时才回复即不计入有效。',
      en: 'Pinduoduo effective reply rate, the platform’s way: each buyer once per day (08:00–23:00); a buyer with any message unanswered or answered after more than 1 hour does not count as effective.',
    }),
  ],
  platformNames: ['拼多多', '多多', 'pdd', '某多多'],
  ownLinkHosts: ['yangkeduo.com', 'pinduoduo.com'],
  evidence: 'shared/domain/site-evidence.md §2; anchors.md §1C (PDD 有效回复率)',
});
