import { describe, expect, it } from 'vitest';
import { remarkFormatSchema, type RemarkFields } from '@/utils/model';
import { DEFAULT_REMARK_FORMAT as FORMAT } from '@/utils/remark/default-format';
import { formatRemark } from '@/utils/remark/format-remark';
import { parseRemark } from '@/utils/remark/parse-remark';
import { appendRemarkEntry, checkRemarkSave } from '@/utils/remark/remark-save';
import { formatRemarkTime, isRemarkTime } from '@/utils/remark/remark-time';
import { validateRemark } from '@/utils/remark/validate-remark';

const FULL: RemarkFields = { flag: '红', changeType: '改地址', reason: '买家要求改为公司地址', staffId: '1024', time: '2026-11-22 14:05' };
const LINE = '【红旗】改地址｜原因：买家要求改为公司地址｜工号：1024｜2026-11-22 14:05';
const fieldsOf = (text: string) => {
  const parsed = parseRemark(text, FORMAT);
  return parsed.ok ? parsed.fields : parsed.errors.map((e) => `${e.field}:${e.code}`);
};

describe('formatRemark', () => {
  it('writes the seed convention on one line', () => {
    expect(formatRemark(FULL, FORMAT)).toBe(LINE);
    expect(formatRemark({ ...FULL, note: '已告知仓库' }, FORMAT)).toBe(`${LINE}｜说明：已告知仓库`);
  });

  it('keeps values on one line and never lets a value carry the separator', () => {
    const text = formatRemark({ ...FULL, reason: '买家说\n改到 公司|前台｜签收' }, FORMAT);
    expect(text).toContain('原因：买家说 改到 公司/前台/签收｜');
    expect(parseRemark(text, FORMAT).ok).toBe(true);
  });

  it('round-trips: parse(format(x)) = x', () => {
    const cases: RemarkFields[] = [
      FULL,
      { ...FULL, note: '顺丰到付（已确认）' },
      { ...FULL, flag: '紫', changeType: '赠品', reason: '老客户加赠小样 x1' },
      { ...FULL, changeType: '其他', reason: 'Buyer asked: ship with SF, not YTO' },
    ];
    for (const fields of cases) expect(fieldsOf(formatRemark(fields, FORMAT))).toEqual(fields);
  });
});

describe('parseRemark', () => {
  it('accepts half-width punctuation and spaces around separators', () => {
    expect(fieldsOf('[红旗] 改地址 | 原因:买家要求改为公司地址 | 工号:1024 | 2026-11-22 14:05')).toEqual({ ...FULL });
  });

  it('accepts fields in another order', () => {
    expect(fieldsOf('【红旗】改地址｜工号：1024｜2026-11-22 14:05｜原因：买家要求改为公司地址')).toEqual(FULL);
  });

  it('names each missing required field', () => {
    expect(fieldsOf('【红旗】改地址｜原因：买家要求改为公司地址｜2026-11-22 14:05')).toEqual(['staffId:missing']);
    expect(fieldsOf('改地址｜原因：x｜工号：1024｜2026-11-22 14:05')).toEqual(['flag:missing']);
  });

  it('rejects values that break their field', () => {
    expect(fieldsOf('【金旗】改地址｜原因：x｜工号：1024｜2026-11-22 14:05')).toEqual(['flag:invalid']);
    expect(fieldsOf('【红旗】改颜色｜原因：x｜工号：1024｜2026-11-22 14:05')).toEqual(['changeType:invalid']);
    expect(fieldsOf('【红旗】改地址｜原因：x｜工号：王 五｜2026-11-22 14:05')).toEqual(['staffId:invalid']);
    expect(fieldsOf('【红旗】改地址｜原因：x｜工号：1024｜2026-13-22 14:05')).toEqual(['time:invalid']);
  });

  it('reports repeated fields, stray text, unclosed flags, empty and multi-line input', () => {
    expect(fieldsOf(`${LINE}｜工号：2048`)).toEqual(['staffId:duplicate']);
    expect(fieldsOf(`${LINE}｜顺便问候`)).toEqual(['text:unknownSegment']);
    expect(fieldsOf('【红改地址｜原因：x｜工号：1024｜2026-11-22 14:05')).toContain('flag:unclosed');
    expect(fieldsOf('   ')).toEqual(['text:empty']);
    expect(fieldsOf(`${LINE}\n${LINE}`)).toEqual(['text:invalid']);
  });

  it('reads free text as a remark that does not follow the format', () => {
    const parsed = parseRemark('买家要求改地址，已改', FORMAT);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.errors.map((e) => e.field)).toEqual(expect.arrayContaining(['flag', 'reason', 'staffId', 'time']));
  });

  it('checks the reason length at the boundary', () => {
    const at = formatRemark({ ...FULL, reason: '字'.repeat(FORMAT.maxReasonLength) }, FORMAT);
    const over = formatRemark({ ...FULL, reason: '字'.repeat(FORMAT.maxReasonLength + 1) }, FORMAT);
    expect(parseRemark(at, FORMAT).ok).toBe(true);
    expect(fieldsOf(over)).toEqual(['reason:invalid']);
  });
});

