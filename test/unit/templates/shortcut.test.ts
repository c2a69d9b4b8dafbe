import { describe, expect, it } from 'vitest';
import { templateSchema, type Template } from '@/utils/model';
import { expandShortcut, shortcutIndex, undoExpansion } from '@/utils/templates/shortcut';

const t = (id: string, shortcut: string, body: string): Template => templateSchema.parse({ id, title: id, body, language: 'zh-CN', category: '其他', shortcut });
const index = shortcutIndex([t('wl', ';wl', '您好，订单{订单号}已发出'), t('wl2', ';WL', '重复的码'), t('bad', 'wl', '没有分号不是码')]);
const fill = (template: Template) => template.body.replace('{订单号}', '6925095897028853458');

describe('short codes', () => {
  it('expand on a space or punctuation typed after the code, at the start or after a space', () => {
    expect(expandShortcut(';wl ', index, fill, { key: ' ', enterSends: true })).toEqual({ templateId: 'wl', before: ';wl ', after: '您好，订单6925095897028853458已发出' });
    expect(expandShortcut('亲 ;wl，', index, fill, { key: '，', enterSends: true })?.after).toBe('亲 您好，订单6925095897028853458已发出');
    expect(expandShortcut(';WL ', index, fill, { key: ' ', enterSends: true })?.templateId).toBe('wl');
  });

  it('never on Enter where Enter sends; on Enter where it makes a new line', () => {
    expect(expandShortcut(';wl', index, fill, { key: 'Enter', enterSends: true })).toBeUndefined();
    expect(expandShortcut(';wl', index, fill, { key: 'Enter', enterSends: false })?.templateId).toBe('wl');
  });

  it('ignores an unknown code, a code inside a word, a letter typed after it, and a code without its semicolon', () => {
    expect(expandShortcut(';xx ', index, fill, { key: ' ', enterSends: true })).toBeUndefined();
    expect(expandShortcut('abc;wl ', index, fill, { key: ' ', enterSends: true })).toBeUndefined();
    expect(expandShortcut(';wla', index, fill, { key: 'a', enterSends: true })).toBeUndefined();
    expect(index.has('wl')).toBe(false);
    expect(index.get(';wl')?.id).toBe('wl');
  });

  it('is undone by one Backspace, only while the box still holds the expansion', () => {
    const expansion = expandShortcut(';wl ', index, fill, { key: ' ', enterSends: true })!;
    expect(undoExpansion(expansion.after, expansion)).toBe(';wl ');
    expect(undoExpansion(`${expansion.after}x`, expansion)).toBeUndefined();
    expect(undoExpansion('anything', undefined)).toBeUndefined();
  });
});
