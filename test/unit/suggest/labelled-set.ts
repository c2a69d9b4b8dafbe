import type { TemplateCategory } from '@/utils/model';

/**
 * Buyer messages as buyers write them (typos, slang, no punctuation), each with the category a good agent would
 * answer from. Invented; not copied from the templates' keywords.
 */
export interface LabelledMessage {
  text: string;
  category: TemplateCategory;
  status?: string;
}

const of = (category: TemplateCategory, status: string | undefined, texts: string[]): LabelledMessage[] => texts.map((text) => ({ text, category, ...(status ? { status } : {}) }));

export const LABELLED_MESSAGES: LabelledMessage[] = [
  ...of('物流查询/催发货', '已发货', [
    '我的快递到哪了',
    '怎么还没到啊都5天了',
    '物流一直不动是咋回事',
    '快递是不是丢了',
    '啥时候能到啊急用',
    '物流信息三天没更新了',
    '包裹到哪儿了？',
    '我的东西还没收到',
    '快递员说没有我的件',
    '麻烦帮我催下快递',
    '运单号查不到物流',
    '一直显示揽收是什么意思',
    '还要多久能收到啊',
    '东西寄出来了吗 物流怎么没动静',
    '快递到驿站了吗',
    '我买的东西怎么还在路上',
    '物流显示签收了但我没收到',
    '能帮我查下物流吗',
    '都一个礼拜了还没到',
    '快递太慢了吧',
  ]),
  ...of('发货通知', '待发货', ['什么时候发货', '今天能发吗', '下单了啥时候发', '几点发货啊', '能不能快点发', '明天能发出吗', '我昨天拍的还没发', '发货了没', '多久发货', '今天下单明天能发吗']),
  ...of('议价', undefined, ['能便宜点不', '有优惠吗', '包邮吗亲', '再少点呗', '两件能打折不', '老顾客有折扣吗', '有没有优惠券', '便宜点我就买了', '价格还能商量吗', '能不能送个运费险']),
  ...of('催付', '待支付', ['我刚拍了还没付款', '付款失败了怎么办', '支付不了啊', '拍下了忘记付了', '付款的时候卡住了', '可以先拍不付款吗']),
  ...of('核对地址', '待发货', ['地址填错了能改吗', '我要改个收货地址', '收件人写错了', '电话号码留错了', '能改成公司地址吗', '帮我改下地址', '地址少写了门牌号', '换个收件地址可以吗']),
  ...of('售后退换', '已发货', [
    '收到的东西坏了',
    '质量太差了要退货',
    '尺码不合适能换吗',
    '我想退款',
    '少发了一件',
    '发错货了',
    '东西有破损',
    '怎么申请退货',
    '不想要了能退吗',
    '收到是坏的 怎么处理',
    '颜色和图片不一样想退',
    '用了一次就坏了',
    '包装压坏了',
    '能换个颜色吗',
    '退款什么时候到账',
  ]),
  ...of('中差评', undefined, ['我要给差评', '你们服务太差了 投诉你们', '这质量我给中评都多了', '再不处理我就差评了', '评价的事怎么说', '我要投诉']),
  ...of('致歉', undefined, ['人呢', '怎么没人回复', '等了半天了', '回复这么慢', '客服在不在啊 等好久了', '有人吗？？？']),
  ...of('售前咨询', undefined, [
    '在吗',
    '你好',
    '这个有货吗',
    '还有M码吗',
    '这款是什么材质的',
    '这款面料起球吗',
    '多高的人穿合适',
    '这个能机洗吗',
    '你好 这个和图片一样吗',
    '有没有大一点的尺码',
    '这个适合送人吗',
    '保质期多久',
  ]),
  ...of('结束语', undefined, ['好的谢谢', '嗯嗯 麻烦了', '知道了 谢谢', '好的 辛苦了', '行 谢谢你', 'ok谢谢亲', '收到 谢谢', '好嘞']),
  ...of('物流查询/催发货', '已发货', ['Where is my parcel? It has not arrived', 'Tracking shows nothing for 3 weeks', 'Где моя посылка?', 'Трек не отслеживается']),
  ...of('跨境纠纷', '已发货', [
    'My order still not received after a month',
    'The item is broken, I want a refund',
    'Wrong item received',
    'The package is damaged',
    'I want to cancel my order',
    'It is stuck in customs',
  ]),
  ...of('跨境纠纷', '已发货', ['Товар пришёл сломанный', 'До сих пор не получил заказ', 'Верните деньги, это брак']),
];
