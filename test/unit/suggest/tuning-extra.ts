import type { LabelledMessage } from './labelled-set';

const of = (category: LabelledMessage['category'], status: string | undefined, texts: string[]): LabelledMessage[] => texts.map((text) => ({ text, category, ...(status ? { status } : {}) }));

/** More of the tuning half, written with the held-out half: the scenarios the 114 first messages cover least. */
export const TUNING_EXTRA: LabelledMessage[] = [
  ...of('发货通知', '待发货', ['今天能发货吗', '现在下单今天能寄出吗', '我想今天就发可以吗']),
  ...of('售后退换', '已发货', ['到货是坏的', '想换大一码', '换个小一号的尺码行吗', '收到发现裂了']),
  ...of('售前咨询', undefined, ['这个颜色还有货吗', '红色L码有没有', '我120斤穿多大', '身高160选什么尺码', '是什么面料做的', '这个料子舒服吗', '会不会缩水', '有几个颜色可以选']),
  ...of('其他', undefined, ['我有个建议', '你们的包装该改进了', '希望说明书写清楚点']),
  ...of('核对地址', '待发货', ['能发韵达吗', '可以发顺丰不']),
  ...of('物流查询/催发货', '已发货', ['My parcel has not moved for ten days', 'When is my package coming?', 'Where is my package now', 'Посылка не пришла ещё', 'Когда придёт мой заказ?']),
  ...of('跨境纠纷', '已发货', [
    'It arrived damaged',
    'Not what I ordered',
    'Give me a refund, I waited 2 months',
    'The package is held by customs, why?',
    'Прислали брак',
    'Пришёл не тот цвет',
    'Прошло 40 дней, верните деньги',
  ]),
  ...of('发货通知', '待发货', ['When will my order be shipped?', 'Have you shipped it?', 'Когда отправка?', 'Вы уже отправили заказ?']),
  ...of('售前咨询', undefined, ['Is it available in size M?', 'What size should I take?', 'What fabric is this?', 'Есть размер M?', 'Какой материал?', 'Подскажите размер']),
  ...of('结束语', undefined, ['Thanks!', 'Alright, thank you', 'Спасибо за помощь', 'Ок, спасибо']),
];
