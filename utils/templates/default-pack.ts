import { templateSchema, type Template } from '../model';

type Seed = Pick<Template, 'id' | 'title' | 'body' | 'language' | 'category' | 'keywords'> & Partial<Pick<Template, 'shortcut'>>;

// Our own wording, written to the rules and numbers in shared/domain (reply scenarios, tone rules,
// cross-border complaint order: thank → apologise → reassure → options). Every body passes the send guard.
const SEEDS: Seed[] = [
  { id: 'zh.presale.greet', shortcut: ';hy', language: 'zh-CN', category: '售前咨询', title: '欢迎咨询', keywords: ['在吗', '你好', '您好', '有人吗', '咨询'], body: '您好，欢迎光临{店铺}，我是客服{工号}号，很高兴为您服务，请问有什么可以帮您？' },
  { id: 'zh.presale.size', language: 'zh-CN', category: '售前咨询', title: '规格与价格', keywords: ['尺码', '规格', '多少钱', '价格', '款式', '颜色'], body: '您好，在商品页选好规格和款式后，页面会显示对应的价格，您可以随时对比。需要的话我帮您推荐合适的规格。' },
  { id: 'zh.bargain.best-offer', language: 'zh-CN', category: '议价', title: '已是优惠价', keywords: ['便宜', '优惠', '打折', '少点', '包邮', '砍价', '降价'], body: '非常理解您的心情，目前给到您的已经是店铺当前的活动价了。我帮您看看有没有可以一起使用的优惠券，好吗？' },
  { id: 'zh.payment.remind', language: 'zh-CN', category: '催付', title: '催付（截单前）', keywords: ['付款', '拍下', '下单', '支付', '没付'], body: '您好，看到您拍下的订单{订单号}还没有付款，今天的截单时间快到了，现在付款今天就能为您安排发货。' },
  { id: 'zh.payment.intent', language: 'zh-CN', category: '催付', title: '确认购买意向', keywords: ['重复', '拍错', '拍了两', '不想要'], body: '您好，看到您有一笔未付款的订单{订单号}，想跟您确认一下是否还需要，或者需要调整规格吗？' },
  { id: 'zh.address.confirm', shortcut: ';dz', language: 'zh-CN', category: '核对地址', title: '核对收货信息', keywords: ['地址', '收货', '电话', '收件人', '改地址'], body: '您好，订单{订单号}已付款，麻烦您核对一下收件人、电话和收货地址是否正确，另外您有偏好的快递吗？' },
  { id: 'zh.address.changed', language: 'zh-CN', category: '核对地址', title: '地址已修改', keywords: ['改地址', '修改地址', '换地址', '地址错'], body: '您好，已按您的要求修改订单{订单号}的收货信息，并做了备注，发货前仓库会再次核对。' },
  { id: 'zh.shipping.notice', shortcut: ';fh', language: 'zh-CN', category: '发货通知', title: '已发货通知', keywords: ['发货', '发了吗', '什么时候发', '几时发'], body: '您好，您的订单{订单号}已经发出，物流单号{物流单号}，可以在订单详情里查看物流进度。' },
  { id: 'zh.logistics.where', shortcut: ';wl', language: 'zh-CN', category: '物流查询/催发货', title: '查询物流', keywords: ['快递', '物流', '到哪', '还没到', '没收到', '多久到', '怎么还没'], body: '您好，麻烦您稍等，我马上为您查询订单{订单号}的物流（单号{物流单号}），查到后第一时间回复您。' },
  { id: 'zh.logistics.delayed', language: 'zh-CN', category: '物流查询/催发货', title: '物流延迟安抚', keywords: ['太慢', '几天了', '三天', '延迟', '催'], body: '非常抱歉让您久等了，您的包裹已发出{发货天数}天，我已联系快递加急处理，有进展会马上告诉您。' },
  { id: 'zh.aftersale.return', shortcut: ';th', language: 'zh-CN', category: '售后退换', title: '退换货说明', keywords: ['退货', '换货', '退款', '退钱', '不合适', '质量'], body: '您好，非常抱歉商品没能让您满意。您可以在订单{订单号}里申请退换，我这边会优先为您处理；如果方便，也可以发张照片给我看看具体情况。' },
  { id: 'zh.aftersale.damaged', shortcut: ';ps', language: 'zh-CN', category: '售后退换', title: '破损处理', keywords: ['破损', '坏了', '烂了', '压坏', '漏了'], body: '非常抱歉，收到破损的商品一定很影响心情。麻烦您拍一下外包装和商品的照片，我们可以为您补发或退款，您看哪种更方便？' },
  { id: 'zh.review.followup', language: 'zh-CN', category: '中差评', title: '中差评回访', keywords: ['差评', '中评', '评价', '投诉'], body: '您好，我是{店铺}的客服{工号}号，看到您对这次购物不太满意，想了解一下具体原因，我们会尽力为您解决。' },
  { id: 'zh.apology.wait', language: 'zh-CN', category: '致歉', title: '久等致歉', keywords: ['等了', '没人回', '人呢', '回复慢'], body: '非常抱歉让您久等了，现在由我来为您处理，请问具体是什么问题呢？' },
  { id: 'zh.suggestion.record', language: 'zh-CN', category: '其他', title: '记录建议', keywords: ['建议', '意见', '不好用', '希望'], body: '谢谢您提出这么具体的建议，我会记录下来并提交给相关部门，希望我们的产品和服务越来越好。' },
  { id: 'zh.closing', shortcut: ';js', language: 'zh-CN', category: '结束语', title: '结束语', keywords: ['谢谢', '好的', '知道了', '没问题', '再见'], body: '不客气，感谢您的支持，有任何问题随时联系我们，祝您生活愉快。' },
  { id: 'en.complaint.first', language: 'en', category: '跨境纠纷', title: 'First reply to a complaint', keywords: ['broken', 'wrong', 'damaged', 'bad', 'problem', 'complaint', 'garbage'], body: 'Hello {buyer}, thanks for shopping with us. We are really sorry to hear about this, and we will help you solve it. Could you send us a photo of the item so we can check what happened?' },
  { id: 'en.shipping.normal', shortcut: ';ship', language: 'en', category: '物流查询/催发货', title: 'Parcel still on its way', keywords: ['where', 'parcel', 'package', 'tracking', 'shipping', 'arrive', 'received', 'delivery'], body: 'Hello {buyer}, thank you for your patience. Your parcel was shipped {shippedDays} days ago and is still within the normal delivery time. We are watching its tracking ({trackingNo}) and will update you as soon as it moves.' },
  { id: 'en.shipping.refund-offer', language: 'en', category: '跨境纠纷', title: 'Long delay: refund or resend', keywords: ['still', 'not received', 'month', 'refund', 'cancel', 'long'], body: 'Hello {buyer}, we are sorry the parcel is taking so long. We can offer two options: we resend the item free of charge (recommended, with a small gift), or we refund your order {orderNo} in full. Which would you prefer?' },
  { id: 'en.customs.explain', language: 'en', category: '跨境纠纷', title: 'Customs status explained', keywords: ['customs', 'retention', 'held', 'declaration'], body: 'Hello {buyer}, the tracking status means the parcel has reached customs in your country. This is a normal step; please allow a few more days and we will keep following it for you.' },
  { id: 'ru.complaint.first', language: 'ru', category: '跨境纠纷', title: 'Жалоба: первый ответ', keywords: ['сломан', 'разбит', 'не тот', 'плохо', 'брак', 'проблем', 'жалоб'], body: 'Здравствуйте, {buyer}. Спасибо, что написали нам. Нам очень жаль, что так получилось, и мы обязательно поможем. Пришлите, пожалуйста, фото товара, чтобы мы могли разобраться.' },
  { id: 'ru.shipping.normal', language: 'ru', category: '物流查询/催发货', title: 'Посылка в пути', keywords: ['где', 'посылк', 'трек', 'доставк', 'пришл', 'получил'], body: 'Здравствуйте, {buyer}. Спасибо за терпение. Посылка отправлена {shippedDays} дн. назад, срок доставки пока обычный. Мы следим за треком {trackingNo} и сразу сообщим, если что-то изменится.' },
  { id: 'ru.shipping.refund-offer', language: 'ru', category: '跨境纠纷', title: 'Долгая доставка: возврат или повтор', keywords: ['до сих пор', 'не получил', 'месяц', 'возврат', 'верните', 'отмен'], body: 'Здравствуйте, {buyer}. Извините, что доставка так затянулась. Мы можем предложить два варианта: бесплатно отправить товар повторно (советуем, с небольшим подарком) или полностью вернуть деньги за заказ {orderNo}. Что вам удобнее?' },
  { id: 'ru.closing', language: 'ru', category: '结束语', title: 'Завершение', keywords: ['спасибо', 'хорошо', 'ок'], body: 'Пожалуйста. Спасибо, что выбрали наш магазин. Пишите в любое время.' },
  { id: 'en.closing', shortcut: ';bye', language: 'en', category: '结束语', title: 'Closing', keywords: ['thanks', 'thank you', 'ok', 'great'], body: 'You are welcome. Thank you for your support, and feel free to contact us any time.' },
];

