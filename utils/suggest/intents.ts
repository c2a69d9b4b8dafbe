import type { TemplateCategory } from '../model';

/** Cue words for what a buyer wants; a message can carry several intents. */
const CUES: Partial<Record<TemplateCategory, string[]>> = {
  '物流查询/催发货': ['快递', '物流', '到哪', '在哪', '没到', '还没到', '没收到', '多久', '催', '揽收', '签收', '驿站', '派送', '派件', '在途', '中转', '丢件', '运单', '单号', '几天能到', '能到', 'where', 'parcel', 'package', 'tracking', 'arrive', 'received', 'delivery', 'not come', 'посылк', 'трек', 'доставк', 'где'],
  发货通知: ['发货', '发了吗', '发出', '寄出', '能寄', '什么时候发', '啥时候发', '几时发', '几号发', '几天发', '才发', '还不发', 'ship', 'shipped', 'dispatch', 'sending', 'отправ'],
  议价: ['便宜', '优惠', '打折', '折扣', '少点', '少十', '少五', '最低', '活动价', '满减', '券', '包邮', '砍价', '降价', '商量', '运费险', '送个', '赠品', 'discount', 'cheaper', 'coupon', 'скидк'],
  催付: ['付款', '没付', '付不', '支付', '拍下', '拍错', '拍多', '下错单'],
  核对地址: ['地址', '收件人', '收货人', '电话', '手机号', '改地址', '顺丰', '韵达', '中通', '圆通', '申通', '邮政', '什么快递', 'address'],
  售后退换: ['退货', '换货', '退款', '破损', '坏了', '碎了', '裂', '划痕', '次品', '瑕疵', '有个洞', '质量', '不合适', '少发', '漏发', '发错', '换个', '换一个', '换成', '换大', '换小', '想退', '能退', '退吗', '要退', '是坏的', 'return', 'refund', 'exchange'],
  中差评: ['差评', '中评', '一星', '投诉', '举报', 'review'],
  跨境纠纷: ['wrong', 'broken', 'damaged', 'crushed', 'garbage', 'different item', 'not received', 'refund', 'money back', 'cancel', 'customs', 'dispute', 'брак', 'сломан', 'разбит', 'не тот', 'пуст', 'не соответств', 'возврат', 'верните', 'отмен', 'таможн'],
  致歉: ['人呢', '没人回', '不回', '不理', '等了', '半天', '回复慢', '回个话', '有人吗', '有没有人', '在不在'],
  售前咨询: ['在吗', '你好', '您好', '有货', '现货', '库存', '缺货', '补货', '尺码', '码数', '几码', '多大码', '什么码', '大码', '规格', '价格', '多少钱', '材质', '面料', '料子', '棉', '化纤', '涤纶', '起球', '缩水', '掉色', '机洗', '手洗', '能洗', '保质期', '适合', '码吗', '尺寸', '多高', '身高', '体重', '偏大', '偏小', '送人', 'hello', 'hi', 'in stock', 'size', 'material', 'cotton', 'fabric', 'наличи', 'размер', 'материал', 'хлопок'],
  结束语: ['谢谢', '谢了', '谢啦', '好的', '知道了', '明白', '麻烦了', '辛苦', '好嘞', '嗯嗯', 'thanks', 'thank you', 'спасибо'],
};

const SPACED = /^[\p{Script=Latin}\p{Script=Cyrillic}]/u;

/** A cue in a spaced script must start a word and a short one (hi, ok) must be the whole word: this is not hi. */
const patterns = new Map<string, RegExp>();
function cueIn(lower: string, cue: string): boolean {
  if (!SPACED.test(cue)) return lower.includes(cue);
  let pattern = patterns.get(cue);
  if (!pattern) patterns.set(cue, (pattern = cuePattern(cue)));
  return pattern.test(lower);
}

function cuePattern(cue: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${cue.length <= 3 ? '(?![\\p{L}\\p{N}])' : ''}`, 'u');
}

export function detectIntents(text: string): Set<TemplateCategory> {
  const lower = text.toLowerCase();
  const intents = new Set<TemplateCategory>();
  for (const [category, cues] of Object.entries(CUES) as [TemplateCategory, string[]][]) {
    if (cues.some((cue) => cueIn(lower, cue))) intents.add(category);
  }
  return intents;
}
