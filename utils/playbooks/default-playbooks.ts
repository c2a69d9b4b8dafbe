import { playbookSchema, type Playbook, type PlaybookConfig } from '../model';

/**
 * Our own playbooks, from the seeds' workflows (shared/domain/requirements-000-001.md §2, §3, §9; requirements-002-004.md
 * §2). Numbers are not here: conditions name a setting in DEFAULT_PLAYBOOK_CONFIG.numbers.
 */
const PLAYBOOKS: Playbook[] = [
  {
    id: 'presale-reception',
    title: '售前接待',
    mandatoryForTrainees: false,
    when: { pageKinds: ['chat'], intents: ['售前咨询', '议价'], excludeIntents: ['物流查询/催发货', '售后退换', '中差评', '跨境纠纷'] },
    steps: [
      { id: 'greet', text: '先问好，报上工号，让买家知道有人在', templateId: 'zh.presale.greet', check: { kind: 'templateInserted', templateIds: ['zh.presale.greet'] }, required: true },
      { id: 'need', text: '问清需求：用途、尺码/规格、预算，必要时看买家浏览记录', required: true },
      {
        id: 'recommend',
        text: '推荐一到两款合适的，说明理由',
        templateId: 'zh.presale.size',
        check: { kind: 'templateInserted', templateIds: ['zh.presale.size', 'zh.bargain.best-offer'] },
        required: false,
      },
      { id: 'confirm', text: '下单后核对规格、地址和快递', templateId: 'zh.address.confirm', check: { kind: 'templateInserted', templateIds: ['zh.address.confirm'] }, required: true },
      { id: 'close', text: '礼貌结束，欢迎再来', templateId: 'zh.closing', check: { kind: 'templateInserted', templateIds: ['zh.closing'] }, required: false },
    ],
  },
  {
    id: 'unpaid-reminder',
    title: '催付（拍下未付款）',
    mandatoryForTrainees: true,
    when: { orderStatuses: ['待支付', '待付款', '未付款'], sincePlaced: { atLeast: 'unpaidRemindHours' } },
    steps: [
      {
        id: 'remind',
        text: '联系买家适当催付；下午用“快到截单时间，现在付款今天就能发”的说法',
        templateId: 'zh.payment.remind',
        check: { kind: 'templateInserted', templateIds: ['zh.payment.remind'] },
        required: true,
      },
      {
        id: 'intent',
        text: '拍错或重复拍下时先问买家意向，不要直接关闭订单',
        templateId: 'zh.payment.intent',
        check: { kind: 'templateInserted', templateIds: ['zh.payment.intent'] },
        required: true,
      },
      { id: 'follow', text: '买家说稍后付款的，设一个跟进提醒', check: { kind: 'promiseCreated' }, required: false },
    ],
  },
  {
    id: 'address-confirm',
    title: '付款后核对地址和快递',
    mandatoryForTrainees: true,
    when: { orderStatuses: ['待发货', '备货中', '已付款'] },
    steps: [
      {
        id: 'confirm',
        text: '核对收件人、电话、地址和指定快递',
        templateId: 'zh.address.confirm',
        check: { kind: 'templateInserted', templateIds: ['zh.address.confirm', 'zh.address.changed'] },
        required: true,
      },
      { id: 'remark', text: '有任何变动，按店铺格式写备注（红旗、原因、工号、时间）', check: { kind: 'remarkSaved' }, required: false },
    ],
  },
  {
    id: 'cod-confirm',
    title: '货到付款确认',
    mandatoryForTrainees: false,
    when: { keywords: ['货到付款', '到付'] },
    steps: [
      { id: 'price', text: '说明货到付款的总价（含手续费），请买家确认能接受', required: true },
      { id: 'reorder', text: '买家不接受的，建议改为在线付款重新下单', required: false },
      { id: 'remark', text: '把确认结果写进订单备注（变动类型：货到付款确认）', check: { kind: 'remarkSaved' }, required: true },
    ],
  },
  {
    id: 'shipping-notice',
    title: '发货通知',
    mandatoryForTrainees: false,
    when: { pageKinds: ['chat'], orderStatuses: ['已发货'], intents: ['发货通知'] },
    steps: [{ id: 'notice', text: '告诉买家已发货和物流单号', templateId: 'zh.shipping.notice', check: { kind: 'templateInserted', templateIds: ['zh.shipping.notice'] }, required: true }],
  },
  {
    id: 'parcel-chase',
    title: '买家催物流',
    mandatoryForTrainees: true,
    when: { pageKinds: ['chat'], intents: ['物流查询/催发货'], languages: ['zh'] },
    steps: [
      { id: 'track', text: '先查物流轨迹，确认包裹在哪、是否异常', required: true },
      {
        id: 'reassure',
        text: '把查到的情况告诉买家，安抚情绪',
        templateId: 'zh.logistics.where',
        check: { kind: 'templateInserted', templateIds: ['zh.logistics.where', 'zh.logistics.delayed'] },
        required: true,
      },
      { id: 'record', text: '异常件（疑难件）记一笔，必要时联系快递', check: { kind: 'customerMarked', event: 'complaint' }, required: false },
      { id: 'follow', text: '答应买家的事设跟进提醒，按时回复', check: { kind: 'promiseCreated' }, required: true },
    ],
  },
  {
    id: 'return-refund',
    title: '退换货 / 退款',
    mandatoryForTrainees: true,
    when: { pageKinds: ['chat', 'orderDetail'], intents: ['售后退换'] },
    steps: [
      { id: 'state', text: '先看订单状态：未付款、已付款未打单、已打单、已发货，处理方式不同', required: true },
      { id: 'explain', text: '已付款未打单：告诉买家付款满规定时间后可申请退款；不做假发货', required: false },
      {
        id: 'return',
        text: '已发货：说明退换货流程，请买家拍照留证',
        templateId: 'zh.aftersale.return',
        check: { kind: 'templateInserted', templateIds: ['zh.aftersale.return', 'zh.aftersale.damaged'] },
        required: true,
      },
      { id: 'remark', text: '在订单上写备注（撤单 / 补发 / 退款登记）', check: { kind: 'remarkSaved' }, required: true },
      { id: 'mark', text: '在客户卡片上记录退款或退货', check: { kind: 'customerMarked', event: 'refund' }, required: false },
    ],
    escalateTo: '组长',
  },
  {
    id: 'bad-review',
    title: '中差评处理',
    mandatoryForTrainees: true,
    when: { intents: ['中差评'] },
    steps: [
      { id: 'contact', text: '主动联系买家，先道歉', templateId: 'zh.review.followup', check: { kind: 'templateInserted', templateIds: ['zh.review.followup'] }, required: true },
      { id: 'cause', text: '问清原因：质量、物流、描述不符还是服务', required: true },
      { id: 'resolve', text: '先解决问题（补发、部分退款、换货），再谈评价', required: true },
      { id: 'revise', text: '问题解决后，在平台允许的修改期限内礼貌请买家修改评价', required: false },
      { id: 'evidence', text: '疑似恶意差评：保存聊天和订单证据，交给组长申诉', required: false },
      { id: 'mark', text: '在客户卡片上记录中差评', check: { kind: 'customerMarked', event: 'bad_review' }, required: true },
    ],
    escalateTo: '组长',
  },
  {
    id: 'cross-border-complaint',
    title: '跨境投诉',
    mandatoryForTrainees: true,
    when: { pageKinds: ['chat'], languages: ['en', 'ru'], intents: ['跨境纠纷', '物流查询/催发货', '售后退换'] },
    steps: [
      {
        id: 'thank',
        text: '先感谢买家来信，再为给买家带来的麻烦道歉',
        templateId: 'en.complaint.first',
        check: { kind: 'templateInserted', templateIds: ['en.complaint.first'] },
        required: true,
      },
      { id: 'reassure', text: '安抚买家：我们会解决；不要轻易承认是卖家的错', required: true },
      { id: 'options', text: '给出至少两个方案并推荐一个（如补发、部分退款）', templateId: 'en.shipping.refund-offer', required: true },
      { id: 'evidence', text: '需要时请买家提供照片或物流证据', required: false },
      { id: 'explain', text: '用平实的话说明清关或运输情况，不用行话', templateId: 'en.customs.explain', required: false },
    ],
    escalateTo: '组长',
  },
  {
    id: 'cross-border-reassure',
    title: '跨境在途安抚',
    mandatoryForTrainees: false,
    when: { pageKinds: ['chat'], languages: ['en', 'ru'], sincePlaced: { atLeast: 'crossBorderReassureDays', lessThan: 'crossBorderRefundDays' } },
    steps: [
      {
        id: 'normal',
        text: '告诉买家运输时间仍在正常范围，我们在跟踪包裹',
        templateId: 'en.shipping.normal',
        check: { kind: 'templateInserted', templateIds: ['en.shipping.normal'] },
        required: true,
      },
    ],
  },
  {
    id: 'cross-border-refund',
    title: '跨境超时退款',
    mandatoryForTrainees: true,
    when: { pageKinds: ['chat'], languages: ['en', 'ru'], sincePlaced: { atLeast: 'crossBorderRefundDays' } },
    steps: [
      {
        id: 'offer',
        text: '买家不想再等的，提出退款并取消配送',
        templateId: 'en.shipping.refund-offer',
        check: { kind: 'templateInserted', templateIds: ['en.shipping.refund-offer'] },
        required: true,
      },
      { id: 'mark', text: '在客户卡片上记录退款', check: { kind: 'customerMarked', event: 'refund' }, required: false },
    ],
  },
  {
    id: 'abusive-buyer',
    title: '恶意 / 辱骂买家',
    mandatoryForTrainees: true,
    when: { buyerTags: ['恶意/黑名单', '恶意', '黑名单'] },
    steps: [
      { id: 'resolve', text: '合理诉求照常处理，不要被情绪带走', required: true },
      { id: 'position', text: '平静说明店铺的立场和能做的事，只说一次', required: true },
      { id: 'escalate', text: '交给组长处理', required: true },
      { id: 'stop', text: '组长接手后不再回复辱骂内容', required: false },
    ],
    escalateTo: '组长',
  },
  {
    id: 'shift-start',
    title: '上班检查',
    mandatoryForTrainees: true,
    when: { shift: 'start' },
    steps: [
      { id: 'handover', text: '看上一班的交接清单和未完成的承诺（扩展弹窗）', required: true },
      { id: 'unread', text: '回复所有未读消息，先回等待最久的', required: true },
      { id: 'abnormal', text: '检查昨天的异常订单和退款申请', required: true },
      { id: 'unpaid', text: '检查拍下未付款的订单', required: false },
    ],
  },
  {
    id: 'shift-end',
    title: '下班交接',
    mandatoryForTrainees: true,
    when: { shift: 'end' },
    steps: [
      { id: 'cutoff', text: '截单时间前拍下的订单全部处理完并交给仓库', required: true },
      { id: 'promises', text: '完成或交接所有未完成的承诺', required: true },
      { id: 'handover', text: '导出交接清单给下一班', check: { kind: 'handoverExported' }, required: true },
      { id: 'report', text: '写今天的日报', check: { kind: 'reportGenerated' }, required: true },
    ],
  },
];

export const DEFAULT_PLAYBOOKS: Playbook[] = PLAYBOOKS.map((p) => playbookSchema.parse(p));

/** Seed figures: 12 h unpaid (001 L31), 16:30 cut-off (001 L49), refund 24 h after payment (003 L341), reviews 7 and 30 days (001 L43), cross-border 11 and 25 days (000 L65). */
export const DEFAULT_PLAYBOOK_CONFIG: PlaybookConfig = {
  numbers: {
    unpaidRemindHours: 12,
    cutoffTime: '16:30',
    refundAfterPaymentHours: 24,
    reviewHandleDays: 7,
    reviewRevisionDays: 30,
    crossBorderReassureDays: 11,
    crossBorderRefundDays: 25,
    shiftStart: '09:00',
    shiftEnd: '23:00',
  },
  mandatory: DEFAULT_PLAYBOOKS.filter((p) => p.mandatoryForTrainees).map((p) => p.id),
};
