/**
 * The buyer questions each template of the default pack answers (相似问法), written for this product from the seeds'
 * scenarios (shared/domain §3: pre-sales, bargaining, payment before cut-off, address check, shipping notice and
 * chasing, after-sales, reviews, cross-border complaints, customs, closing). Kept beside the pack, by template id, so
 * templates can be added to the pack without touching these. A lead edits them per template in the phrase library.
 */
export const DEFAULT_QUESTIONS: Record<string, string[]> = {
  'zh.presale.greet': ['在吗', '有人在吗', '你好 请问一下', '客服在不在', '亲 问个问题', '老板在吗'],
  'zh.presale.size': ['这个多少钱', '价格是多少', '不同颜色价格一样吗', '有哪些规格可以选', '这款有几种颜色', '大号和小号差多少钱'],
  'zh.presale.fit': ['我穿多大码合适', '身高165体重110穿什么码', '这个尺码偏大还是偏小', '平时穿L选哪个码', '胖一点的人能穿吗', '尺码怎么选'],
  'zh.presale.stock': ['这个还有货吗', '黑色还有没有', 'M码有现货吗', '什么时候补货', '这个颜色缺货了吗', '现在下单有库存吗', '这个码还有没有'],
  'zh.presale.material': ['这是什么材质的', '面料是纯棉的吗', '会不会起球掉色', '能不能机洗', '穿着闷不闷热', '质量怎么样 耐用吗'],
  'zh.bargain.best-offer': ['能便宜点吗', '有没有优惠券', '可以包邮吗', '买两件能打折吗', '老顾客有优惠吗', '价格还能再少点吗', '能送点小礼物吗'],
  'zh.payment.remind': ['付款了今天能发吗', '晚点付款可以吗', '付款失败怎么办', '支付不了怎么回事', '现在拍下什么时候截单'],
  'zh.payment.intent': ['我拍错了能取消吗', '不小心拍了两单', '订单拍重复了', '拍下的不想要了', '拍错规格了能改吗'],
  'zh.address.confirm': ['收货地址对吗', '帮我核对一下地址', '可以指定快递吗', '发什么快递', '能发顺丰吗'],
  'zh.address.changed': ['地址填错了能改吗', '我想改一下收货地址', '收件人电话写错了', '能改成公司地址吗', '帮我换个收货地址', '门牌号少写了'],
  'zh.shipping.notice': ['什么时候发货', '今天能发货吗', '发货了没有', '下单多久能发', '明天能发出吗', '能快点发货吗', '怎么还没发货', '今天能寄出吗'],
  'zh.logistics.where': ['我的快递到哪了', '包裹怎么还没到', '物流信息怎么不动了', '快递是不是丢了', '单号查不到怎么办', '显示签收了我没收到', '什么时候能到', '买的东西还没收到'],
  'zh.logistics.delayed': ['快递太慢了', '都好几天了还没到', '能帮我催一下快递吗', '物流好几天没更新了', '怎么这么久还在路上', '急用能快点吗'],
  'zh.aftersale.return': ['我想退货', '怎么申请退款', '能换大一码或者小一码吗', '颜色和图片不一样能退吗', '不想要了可以退吗', '少发了一件怎么办', '退款多久到账', '可以换别的颜色吗'],
  'zh.aftersale.damaged': ['收到的东西坏了', '包装压坏了', '商品有破损', '到货就是碎的', '水果烂了好几个', '瓶子漏了'],
  'zh.review.followup': ['我要给差评', '我要投诉你们', '服务太差了', '再不处理就给中评', '评价能改吗'],
  'zh.apology.wait': ['怎么没人回复', '等了好久了', '人呢', '回复太慢了吧', '客服去哪了'],
  'zh.suggestion.record': ['你们这个东西不好用', '我提个建议', '希望能改进一下', '说明书写得看不懂', '包装太简陋了'],
  'zh.closing': ['好的谢谢', '知道了', '没问题了', '辛苦了', '好嘞 麻烦你了', '行 那就这样'],
  'en.complaint.first': ['The item arrived broken', 'I received the wrong item', 'Half of the seeds are garbage', 'This is not what I ordered', 'The quality is very bad', 'It does not work', 'The package arrived damaged'],
  'en.shipping.normal': ['Where is my parcel?', 'When will my package arrive?', 'The tracking has not updated', 'Has my order been delivered yet?', 'How long does delivery take?', 'I cannot track my package'],
  'en.shipping.refund-offer': ['I still have not received my order after a month', 'I want a refund, the parcel never came', 'Please cancel my order and refund me', 'It has been 30 days and nothing arrived', 'Can you resend or refund?'],
  'en.customs.explain': ['My parcel is stuck in customs', 'What does retention reason mean?', 'Tracking says held by customs', 'Do I need to pay customs?', 'Official customs declaration required, what should I do?'],
  'en.presale.question': ['Do you have this in stock?', 'What size should I order?', 'What material is it made of?', 'Is this available in another colour?', 'Can you tell me more about this item?'],
  'en.shipping.dispatch': ['When will you ship my order?', 'Has my order been shipped?', 'Can you send it today?', 'How soon do you dispatch?', 'Is my order on its way yet?'],
  'en.closing': ['Thanks a lot', 'OK, got it', 'Great, thank you', 'That is all, thanks', 'Perfect, have a nice day'],
  'ru.complaint.first': ['Товар пришёл сломанный', 'Прислали не тот товар', 'Это брак', 'Качество очень плохое', 'Не работает', 'Половина семян мусор'],
  'ru.shipping.normal': ['Где моя посылка?', 'Когда придёт посылка?', 'Трек не обновляется', 'Сколько идёт доставка?', 'Посылка уже в пути?', 'Не могу отследить заказ'],
  'ru.shipping.refund-offer': ['До сих пор не получил заказ', 'Прошёл месяц, посылки нет', 'Верните деньги', 'Отмените заказ', 'Можно отправить ещё раз или вернуть деньги?'],
  'ru.presale.question': ['Есть в наличии?', 'Какой размер выбрать?', 'Из какого материала?', 'Есть другой цвет?', 'Подскажите по товару'],
  'ru.shipping.dispatch': ['Когда отправите заказ?', 'Заказ уже отправлен?', 'Можно отправить побыстрее?', 'Сколько дней до отправки?'],
  'ru.thanks.first': ['Здравствуйте, у меня вопрос по заказу', 'Помогите с заказом', 'Добрый день, подскажите по моему заказу', 'Есть проблема с заказом'],
  'ru.tracking.link': ['Дайте трек-номер', 'Где отследить посылку?', 'Что значит статус «Покинуло страну»?', 'Какой номер для отслеживания?', 'Статус таможенное оформление, что это?'],
  'ru.delay.apology': ['Почему так долго идёт посылка?', 'Сколько ещё ждать?', 'Посылка задерживается', 'Уже 20 дней, а посылки нет'],
  'ru.dispute.prevent': ['Открою спор', 'Товар сломан, что будете делать?', 'Хочу вернуть деньги за брак', 'Пришло не то, решите вопрос'],
  'ru.closing': ['Спасибо большое', 'Хорошо, понятно', 'Всё ясно, спасибо', 'Ок, договорились'],
};
