/**
 * Labelled corpus for the send guard's diversion rules: replies that try to take the buyer off the platform the way
 * agents dodge keyword filters (each with the rule that must block it), and ordinary replies that look like them
 * (product attributes, places, order and tracking numbers, prices, dates, the shop's own links) that must not be
 * blocked by any diversion or personal-data rule. Invented wording; numbers and ids are fake.
 */
export interface Evasion {
  text: string;
  rule: string;
  site?: string;
}

const ids = ['shop_2024', 'xiaomei88', 'kf8866abc', 'meimei2024', 'best_buy01', 'tao_kf_9'];
const wechatForms = ['微信', '薇信', '威信', '魏信', '微芯', '威芯', '徽信', 'v信', 'vx', 'wx', 'Ｖ信', 'ＶＸ', 'weixin', 'WeChat'];
const dressed = (form: string, i: number) => [form, [...form].join(' '), [...form].join('.'), [...form].join('\u200b'), [...form].join('-')][i % 5]!;

const wechat: Evasion[] = wechatForms.flatMap((form, i) => [
  { text: `亲，加我${dressed(form, i)}：${ids[i % ids.length]}，给您便宜`, rule: 'diversion.wechat' },
  { text: `有问题可以${dressed(form, i + 1)}号 ${ids[(i + 2) % ids.length]} 私聊`, rule: 'diversion.wechat' },
  { text: `退款的事${dressed(form, i + 2)}上说，我的号是 ${ids[(i + 4) % ids.length]}`.replace('上说，我的号是', '号：'), rule: 'diversion.wechat' },
]);
const addCue: Evasion[] = ['+V', '+v', '➕V', '加V', '加v详聊', '加个vx', '加薇', '加威', '私聊加微', '+vx了解', '加我V', '加下v'].map((text) => ({
  text: `这个价格平台上不好改，${text}`,
  rule: 'diversion.wechat',
}));
const satellites: Evasion[] = ['卫星号 xiaomei88', '卫 星：shop_2024', '搜我卫星 kf8866abc'].map((text) => ({ text, rule: 'diversion.wechat' }));

const phoneForms = [
  '13812345678',
  '138 1234 5678',
  '138-1234-5678',
  '1 3 8 1 2 3 4 5 6 7 8',
  '一三八一二三四五六七八',
  '幺三八 一二三四 五六七八',
  '壹叁捌壹贰叁肆伍陆柒捌',
  '①③⑧①②③④⑤⑥⑦⑧',
  '１３８１２３４５６７８',
  '138\u200b1234\u200b5678',
  '+86 138 1234 5678',
  '186.0000.1234',
  '一8六零零零零一二三四',
  '１５９ ８８８８ ６６６６',
  '❶❸❽❶❷❸❹❺❻❼❽',
];
const phones: Evasion[] = phoneForms.flatMap((number) => [
  { text: `急的话直接打我电话 ${number}`, rule: 'diversion.phone' },
  { text: `您记一下：${number}，有事找我`, rule: 'diversion.phone' },
  { text: `Call me at ${number} if the parcel is late`, rule: 'diversion.phone' },
]);

const qq: Evasion[] = ['扣扣 12345678', 'QQ：987654321', '企鹅号 55667788', '球球 1234567', '加q 13579246', 'ｑｑ ８８６６８８６６', 'Q号：10086100', '抠抠 7788990', 'q q 3344556'].map((text) => ({
  text: `详细的发您${text}上聊`,
  rule: 'diversion.qq',
}));

const platforms: Evasion[] = [
  '某宝搜店名“小美家”更便宜',
  '去夕夕下单能便宜十块',
  '并夕夕也有卖，您可以去看看',
  '拼夕夕上有同款',
  'tb 搜 同款 就能找到',
  '我们在jd上有旗舰店',
  '某东也有卖，价格更低',
  '来闲鱼找我，二手的更划算',
  '小红书搜我们店名',
  '淘 宝 搜 店 名 就行',
  '天猫旗舰店链接发您',
  '去某猫下单有赠品',
  '桃宝搜我们家',
  '抖音搜我们店更便宜',
  '京东有货，去京东买吧',
  '唯品会也有卖',
  '得物上有同款',
  '在1688拍更便宜',
  '快手搜同款',
  '某音里搜店名',
].map((text) => ({ text, rule: 'diversion.platform', site: 'pinduoduo' }));

const foreign: Evasion[] = [
  ['Please write to me on WhatsApp +7 912 345 67 89', 'diversion.foreign'],
  ['Contact me on whatsapp for a better price', 'diversion.foreign'],
  ['Message our Telegram @shop_msk', 'diversion.foreign'],
  ['Join t.me/shop_msk for discounts', 'diversion.foreign'],
  ['wa.me/79123456789', 'diversion.foreign'],
  ['Follow us on Instagram: @best.shop', 'diversion.foreign'],
  ['Send photos to shop@mail.ru please', 'diversion.foreign'],
  ['My email: service.team@gmail.com', 'diversion.foreign'],
  ['Contact us at kf_2024@163.com', 'diversion.foreign'],
  ['Напишите нам в WhatsApp', 'diversion.foreign'],
  ['Пишите в Telegram, там быстрее', 'diversion.foreign'],
  ['Find us on Facebook messenger', 'diversion.foreign'],
  ['Add me on Viber', 'diversion.foreign'],
  ['Search our shop on AliExpress for a lower price', 'diversion.platform'],
  ['You can buy it on Amazon cheaper', 'diversion.platform'],
  ['W h a t s A p p me', 'diversion.foreign'],
  ['ＷｈａｔｓＡｐｐ：＋７ ９１２', 'diversion.foreign'],
  ['my insta is best.shop', 'diversion.foreign'],
  ['e-mail: shop@yandex.ru', 'diversion.foreign'],
  ['Write to orders@shop-best.com', 'diversion.foreign'],
].map(([text, rule]) => ({ text: text!, rule: rule! }));

