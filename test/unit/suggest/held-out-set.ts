import type { LabelledMessage } from './labelled-set';

const of = (category: LabelledMessage['category'], status: string | undefined, texts: string[]): LabelledMessage[] => texts.map((text) => ({ text, category, ...(status ? { status } : {}) }));

/**
 * The held-out half: buyer messages written from the seeds' scenarios before any tuning, and never tuned on — the ranker,
 * the questions and the weights were adjusted only by looking at the tuning half. Change this file only to add
 * messages, never to make a figure better.
 */
export const HELD_OUT_MESSAGES: LabelledMessage[] = [
  ...of('物流查询/催发货', '已发货', ['快递到哪儿了啊', '我那个包裹现在到哪了', '帮忙看看我的件到哪了', '物流怎么一直停在中转站', '东西寄丢了吧 好几天没动静', '显示已签收 可我压根没拿到', '查不到物流是什么情况', '快递员电话打不通', '驿站说没有我的快递', '包裹怎么还在路上', '物流好几天没变化了', '还得几天能到', '你们发的哪家快递 我查一下']),
  ...of('物流查询/催发货', '已发货', ['都一周了还没收到 能催一下吗', '太慢了吧这快递', '急着用 能不能让快递快点', '等了五天了还没到', '怎么走了这么久']),
  ...of('发货通知', '待发货', ['今天能发出去吗', '啥时候给我发货', '拍了两天了还不发', '下午下单今天发吗', '我的订单什么时候能发', '还没发货吗', '能尽快发吗 着急', '发出了告诉我一声', '周末发货吗', '付完款多久发货']),
  ...of('议价', undefined, ['便宜一点呗', '能不能优惠点', '有没有满减活动', '买三件能便宜多少', '运费能免吗', '给个折扣吧亲', '别的店比你们便宜', '能再降点价吗', '有赠品吗', '有没有新人券']),
  ...of('催付', '待支付', ['付不了款怎么回事', '支付一直失败', '我晚上再付可以吗', '拍了但是还没付 还能今天发吗', '微信支付不了', '付款页面打不开']),
  ...of('催付', '待支付', ['下错单了 拍了两个', '拍错颜色了', '这单我不要了 拍多了']),
  ...of('核对地址', '待发货', ['地址写错了 帮我改一下', '收货地址要换一下', '收件人名字打错了', '手机号填错了一位', '改成我公司的地址', '能改下收货人吗', '地址漏了小区名', '我搬家了 地址要改', '发顺丰可以吗', '能指定发中通吗']),
  ...of('售后退换', '已发货', ['衣服小了想换大一号', '能换成L码吗', '买大了能换小一码吗', '收到的跟图片颜色差太多 要退', '质量不行 我要退货', '退货怎么操作', '退款怎么还没到', '少了一个配件', '发成别的颜色了', '东西到了是坏的', '打开就是碎的', '盒子都压扁了 里面也坏了', '鸡蛋碎了好几个', '瓶子漏液了', '刚用两天就坏了', '穿着不合适想退', '不喜欢可以退吗', '七天无理由能退吗']),
  ...of('中差评', undefined, ['不给我解决我就差评', '我要去投诉', '给你们一星', '这种服务只配差评', '评价我已经写了差评']),
  ...of('致歉', undefined, ['有没有人啊', '回一下好吗', '等你们回复等了一个小时', '怎么不理人', '客服呢？', '半天没人说话']),
  ...of('售前咨询', undefined, ['在不在', '老板 在吗', '您好 想问一下', '这个有现货吗', '白色还有吗', 'XL有没有', '还能买到吗 缺货了吗', '什么时候到货', '我身高170 体重130斤 穿什么码', '这个码数正吗', '平时穿M 这个选哪个', '偏大还是偏小啊', '是纯棉的吗', '这个面料透气吗', '洗了会缩水吗', '会掉色吗', '是什么料子的', '这个多少钱一件', '两种颜色价格一样吗', '有几种颜色', '适合多大年纪的人用', '能放冰箱吗']),
  ...of('其他', undefined, ['给你们提个意见 包装能不能好点', '说明书太难懂了', '希望多出几个颜色', '你们的app太难用了']),
  ...of('结束语', undefined, ['好 谢了', '明白了 谢谢', '嗯 好的', '行吧 麻烦了', '没事了 谢谢亲', '那好 辛苦', '谢谢客服', 'ok 知道了']),
  ...of('物流查询/催发货', '已发货', ['Where is my order?', 'My package has not arrived yet', 'Tracking is not updating for a week', 'When will I get my parcel?', 'Is my package lost?', 'The tracking number does not work', 'How many more days until delivery?']),
  ...of('跨境纠纷', '已发货', ['Item came broken, please help', 'You sent me the wrong size', 'This is not the product in the picture', 'The seeds did not germinate at all', 'Very bad quality, I am disappointed', 'Two months and still nothing, I want my money back', 'Please refund me, the order never arrived', 'Cancel the order please', 'I have been waiting 40 days, refund or send again', 'My parcel is held at customs', 'Tracking says retention reason customs declaration required', 'Why is my package in customs?']),
  ...of('发货通知', '待发货', ['When do you ship?', 'Did you send my order yet?', 'Can you ship it today please?', 'How long until you dispatch my order?']),
  ...of('售前咨询', undefined, ['Is this item in stock?', 'Which size fits me, I am 180 cm?', 'What is the material?', 'Do you have it in blue?']),
  ...of('结束语', undefined, ['Thank you so much', 'Ok thanks', 'Great, thanks for the help', 'Got it, thank you']),
  ...of('物流查询/催发货', '已发货', ['Где мой заказ?', 'Посылка ещё не пришла', 'Трек-номер не отслеживается', 'Когда будет доставка?', 'Сколько ещё ждать посылку?', 'Посылка потерялась?']),
  ...of('跨境纠纷', '已发货', ['Пришёл разбитый товар', 'Прислали не тот размер', 'Товар бракованный', 'Ужасное качество', 'Уже два месяца нет посылки', 'Верните мои деньги', 'Хочу отменить заказ', 'Заказ так и не пришёл, верните деньги']),
  ...of('发货通知', '待发货', ['Когда вы отправите?', 'Мой заказ уже отправили?', 'Отправьте сегодня, пожалуйста']),
  ...of('售前咨询', undefined, ['Это есть в наличии?', 'Какой размер мне подойдёт?', 'Из чего сделано?', 'А синий цвет есть?']),
  ...of('结束语', undefined, ['Спасибо', 'Понятно, спасибо', 'Хорошо, спасибо большое']),
];

/** Messages no template answers: the panel must stay silent on every one. */
export const OFF_TOPIC_MESSAGES: string[] = [
  '明天北京会下雨吗', '帮我写一首关于春天的诗', '你知道周杰伦的新歌吗', '今天股市涨了没', '推荐一部好看的电影', '我家猫不吃饭怎么办', '一加一等于几', '你们老板是男的女的',
  '晚饭吃什么好呢', '世界杯谁赢了', '高铁票怎么改签', '英语四级什么时候考', '我儿子数学考了满分', '这首歌叫什么名字', '地球离太阳多远', '小区停电了',
  'What is the capital of France?', 'Tell me a joke', 'Who won the football game yesterday?', 'I like turtles', 'Can you write my homework essay?', 'My cat is sleeping on the keyboard', 'What time is it in Tokyo?', 'Do you believe in aliens?',
  'Какая завтра погода?', 'Расскажи анекдот', 'Сколько будет два плюс два?', 'Кто победил в матче?', 'Люблю зимнюю рыбалку', 'Какой сегодня день недели?', 'Посоветуй фильм на вечер', 'У меня сломался телевизор дома',
];
