import { describe, expect, it } from 'vitest';
import { DEFAULT_LINT_POLICY } from '@/utils/send-guard/default-policy';
import { lintReply } from '@/utils/send-guard/lint-reply';
import { templateContext } from '@/utils/templates/context';
import { DEFAULT_TEMPLATES } from '@/utils/templates/default-pack';
import { renderTemplate } from '@/utils/templates/render';
import { parseTemplateFile, serializeTemplateFile } from '@/utils/templates/template-file';

describe('renderTemplate', () => {
  it('fills Chinese variables and English aliases', () => {
    expect(renderTemplate('您好{买家}，订单{orderNo}由{工号}号处理', { 买家: 't***8', 订单号: '261120-1', 工号: '1024' })).toEqual({ text: '您好t***8，订单261120-1由1024号处理', missing: [] });
  });

  it('reports missing variables once and keeps their placeholder (never sent: the guard blocks it)', () => {
    const result = renderTemplate('单号{物流单号}，{tracking}，{买家}', { 买家: '' });
    expect(result.missing).toEqual(['物流单号', '买家']);
    expect(result.text).toBe('单号{物流单号}，{物流单号}，{买家}');
    expect(lintReply(result.text).filter((f) => f.ruleId === 'template.unfilled')).toHaveLength(3);
  });

  it('reports unknown variables as missing and leaves other braces alone', () => {
    expect(renderTemplate('{优惠码} and {}', {})).toEqual({ text: '{优惠码} and {}', missing: ['优惠码'] });
  });

  it('builds the context from a page snapshot and the agent', () => {
    const context = templateContext(
      {
        site: 'douyin',
        pageKind: 'chat',
        adapterId: 'douyin.chat',
        buyer: { displayName: '小鹿' },
        orders: [{ orderNo: '6925095897028853458', trackingNo: 'SF1', amount: 59 }],
        activeOrderNo: '6925095897028853458',
        messages: [],
        capabilities: { reply: true, remark: false },
      },
      { name: '王', staffId: '1024', role: 'agent', shop: '鲜果小铺' },
      { shippedAt: Date.UTC(2026, 10, 11), now: Date.UTC(2026, 10, 22, 12) },
    );
    expect(context).toMatchObject({ 买家: '小鹿', 订单号: '6925095897028853458', 物流单号: 'SF1', 金额: '59.00', 工号: '1024', 店铺: '鲜果小铺', 发货天数: 11 });
  });
});

describe('default template pack', () => {
  it('covers every scenario category in zh-CN and the cross-border ones in en', () => {
    const zh = new Set(DEFAULT_TEMPLATES.filter((t) => t.language === 'zh-CN').map((t) => t.category));
    for (const c of ['售前咨询', '议价', '催付', '核对地址', '发货通知', '物流查询/催发货', '售后退换', '中差评', '致歉', '结束语']) expect(zh).toContain(c);
    expect(DEFAULT_TEMPLATES.filter((t) => t.language === 'en').map((t) => t.category)).toContain('跨境纠纷');
  });

  it('passes its own send guard once filled', () => {
    const context = {
      买家: 'Anna',
      订单号: '6925095897028853458',
      物流单号: 'SF1',
      追踪链接: 'https://t.17track.net/ru#nums=SF1234567890',
      工号: '1024',
      客服: '王',
      发货天数: 11,
      店铺: '鲜果小铺',
      金额: '59.00',
    };
    for (const template of DEFAULT_TEMPLATES) {
      const { text, missing } = renderTemplate(template.body, context);
      expect(missing, template.id).toEqual([]);
      expect(lintReply(text, DEFAULT_LINT_POLICY), template.id).toEqual([]);
    }
  });
});

describe('template files', () => {
  it('round-trips through export and import', () => {
    const result = parseTemplateFile(serializeTemplateFile(DEFAULT_TEMPLATES));
    expect(result).toEqual({ ok: true, templates: DEFAULT_TEMPLATES, learned: [] });
    expect(DEFAULT_TEMPLATES.every((t) => t.questions.length >= 3 && t.questions.length <= 8)).toBe(true);
  });

  it('reads a version-1 file (before buyer questions) as templates with no questions', () => {
    const old = { format: 'kefu-assist/templates', version: 1, templates: DEFAULT_TEMPLATES.slice(0, 3).map(({ questions: _q, ...t }) => t) };
    const result = parseTemplateFile(JSON.stringify(old));
    expect(result.ok && result.templates.map((t) => t.questions)).toEqual([[], [], []]);
  });

  it('carries learned phrasings with the library, leaving out those of templates the file does not hold', () => {
    const at = '2026-12-01T08:00:00.000Z';
    const learned = [
      { templateId: DEFAULT_TEMPLATES[0]!.id, text: '亲在不在呀', uses: 3, against: 0, firstAt: at, lastAt: at },
      { templateId: 'shop.gone', text: '别的', uses: 2, against: 0, firstAt: at, lastAt: at },
    ];
    const result = parseTemplateFile(serializeTemplateFile(DEFAULT_TEMPLATES, new Date(at), learned));
    expect(result.ok && result.learned).toEqual([learned[0]]);
  });

  it('rejects broken JSON with its line', () => {
    const result = parseTemplateFile('{\n  "format": "kefu-assist/templates",\n  "version": 1,,\n}');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.line).toBe(3);
  });

  it('rejects the whole file for one bad template, naming the field and id', () => {
    const file = JSON.parse(serializeTemplateFile(DEFAULT_TEMPLATES));
    file.templates[3].body = '';
    const result = parseTemplateFile(JSON.stringify(file));
    expect(result).toMatchObject({ ok: false, error: { field: 'templates[3].body' } });
    expect(!result.ok && result.error.message).toContain(DEFAULT_TEMPLATES[3]!.id);
  });

  it('rejects duplicate ids and foreign files', () => {
    const file = JSON.parse(serializeTemplateFile(DEFAULT_TEMPLATES.slice(0, 2)));
    file.templates[1].id = file.templates[0].id;
    expect(parseTemplateFile(JSON.stringify(file))).toMatchObject({ ok: false, error: { field: 'templates[1].id' } });
    expect(parseTemplateFile('{"format":"other","version":1,"templates":[]}')).toMatchObject({ ok: false, error: { field: 'format' } });
  });
});
