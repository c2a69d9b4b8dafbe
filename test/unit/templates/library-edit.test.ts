import { describe, expect, it } from 'vitest';
import { templateSchema, type Template } from '@/utils/model';
import { duplicateTemplate, mergeLibrary, moveTemplate, newTemplateId, removeTemplate, upsertTemplate } from '@/utils/templates/library-edit';

const t = (id: string, category: Template['category'] = '其他', extra: Partial<Template> = {}): Template =>
  templateSchema.parse({ id, title: id, body: `${id} 的内容`, language: 'zh-CN', category, ...extra });

describe('editing the library', () => {
  const list = [t('ta', '议价'), t('tb', '其他'), t('tc', '议价'), t('td', '其他')];

  it('adds with a fresh id, changes in place, and refuses a template the schema rejects', () => {
    const id = newTemplateId(list, 'Delivery Info!');
    expect(id).toBe('shop.delivery-info');
    const added = upsertTemplate(list, t(id));
    expect(added.at(-1)!.id).toBe(id);
    expect(upsertTemplate(added, { ...t(id), title: '改过的' }).at(-1)!.title).toBe('改过的');
    expect(() => upsertTemplate(list, { ...t('tx'), body: '' })).toThrow();
    expect(newTemplateId([...list, t('shop.t')], '好')).toBe('shop.t-2');
  });

  it('duplicates right after the original without its short code or usage, and deletes', () => {
    const withCode = [t('ta', '议价', { shortcut: ';yj', usageCount: 9 }), t('tb')];
    const copied = duplicateTemplate(withCode, 'ta', '（副本）');
    expect(copied.map((x) => x.id)).toEqual(['ta', 'shop.ta-copy', 'tb']);
    expect(copied[1]).toMatchObject({ title: 'ta（副本）', usageCount: 0 });
    expect(copied[1]!.shortcut).toBeUndefined();
    expect(removeTemplate(copied, 'ta').map((x) => x.id)).toEqual(['shop.ta-copy', 'tb']);
  });

  it('moves a template within its group only', () => {
    expect(moveTemplate(list, 'tc', -1).map((x) => x.id)).toEqual(['tc', 'tb', 'ta', 'td']);
    expect(moveTemplate(list, 'ta', -1).map((x) => x.id)).toEqual(['ta', 'tb', 'tc', 'td']);
    expect(moveTemplate(list, 'tb', 1).map((x) => x.id)).toEqual(['ta', 'td', 'tc', 'tb']);
  });
});

describe('importing a file merges by id', () => {
  it('previews what is added, changed and kept, keeps usage and never deletes', () => {
    const current = [t('ta', '其他', { usageCount: 5 }), t('tb'), t('mine', '其他', { owner: 'personal' })];
    const incoming = [{ ...t('ta'), body: '新的内容' }, t('tb'), t('tc')];
    const preview = mergeLibrary(current, incoming);
    expect(preview.added.map((x) => x.id)).toEqual(['tc']);
    expect(preview.changed.map((x) => [x.before.body, x.after.body, x.after.usageCount])).toEqual([['ta 的内容', '新的内容', 5]]);
    expect(preview.unchanged).toBe(1);
    expect(preview.kept).toBe(1);
    expect(preview.merged.map((x) => x.id)).toEqual(['ta', 'tb', 'mine', 'tc']);
  });
});