describe('validateRemark', () => {
  it('checks every line of a multi-line remark and says which line fails', () => {
    const result = validateRemark(`${LINE}\n【红旗】改数量｜原因：改为2件｜2026-11-22 15:00`, FORMAT);
    expect(result.ok).toBe(false);
    expect(result.errors).toMatchObject([{ field: 'staffId', code: 'missing', line: 2, message: '缺少工号' }]);
  });

  it('checks the flag against the site and the site length limit at the boundary', () => {
    const grey = LINE.replace('红旗', '灰旗');
    expect(validateRemark(grey, FORMAT, 'douyin').ok).toBe(true);
    expect(validateRemark(grey, FORMAT, 'pinduoduo').errors).toMatchObject([{ field: 'flag', code: 'invalid' }]);
    const sized = (length: number) => formatRemark({ ...FULL, note: 'x'.repeat(length - LINE.length - '｜说明：'.length) }, FORMAT);
    expect(sized(500)).toHaveLength(500);
    expect(validateRemark(sized(500), FORMAT, 'douyin').ok).toBe(true);
    const padded = sized(501);
    expect(validateRemark(padded, FORMAT, 'douyin').errors.map((e) => e.code)).toContain('tooLong');
  });
});

describe('saving a remark', () => {
  const earlier = '【红旗】改地址｜原因：买家要求改为公司地址｜工号：1024｜2026-11-20 11:15';

  it('appends the new entry under the earlier lines', () => {
    expect(appendRemarkEntry(`${earlier}\n`, LINE)).toBe(`${earlier}\n${LINE}`);
    expect(appendRemarkEntry('', LINE)).toBe(LINE);
  });

  it('allows a valid new line and leaves legacy lines alone', () => {
    const check = checkRemarkSave(`旧备注：顺丰\n${earlier}`, `旧备注：顺丰\n${earlier}\n${LINE}`, FORMAT, 'pinduoduo');
    expect(check).toMatchObject({ decision: 'allow', added: [LINE], removed: [], errors: [] });
  });

  it('blocks a new line without 工号, or asks to confirm when the lead set warn-only', () => {
    const bad = '【红旗】改地址｜原因：改公司地址｜2026-11-22 14:05';
    expect(checkRemarkSave(earlier, `${earlier}\n${bad}`, FORMAT, 'pinduoduo')).toMatchObject({ decision: 'block', errors: [{ field: 'staffId', line: 2 }] });
    expect(checkRemarkSave(earlier, `${earlier}\n${bad}`, { ...FORMAT, enforcement: 'warn' }, 'pinduoduo').decision).toBe('confirm');
  });

  it('asks to confirm when an earlier line was edited or deleted', () => {
    expect(checkRemarkSave(earlier, LINE, FORMAT, 'douyin')).toMatchObject({ decision: 'confirm', removed: [earlier], added: [LINE] });
    expect(checkRemarkSave(`${earlier}\n${LINE}`, earlier, FORMAT, 'douyin')).toMatchObject({ decision: 'confirm', removed: [LINE], added: [] });
  });

  it('never lets a remark over the site limit go, even in warn-only mode', () => {
    const long = `${earlier}\n${formatRemark({ ...FULL, reason: '长'.repeat(79) }, FORMAT)}`.repeat(4);
    const check = checkRemarkSave('', long, { ...FORMAT, enforcement: 'warn' }, 'douyin');
    expect(check.length).toBeGreaterThan(500);
    expect(check.decision).toBe('block');
  });
});

describe('remark time', () => {
  it('writes China time whatever the machine zone', () => {
    expect(formatRemarkTime(new Date(Date.UTC(2026, 10, 22, 6, 5)), FORMAT.timePattern, FORMAT.timeZone)).toBe('2026-11-22 14:05');
    expect(formatRemarkTime(new Date(Date.UTC(2026, 11, 31, 16, 0, 9)), 'YYYY/MM/DD HH:mm:ss', 'Asia/Shanghai')).toBe('2027/01/01 00:00:09');
  });

  it('accepts only real times in the pattern', () => {
    expect(isRemarkTime('2026-11-22 14:05', FORMAT.timePattern)).toBe(true);
    expect(isRemarkTime('2026-02-30 14:05', FORMAT.timePattern)).toBe(false);
    expect(isRemarkTime('2026-11-22 24:05', FORMAT.timePattern)).toBe(false);
    expect(isRemarkTime('2026-11-22', FORMAT.timePattern)).toBe(false);
  });
});

describe('remark format schema', () => {
  it('accepts the default and rejects a repeated field or an unlabelled free field', () => {
    expect(remarkFormatSchema.safeParse(FORMAT).success).toBe(true);
    expect(remarkFormatSchema.safeParse({ ...FORMAT, fields: [...FORMAT.fields, FORMAT.fields[0]] }).success).toBe(false);
    const unlabelled = FORMAT.fields.map((f) => (f.key === 'reason' ? { ...f, prefix: '' } : f));
    expect(remarkFormatSchema.safeParse({ ...FORMAT, fields: unlabelled }).error?.issues[0]?.path).toEqual(['fields', 2, 'prefix']);
  });
});