export const EVASIONS: Evasion[] = [...wechat, ...addCue, ...satellites, ...phones, ...qq, ...platforms, ...foreign];

const orderNos = ['6925095897028853458', '261120-538127364510922', '6925095897028850001'];
const tracking = ['SF1402233445566', 'YT7712345678901', '73112345678901', '78945612301234', 'JT0012345678901', '1Z999AA10123456784'];

export const ORDINARY: { text: string; site?: string }[] = [
  ...[
    'V领毛衣还有M码',
    '这款是V字领的',
    'v领打底衫加绒了',
    '威海仓发货，两天到',
    '威海的买家明天就能收到',
    'QQ糖口味有草莓和葡萄',
    '这是q弹的软糖',
    '微信支付也可以付款',
    '支持微信付款和支付宝',
    '威化饼干是独立包装',
    '微波炉可以加热',
    '威士忌杯是玻璃的',
    '稍微大一点的话选L码',
    '微商城的活动和店里同步',
  ].map((text) => ({ text })),
  ...orderNos.flatMap((no) => [`您的订单${no}已经发货`, `订单号 ${no}，我帮您查一下`, `订单编号：${no} 已备注`]).map((text) => ({ text })),
  ...tracking.flatMap((no) => [`快递单号 ${no}，可以在物流里查看`, `运单号${no}，预计明天送达`, `物流单号是 ${no}`]).map((text) => ({ text })),
  ...['价格是138元', '¥1380.00 包邮', '原价1999，现在1380', '满300减30', '优惠后138.8元', '两件一共276元', '运费险12元', '第二件半价，只要69元'].map((text) => ({ text })),
  ...['11月22日发货', '2026年11月22日前到', '一般三四天送达', '一两天就能到', '预计12月1日到货', '活动到11月30日23:59', '请在7天内确认收货', '48小时内发货'].map((text) => ({ text })),
  ...[
    '尺码表：身高165体重110斤选M',
    '重量13.8kg，需要两个人搬',
    '电池容量5000mAh',
    '型号 X138-1234，适配iPhone 13',
    '规格 30x40x50cm',
    '鞋码38偏小一码',
    '功率1380W',
    '容量1.5L',
    '包装 12盒/箱',
    '批次 20261122-01',
  ].map((text) => ({ text })),
  ...[
    '您好，请问有什么可以帮您',
    '亲，已经为您备注了，请放心',
    '非常抱歉让您久等了',
    '已经帮您催促快递了',
    '麻烦您提供一下照片，我们马上处理',
    '好的，给您补发一个',
    '感谢您的耐心等待',
    '请在平台内联系我们',
    '有问题随时在这里留言',
    '我们会尽快为您处理',
  ].map((text) => ({ text })),
  ...['您在拼多多下单就可以了', '拼多多官方活动价', '在拼多多搜店名就能找到我们', '多多买菜也有我们的货'].map((text) => ({ text, site: 'pinduoduo' })),
  ...['抖音商城搜店名就能找到', '抖店里下单就行', '抖音直播间有优惠'].map((text) => ({ text, site: 'douyin' })),
  ...['订单链接 https://mobile.yangkeduo.com/order.html?order_sn=261120', '商品页 https://mobile.yangkeduo.com/goods.html?goods_id=1'].map((text) => ({ text, site: 'pinduoduo' })),
  ...['商品链接 https://haohuo.jinritemai.com/views/product/item?id=1', '点这里 https://www.douyin.com/user/self'].map((text) => ({ text, site: 'douyin' })),
  ...[
    'Your order will arrive in 3-5 days',
    'Tracking number 1Z999AA10123456784',
    'I will send it via DHL today',
    'Please message me here on the platform',
    'We are online 9:00-18:00 every day',
    'The size chart is on the product page',
    'Thank you for your patience',
    'Instant refund has been issued',
    'Your parcel is in line for customs clearance',
    'Order #6925095897028853458 has shipped',
    'Ваш заказ уже отправлен',
    'Спасибо за ожидание',
    'The item weighs 1.38 kg',
    'Price is 13.80 USD',
    'Please check the photos and let me know',
    'We offer two options: a refund or a replacement',
    'Line up the arrows on the box when you open it',
    'The messenger bag comes in black',
  ].map((text) => ({ text })),
  ...Array.from({ length: 20 }, (_, i) => ({ text: `第${i + 1}号仓库今天发出${i + 2}件，编号A${1000 + i}` })),
  ...Array.from({ length: 20 }, (_, i) => ({ text: `您好，${['一', '二', '三', '四', '五'][i % 5]}号楼的快递柜可以取件，取件码${100000 + i * 37}` })),
  ...Array.from({ length: 15 }, (_, i) => ({ text: `套餐${['一', '二', '三'][i % 3]}：${i + 1}件装，单价${(19.9 + i).toFixed(1)}元` })),
];
