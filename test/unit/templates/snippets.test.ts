import { describe, expect, it } from 'vitest';
import { lintReply } from '@/utils/send-guard/lint-reply';
import { renderTemplate } from '@/utils/templates/render';
import { fillSnippets, parseSnippets, snippetDate } from '@/utils/templates/snippets';

// 2026-12-03 20:30 UTC: already 12-04 in Jakarta (+7) and Shanghai (+8), still 12-03 in Los Angeles.
const NOW = Date.UTC(2026, 11, 3, 20, 30);
const zh = { now: NOW, timeZone: 'Asia/Shanghai', language: 'zh-CN' as const };

describe('parseSnippets', () => {
  it('finds choices, text fields and dates, and leaves variables and stray braces as text', () => {
    const parsed = parseSnippets('{买家}您好，{选择:顺丰|中通 | 圆通}预计{+3天}到，尺码{填写：尺码}，{}和{ 也照写');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.fields).toEqual([
      { kind: 'choice', id: 'f0', options: ['顺丰', '中通', '圆通'], source: '{选择:顺丰|中通 | 圆通}' },
      { kind: 'text', id: 'f1', label: '尺码', source: '{填写：尺码}' },
    ]);
    expect(parsed.parts.filter((p) => p.kind === 'date')).toEqual([{ kind: 'date', days: 3, source: '{+3天}' }]);
    expect(parsed.parts[0]).toEqual({ kind: 'literal', text: '{买家}您好，' });
  });

  it.each([
    ['{选择:顺丰|中通', 'unclosed'],
    ['{选择:顺丰{买家}|中通}', 'unclosed'],
    ['{选择:顺丰}', 'oneOption'],
    ['{选择:}', 'oneOption'],
    ['{选择:顺丰||中通}', 'emptyOption'],
    ['{填写: }', 'emptyLabel'],
    ['{+400天}', 'dayRange'],
    ['{挑选:a|b}', 'unknownKind'],
  ])('names what is wrong with %s', (body, code) => {
    const parsed = parseSnippets(`您好，${body}。`);
    expect(parsed).toMatchObject({ ok: false, error: { code, at: 3 } });
  });
});

describe('snippetDate', () => {
  it("counts days on the market's calendar, not the device's", () => {
    expect(snippetDate(0, zh)).toBe('12月4日');
    expect(snippetDate(1, { ...zh, timeZone: 'Asia/Jakarta', language: 'en' })).toBe('Dec 5');
    expect(snippetDate(0, { ...zh, timeZone: 'America/Los_Angeles', language: 'en' })).toBe('Dec 3');
    expect(snippetDate(28, { ...zh, language: 'ru' })).toBe('1 января');
  });
});

describe('fillSnippets', () => {
  it('fills dates and the answers given; a choice takes only one of its options', () => {
    const body = '{今天}发出，{选择:顺丰|中通}，{明天}到，备注{填写:备注}';
    expect(fillSnippets(body, { f0: '中通', f1: '放门口' }, zh)).toEqual({ ok: true, text: '12月4日发出，中通，12月5日到，备注放门口', unfilled: [] });
    const partial = fillSnippets(body, { f0: '韵达' }, zh);
    expect(partial).toMatchObject({ ok: true, text: '12月4日发出，{选择:顺丰|中通}，12月5日到，备注{填写:备注}' });
    if (partial.ok) expect(partial.unfilled.map((f) => f.id)).toEqual(['f0', 'f1']);
  });

  it('loses nothing on a malformed snippet: the body comes back whole, with the error', () => {
    const body = '亲，{今天}用{选择:顺丰 发出';
    expect(fillSnippets(body, { f0: '顺丰' }, zh)).toEqual({ ok: false, text: body, error: { code: 'unclosed', at: 7, snippet: '{选择:顺丰 发出' } });
  });
});

describe('renderTemplate with snippets', () => {
  it('reports fields to fill and the send guard stops them (and malformed ones) until filled', () => {
    const open = renderTemplate('{买家}，{选择:顺丰|中通}{明天}到', { 买家: '小鹿' }, { clock: zh });
    expect(open.text).toBe('小鹿，{选择:顺丰|中通}12月5日到');
    expect(open.fields?.map((f) => f.kind)).toEqual(['choice']);
    expect(lintReply(open.text).filter((f) => f.ruleId === 'template.unfilled')).toHaveLength(1);
    const done = renderTemplate('{买家}，{选择:顺丰|中通}{明天}到', { 买家: '小鹿' }, { clock: zh, values: { f0: '顺丰' } });
    expect(done).toEqual({ text: '小鹿，顺丰12月5日到', missing: [] });
    expect(lintReply(done.text).filter((f) => f.ruleId === 'template.unfilled')).toEqual([]);
    const broken = renderTemplate('{买家}，{选择:顺丰|中通 到', { 买家: '小鹿' }, { clock: zh });
    expect(broken.snippetError?.code).toBe('unclosed');
    expect(broken.text).toBe('小鹿，{选择:顺丰|中通 到');
    expect(lintReply(broken.text).filter((f) => f.ruleId === 'template.unfilled')).toHaveLength(1);
  });
});

describe('previewSnippets', () => {
  it('shows fields as what the form asks, keeps variables, dates and a malformed body as written', async () => {
    const { previewSnippets } = await import('@/utils/templates/snippet-preview');
    expect(previewSnippets('亲，{买家}的{选择:顺丰|中通 | 圆通}已登记，尺码{填写：尺码}，{明天}发出')).toBe('亲，{买家}的〔顺丰/中通/圆通〕已登记，尺码〔尺码〕，{明天}发出');
    expect(previewSnippets('亲，在的')).toBe('亲，在的');
    expect(previewSnippets('{选择:顺丰|中通')).toBe('{选择:顺丰|中通');
  });
});
