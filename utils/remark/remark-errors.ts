import type { RemarkFieldKey } from '../model/remark-format';

export type RemarkErrorCode = 'missing' | 'invalid' | 'duplicate' | 'unknownSegment' | 'unclosed' | 'tooLong' | 'empty';

/** What is wrong, on which field (or `text` for the whole remark), and on which line of a multi-line remark (1-based). */
export interface RemarkError {
  field: RemarkFieldKey | 'text';
  code: RemarkErrorCode;
  message: string;
  line?: number;
}

export const FIELD_LABELS: Record<RemarkFieldKey | 'text', string> = {
  flag: '旗帜',
  changeType: '变动类型',
  reason: '原因',
  staffId: '工号',
  time: '时间',
  note: '说明',
  text: '备注',
};

const MESSAGES: Record<RemarkErrorCode, (label: string, detail?: string) => string> = {
  missing: (label) => `缺少${label}`,
  invalid: (label, detail) => `${label}不符合格式${detail ? `（${detail}）` : ''}`,
  duplicate: (label) => `${label}重复出现`,
  unknownSegment: (_label, detail) => `无法识别的内容：${detail ?? ''}`,
  unclosed: (label) => `${label}缺少结尾符号`,
  tooLong: (_label, detail) => `备注超出长度上限（${detail ?? ''}）`,
  empty: () => '备注为空',
};

export function remarkError(field: RemarkError['field'], code: RemarkErrorCode, detail?: string): RemarkError {
  return { field, code, message: MESSAGES[code](FIELD_LABELS[field], detail) };
}
