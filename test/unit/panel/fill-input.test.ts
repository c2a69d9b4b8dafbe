// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isInReplyBox, readReplyBox, writeReplyBox } from '@/utils/content/fill-input';

const editor = (html: string) => {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  el.innerHTML = html;
  document.body.append(el);
  return el;
};

describe('reply box', () => {
  it('reads a rich editor as plain text, one line per paragraph, placeholders ignored', () => {
    expect(readReplyBox(editor('<p><br></p>'))).toBe('');
    expect(readReplyBox(editor('<p>亲，您好</p><p><br></p><p>单号 <strong>SF123</strong></p>'))).toBe('亲，您好\n\n单号 SF123');
    expect(readReplyBox(editor('第一行<br>第二行'))).toBe('第一行\n第二行');
  });

  it('writes text into a rich editor as text, never as markup, and announces it', () => {
    const el = editor('<p>旧的</p>');
    const events: string[] = [];
    el.addEventListener('input', (e) => events.push((e as InputEvent).inputType ?? 'input'));
    writeReplyBox(el, '<b>亲</b>\n第二行');
    expect(readReplyBox(el)).toBe('<b>亲</b>\n第二行');
    expect(el.querySelector('b')).toBeNull();
    expect(events.length).toBeGreaterThan(0);
  });

  it('writes a textarea through the value setter with an input event', () => {
    const area = document.createElement('textarea');
    document.body.append(area);
    let seen = '';
    area.addEventListener('input', () => (seen = area.value));
    writeReplyBox(area, '您好');
    expect(readReplyBox(area)).toBe('您好');
    expect(seen).toBe('您好');
  });

  it('counts a key on a paragraph inside the editor as the reply box', () => {
    const el = editor('<p>x</p>');
    expect(isInReplyBox(el, el.querySelector('p'))).toBe(true);
    expect(isInReplyBox(el, document.body)).toBe(false);
    expect(isInReplyBox(null, el)).toBe(false);
  });
});
