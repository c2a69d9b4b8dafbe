import type { RemarkFormat } from '../model/remark-format';

/**
 * The seed convention (001 L199): red flag by default, the change, its reason, the modifier's 工号 and the time, on one
 * line an ERP can split: `【红旗】改地址｜原因：买家要求改为公司地址｜工号：1024｜2026-11-22 14:05`.
 * Change types follow 001 L49, L185, L195, L207–209, L499 and 003 L317–352.
 */
export const DEFAULT_REMARK_FORMAT: RemarkFormat = {
  version: 1,
  fields: [
    { key: 'flag', prefix: '【', suffix: '旗】', required: true },
    { key: 'changeType', prefix: '', suffix: '', required: true },
    { key: 'reason', prefix: '原因：', suffix: '', required: true },
    { key: 'staffId', prefix: '工号：', suffix: '', required: true },
    { key: 'time', prefix: '', suffix: '', required: true },
    { key: 'note', prefix: '说明：', suffix: '', required: false },
  ],
  separator: '｜',
  changeTypes: ['改地址', '改数量', '改收件人', '改规格', '指定快递', '赠品', '优惠', '货到付款确认', '补发', '撤单', '退款登记', '其他'],
  timePattern: 'YYYY-MM-DD HH:mm',
  timeZone: 'Asia/Shanghai',
  defaultFlag: '红',
  // Flags and length limits come from each site's profile; a lead narrows them per site here.
  flags: {},
  maxLength: {},
  maxReasonLength: 80,
  enforcement: 'block',
};
