import { describe, expect, it } from 'vitest';
import { createInsertFlow, sharedPendingInsert, type ReplyVia } from '@/utils/content/insert-flow';
import type { Template } from '@/utils/model';
import { lintReply } from '@/utils/send-guard/lint-reply';
import { renderTemplate } from '@/utils/templates/render';
import type { SnippetField } from '@/utils/templates/snippets';

// 2026-12-03 20:30 UTC: already 12-04 in Shanghai.
const clock = { now: Date.UTC(2026, 11, 3, 20, 30), timeZone: 'Asia/Shanghai', language: 'zh-CN' as const };
const template = (id: string, body: string) => ({ id, title: id, body, language: 'zh-CN', category: '物流' }) as unknown as Template;
type Item = { template: Template; text: string; fields?: SnippetField[] };
/** Fills a template as the page would (the buyer's name, dates on the market's clock, the form's answers). */
const offer = (t: Template, values: Record<string, string> = {}): Item => {
  const rendered = renderTemplate(t.body, { buyerName: '小鹿' } as never, { clock, values });
  return { template: t, text: rendered.text, ...(rendered.fields ? { fields: rendered.fields } : {}) };
};

function setup() {
  const pending = sharedPendingInsert<Item>();
  const written: { text: string; rank: number; via: ReplyVia; owner: string }[] = [];
  let refuse = false;
  const flowFor = (owner: string) =>
    createInsertFlow<Item>(
      pending,
      owner,
      (item, values) => offer(item.template, values),
      (item, rank, via) => (refuse ? false : (written.push({ text: item.text, rank, via, owner }), true)),
    );
  return { pending, written, flowFor, refuseWrites: () => (refuse = true) };
}

const CHOICE = template('ship', '亲，已为您安排{选择:顺丰|中通|圆通}发货，预计{+3天}送达');
const TEXT = template('size', '亲，尺码已改为{填写:尺码}，{明天}发出');
const PLAIN = template('hello', '亲，在的，请问有什么可以帮您？');

describe('createInsertFlow: every insert path goes through the snippet form when the reply has fields', () => {
  it.each(['click', 'hotkey', 'search', 'sidebar', 'playbook', 'shortcut'] as const)('via %s a reply with fields opens the form and writes nothing until it is filled', (via) => {
    const { written, flowFor } = setup();
    const flow = flowFor('suggestions');
    let done: string | undefined;
    expect(flow.insert(offer(CHOICE), 2, via, (w) => (done = w.text))).toBe('form');
    expect(written).toEqual([]);
    expect(flow.form.value?.item.fields?.map((f) => f.kind)).toEqual(['choice']);
    // Nothing chosen yet: the form stays, still nothing written.
    expect(flow.submit({})).toBe(false);
    expect(flow.form.value).not.toBeNull();
    expect(written).toEqual([]);
    const field = flow.form.value!.item.fields![0]!;
    expect(flow.submit({ [field.id]: '中通' })).toBe(true);
    expect(written).toEqual([{ text: '亲，已为您安排中通发货，预计12月7日送达', rank: 2, via, owner: 'suggestions' }]);
    expect(done).toBe(written[0]!.text);
    expect(flow.form.value).toBeNull();
    // What went in passes the send guard's check for unfilled fields; the unfilled text would have been stopped.
    expect(lintReply(written[0]!.text).filter((f) => f.ruleId === 'template.unfilled')).toEqual([]);
    expect(lintReply(offer(CHOICE).text).map((f) => f.ruleId)).toContain('template.unfilled');
  });

  it('a short code with fields goes in, filled, where it was typed (the text around the code kept)', () => {
    const { written, flowFor } = setup();
    const flow = flowFor('suggestions');
    const typed = '好的 ;zd 谢谢';
    expect(flow.insert(offer(CHOICE), 0, 'shortcut', undefined, (filled) => ({ ...filled, text: typed.replace(';zd', filled.text) }))).toBe('form');
    expect(flow.submit({ f0: '顺丰' })).toBe(true);
    expect(written).toEqual([{ text: '好的 亲，已为您安排顺丰发货，预计12月7日送达 谢谢', rank: 0, via: 'shortcut', owner: 'suggestions' }]);
  });

  it('writes a reply without fields at once, and says so', () => {
    const { written, flowFor } = setup();
    const flow = flowFor('suggestions');
    expect(flow.insert(offer(PLAIN), 0, 'hotkey')).toBe('written');
    expect(written.map((w) => w.text)).toEqual(['亲，在的，请问有什么可以帮您？']);
    expect(flow.form.value).toBeNull();
  });

  it('keeps one form per page: a pick elsewhere replaces it, and only its owner shows it', () => {
    const { pending, written, flowFor } = setup();
    const suggestions = flowFor('suggestions');
    const sidebar = flowFor('sidebar');
    suggestions.insert(offer(CHOICE), 0, 'click');
    expect(sidebar.form.value).toBeNull();
    sidebar.insert(offer(TEXT), 4, 'sidebar');
    expect(suggestions.form.value).toBeNull();
    expect(sidebar.form.value?.item.template.id).toBe('size');
    // The old owner's answers no longer insert anything.
    expect(suggestions.submit({ f0: '顺丰' })).toBe(false);
    const id = sidebar.form.value!.item.fields![0]!.id;
    expect(sidebar.submit({ [id]: 'XL' })).toBe(true);
    expect(written).toEqual([{ text: '亲，尺码已改为XL，12月5日发出', rank: 4, via: 'sidebar', owner: 'sidebar' }]);
    expect(pending.value).toBeNull();
  });

  it('closes on cancel without writing, and a write refused by the page (buyer changed) closes it too', () => {
    const { written, flowFor, refuseWrites } = setup();
    const flow = flowFor('playbook');
    flow.insert(offer(CHOICE), 0, 'playbook');
    flow.cancel();
    expect(flow.form.value).toBeNull();
    let done = false;
    flow.insert(offer(CHOICE), 0, 'playbook', () => (done = true));
    refuseWrites();
    expect(flow.submit({ f0: '圆通' })).toBe(true);
    expect(written).toEqual([]);
    expect(done).toBe(false);
    expect(flow.insert(offer(PLAIN), 0, 'playbook')).toBe('refused');
  });
});