// ——— Russian-first cross-border replies ———————————————————————————————————————————————————————————————————————————
// Seed 000's AliExpress/Wish flow for Russian buyers: thank first, give the tracking page in the buyer's language and
// read its statuses in plain words, apologise for a long delivery with the day-25 promise, and settle a complaint with
// two solutions before it becomes a dispute. Our own wording; every body passes the send guard's Russian rules, with
// and without a complaint from the buyer (test/unit/templates/russian-pack.test.ts). A block of its own so that packs
// edited elsewhere merge without touching it.
const RUSSIAN_CROSS_BORDER: Seed[] = [
  {
    id: 'ru.thanks.first', language: 'ru', category: '跨境纠纷', title: 'Сначала благодарность',
    keywords: ['здравствуйте', 'добрый день', 'помогите', 'подскажите', 'вопрос', 'заказ'],
    body: 'Здравствуйте, {buyer}. Спасибо за покупку в нашем магазине и за то, что написали нам. Приносим извинения за беспокойство: мы уже занимаемся вашим заказом {orderNo} и ответим по существу в ближайшее время.',
  },
  {
    id: 'ru.tracking.link', language: 'ru', category: '物流查询/催发货', title: 'Ссылка на отслеживание',
    keywords: ['трек', 'отслеж', 'номер', 'где посылк', 'где заказ', 'статус', 'почта'],
    body: 'Здравствуйте, {buyer}. Спасибо за терпение, и извините, что пришлось ждать. Трек-номер вашей посылки: {trackingNo}. Где она сейчас, видно на этой странице (на русском языке):\n\n{trackingLink}\n\nСтатусы «Принято в отделении», «Покинуло страну» и «Таможенное оформление» — обычные этапы международной доставки: посылка в пути. Мы тоже следим за ней и сразу напишем, если что-то изменится.',
  },
  {
    id: 'ru.delay.apology', language: 'ru', category: '物流查询/催发货', title: 'Извинение за задержку',
    keywords: ['долго', 'задерж', 'не пришл', 'до сих пор', 'когда придет', 'сколько ждать', 'дней'],
    body: 'Здравствуйте, {buyer}. Приносим извинения за то, что посылка идёт так долго. Она в пути {shippedDays} дн., для международной доставки это пока обычный срок, и мы проверяем её трек {trackingNo} каждый день. Если посылка не придёт в течение 25 дней после отправки, напишите нам: мы вернём деньги или бесплатно отправим заказ повторно, как вам удобнее.',
  },
  {
    id: 'ru.dispute.prevent', language: 'ru', category: '跨境纠纷', title: 'Два решения до спора',
    keywords: ['спор', 'возврат', 'верните деньги', 'сломан', 'брак', 'не работает', 'не тот', 'плохое качество'],
    body: 'Здравствуйте, {buyer}. Нам очень жаль, что заказ {orderNo} вас огорчил, и спасибо, что сразу написали нам. Мы предлагаем два решения:\n\n1) бесплатно отправим новый товар и добавим небольшой подарок (советуем этот вариант);\n2) вернём полную стоимость заказа.\n\nНапишите, какой вариант вам удобнее, и мы оформим его сегодня.',
  },
];

/** The shop's starting library: zh-CN for domestic chat, en and ru for cross-border. */
export const DEFAULT_TEMPLATES: Template[] = [...SEEDS, ...RUSSIAN_CROSS_BORDER].map((seed) => templateSchema.parse({ ...seed, tags: [], usageCount: 0, owner: 'team' }));
