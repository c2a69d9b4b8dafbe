import type { LabelledMessage } from './labelled-set';

const of = (category: LabelledMessage['category'], status: string | undefined, texts: string[]): LabelledMessage[] => texts.map((text) => ({ text, category, ...(status ? { status } : {}) }));

/**
 * A second batch written after the first tuning round (which had reached 95% on its own half), from the same
 * scenarios. Split by position: even ones join the tuning half, odd ones the held-out half, so neither is chosen.
 */
const SECOND_BATCH: LabelledMessage[] = [
  ...of('物流查询/催发货', '已发货', ['我的货现在在哪', '物流一直显示在途中', '快递几天能到我这', '麻烦查查我的物流到哪了', '是不是快递丢件了', '物流停了三天了', '怎么还没派送', '快递一直不派送']),
  ...of('发货通知', '待发货', ['几号能发货', '拍了今天能寄吗', '还要几天才发', '我的什么时候发出', '啥时候发啊', '今天可以寄出吗']),
  ...of('议价', undefined, ['能不能少十块', '有活动价吗', '多买能便宜吗', '能包个邮吗', '最低多少钱']),
  ...of('催付', '待支付', ['付款提示失败', '钱付不出去', '我付款了怎么显示没付']),
  ...of('核对地址', '待发货', ['地址改成北京的', '收件电话换一个', '收货人改成我老婆', '发什么快递的']),
  ...of('售后退换', '已发货', ['东西碎了', '有划痕 想退', '换一个大号的', '尺寸不对 能换吗', '收到的是次品', '漏发了一个', '申请退款了帮我处理下', '衣服有个洞']),
  ...of('中差评', undefined, ['我要去平台投诉', '等着给你们差评吧', '差评已经给了']),
  ...of('致歉', undefined, ['到底有没有人', '怎么半天不回', '能回个话吗']),
  ...of('售前咨询', undefined, ['黑色的还有码吗', '这个有大码吗', '我体重140穿几码', '这个偏小吗', '这是棉的还是化纤', '起不起球', '这个能手洗吗', '有什么颜色']),
  ...of('结束语', undefined, ['行 谢谢啦', '好的 明白', '谢谢你 辛苦']),
  ...of('物流查询/催发货', '已发货', ['Where is my package at?', 'My order has not come yet', 'Tracking shows no movement', 'Когда посылка дойдёт?', 'Где сейчас посылка?']),
  ...of('跨境纠纷', '已发货', [
    'The box was crushed and the item broken',
    'Received a different item',
    'I want my money back, nothing arrived',
    'Stuck at customs for two weeks',
    'Посылка пришла пустая',
    'Товар не соответствует описанию',
    'Хочу возврат денег',
  ]),
  ...of('发货通知', '待发货', ['When are you sending my order?', 'Is it shipped already?', 'Когда будет отправка заказа?']),
  ...of('售前咨询', undefined, ['Do you have size L?', 'Is it cotton?', 'Какие есть размеры?', 'Это хлопок?']),
  ...of('结束语', undefined, ['Thanks, bye', 'Спасибо, всё понятно']),
];

export const SECOND_TUNING = SECOND_BATCH.filter((_, i) => i % 2 === 0);
export const SECOND_HELD_OUT = SECOND_BATCH.filter((_, i) => i % 2 === 1);
