import type { TemplateCategory } from '../model';

/** Cue words for what a buyer wants; a message can carry several intents. */
const CUES: Partial<Record<TemplateCategory, string[]>> = {
  '物流查询/催发货': ['快递', '物流', '到哪', '没到', '还没到', '没收到', '多久', '催', '揽收', '签收', '驿站', 'where', 'parcel', 'package', 'tracking', 'arrive', 'received', 'delivery', 'посылк', 'трек'],
  发货通知: ['发货', '发了吗', '什么时候发', '几时发', 'ship', 'shipped'],
  议价: ['便宜', '优惠', '打折', '少点', '包邮', '砍价', '商量', '运费险', '送个', 'discount', 'cheaper', 'coupon'],
  催付: ['付款', '没付', '支付', '拍下'],
  核对地址: ['地址', '收件人', '电话', '改地址', 'address'],
  售后退换: ['退货', '换货', '退款', '破损', '坏了', '质量', '不合适', '少发', '漏发', '发错', '换个', '换一个', '想退', '能退', '退吗', '是坏的', 'return', 'refund', 'exchange'],
  中差评: ['差评', '中评', '投诉', 'review'],
  跨境纠纷: ['wrong', 'broken', 'damaged', 'garbage', 'not received', 'refund', 'cancel', 'customs', 'dispute'],
  致歉: ['人呢', '没人回', '等了', '回复慢', '有人吗', '在不在'],
  售前咨询: ['在吗', '你好', '您好', '有货', '尺码', '规格', '价格', '材质', '面料', '起球', '机洗', '能洗', '保质期', '适合', '码吗', '尺寸', '多高', '送人', 'hello', 'hi'],
  结束语: ['谢谢', '好的', '知道了', '麻烦了', '辛苦', '好嘞', '嗯嗯', 'thanks', 'thank you'],
};

export function detectIntents(text: string): Set<TemplateCategory> {
  const lower = text.toLowerCase();
  const intents = new Set<TemplateCategory>();
  for (const [category, cues] of Object.entries(CUES) as [TemplateCategory, string[]][]) {
    if (cues.some((cue) => lower.includes(cue))) intents.add(category);
  }
  return intents;
}
