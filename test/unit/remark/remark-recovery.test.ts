import { describe, expect, it } from 'vitest';
import { DEFAULT_REMARK_FORMAT } from '@/utils/remark/default-format';
import { earlierLineEdits, freeTextReason, restoreEarlierLines } from '@/utils/remark/remark-recovery';

const EARLIER = '【红旗】改地址｜原因：买家要求改为公司地址｜工号：1024｜2026-11-20 11:15';
const LEGACY = '顺丰发货，不要放驿站';

describe('remark recovery', () => {
  it('pairs an edited earlier line with its edit and names its author; a deleted one has no after', () => {
    const edited = EARLIER.replace('公司', '家里');
    expect(earlierLineEdits([EARLIER, LEGACY], [edited], DEFAULT_REMARK_FORMAT)).toEqual([{ before: EARLIER, after: edited, staffId: '1024' }, { before: LEGACY }]);
  });

  it('restores the earlier lines and keeps the new ones that are not edits', () => {
    const saved = `${LEGACY}\n${EARLIER}`;
    const next = `${LEGACY}\n${EARLIER.replace('公司', '家里')}\n新写的一行`;
    expect(restoreEarlierLines(saved, next, DEFAULT_REMARK_FORMAT)).toBe(`${LEGACY}\n${EARLIER}\n新写的一行`);
  });

  it('turns free text into a reason, clipped to the reason limit, ignoring lines already in format', () => {
    expect(freeTextReason(['买家要求顺丰到付', EARLIER], DEFAULT_REMARK_FORMAT)).toBe('买家要求顺丰到付');
    expect([...freeTextReason(['长'.repeat(200)], DEFAULT_REMARK_FORMAT)]).toHaveLength(DEFAULT_REMARK_FORMAT.maxReasonLength);
  });
});
