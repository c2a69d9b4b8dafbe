import { defineProfile } from '../define-profile';
import { flagsNamed } from '../flag-colours';
import { gap, kpiRule, minutes, orderDetailPage, orderListPage, zhEn } from '../profile-parts';

/** The remark dialog's confirm button, the same on the sold list and the order detail. */
const REMARK_DIALOG_OK = { selector: '.next-dialog[role="dialog"] .next-dialog-footer .next-btn-primary:text("确定")', fallback: 'the control that says 确定 around the remark box' };

/**
 * Taobao / Tmall: the web order pages only. Live chat runs in the 千牛 desktop client, out of any extension's reach
 * (site-evidence.md §5, site-evidence-2.md §1.10).
 */
export const taobaoProfile = defineProfile({
  id: 'taobao',
  name: zhEn('淘宝/天猫（仅订单页）', 'Taobao / Tmall (order pages only)'),
  origins: ['https://myseller.taobao.com', 'https://qn.taobao.com', 'https://trade.taobao.com', 'https://trade.tmall.com'],
  pages: [
    orderListPage({
      adapterId: 'taobao.soldList',
      match: [
        'https://myseller.taobao.com/home.htm/trade-platform/tp/sold*',
        'https://myseller.taobao.com/home.htm/trade-platform/tp/order*',
        'https://qn.taobao.com/home.htm/trade-platform/tp/sold*',
        'https://qn.taobao.com/home.htm/trade-platform/tp/order*',
      ],
      inject: ['https://myseller.taobao.com/home.htm/*', 'https://qn.taobao.com/home.htm/*'],
      examples: ['https://myseller.taobao.com/home.htm/trade-platform/tp/sold', 'https://qn.taobao.com/home.htm/trade-platform/tp/sold'],
      fields: {
        orderRows: { selector: 'div.next-table div.next-table-body table', fallback: 'each block that holds one 16–19 digit order number' },
        remarkSave: REMARK_DIALOG_OK,
      },
    }),
    orderDetailPage({
      match: ['https://trade.taobao.com/trade/detail/trade_item_detail.htm*', 'https://trade.taobao.com/detail/orderDetail.htm*', 'https://trade.tmall.com/detail/orderDetail.htm*'],
      inject: ['https://trade.taobao.com/*', 'https://trade.tmall.com/*'],
      examples: ['https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=3981234567890123456', 'https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=3981234567890123456'],
      fields: {
        remarkSave: REMARK_DIALOG_OK,
      },
    }),
  ],
  // taobao.trade.memo.update: flag 0 grey, 1 red, 2 yellow, 3 green, 4 blue, 5 pink/purple; memo ≤ 1000 bytes, replaced
  // on save. 1000 bytes is 333 Chinese characters in UTF-8, the safe limit when the encoding is not stated.
  remark: { flags: flagsNamed('灰', '红', '黄', '绿', '蓝', '紫'), maxLength: 333 },
  // Qianniu alerts at 100 s; the assessment is 3 minutes.
  waitThreshold: { warnSec: 100, lateSec: 180 },
  kpiRules: [
    kpiRule('taobao3min', { withinMs: minutes(3) }, zhEn('淘宝3分钟响应率', 'Taobao 3-min response rate'), {
      'zh-CN': '淘宝3分钟响应率（2022 年 7 月起考核）：3 分钟内人工响应的咨询轮次占比。聊天在千牛桌面端进行，本插件读不到，这一列只有从其他页面记下的消息。',
      en: 'Taobao 3-minute response rate (assessed since July 2022): the share of rounds answered by a person within 3 minutes. Chats happen in the 千牛 desktop client, which this extension cannot read, so this column holds only messages logged elsewhere.',
    }),
  ],
  platformNames: ['淘宝', '天猫', '千牛', 'taobao', 'tmall'],
  ownLinkHosts: ['taobao.com', 'tmall.com', 'tb.cn'],
  gaps: [
    gap(['orderList', 'orderDetail'], {
      'zh-CN': '淘宝/天猫的聊天在千牛桌面端，插件无法接入；这里只有订单页的客户卡片、备注规范与订单记录。',
      en: 'Taobao/Tmall chat runs in the 千牛 desktop client, out of the extension’s reach: here you get the customer card, the remark format and order logging on order pages.',
    }),
  ],
  evidence: 'shared/domain/site-evidence.md §5, §11; site-evidence-2.md §1.10; anchors.md (3-min response, 100 s alert)',
});
