import { describe, expect, it } from 'vitest';
import { en, zhCN } from '@/utils/i18n/messages';
import { DEFAULT_LINT_POLICY } from '@/utils/send-guard/default-policy';
import { ruleMessageText } from '@/utils/send-guard/rule-text';
import { DEFAULT_PLAYBOOKS } from '@/utils/playbooks/default-playbooks';
import { PLAYBOOK_WORDING_EN } from '@/utils/playbooks/default-playbook-wording';
import { playbookTitle, stepText } from '@/utils/playbooks/playbook-text';
import { traineeTip } from '@/utils/playbooks/trainee-tips';
import { zhTextProblems } from '../../e2e/ui-text';

const noData = () => false;

describe('the zh-CN message table', () => {
  it('holds no English UI word, raw code or raw JSON (the same check the zh-CN view walk applies)', () => {
    const problems = Object.entries(zhCN).flatMap(([key, text]) => zhTextProblems(text.replace(/\{\w+\}/g, '0'), noData).map((p) => `${key}: ${p.why}`));
    // Format examples shown inside <code translate="no"> are the one kind of message allowed to be JSON.
    expect(problems.filter((p) => !p.startsWith('overrides.example'))).toEqual([]);
  });

  it('the English table is English: no message left in Chinese where the zh-CN one has Chinese', () => {
    const cjk = /[\u4e00-\u9fff]/;
    // Some English strings name a Chinese word on purpose: what the agent writes (您, 建议您), the platform's term for
    // the staff number (工号), a host page's button (添加备注), a slang the guard knows (绿泡泡).
    const named = /“[^”]*”|工号|添加备注|修改备注|绿泡泡|额|哦|恩|晕|唉|您|我觉得|我认为|最|第一|全网最低/g;
    const left = Object.entries(en).filter(([, text]) => cjk.test(text.replace(named, '')));
    expect(left.map(([key]) => key)).toEqual([]);
  });
});

describe('built-in rule messages in the UI language', () => {
  it('every default rule has its message in both tables, shown while unchanged', () => {
    for (const [id, rule] of Object.entries(DEFAULT_LINT_POLICY.rules)) {
      expect(ruleMessageText(id, rule.message, 'zh-CN'), id).toBe(zhCN[`rule.message.${id}` as keyof typeof zhCN]);
      expect(ruleMessageText(id, rule.message, 'en'), id).toBe(en[`rule.message.${id}` as keyof typeof en]);
    }
  });

  it('the English tone rules read in Chinese in the zh-CN UI; a lead’s own wording stays as written', () => {
    expect(ruleMessageText('tone.shouting', 'ALL CAPS reads as shouting; write in normal case', 'zh-CN')).toMatch(/大写/);
    expect(ruleMessageText('tone.shouting', '别用大写', 'en')).toBe('别用大写');
    expect(ruleMessageText('lead.own', 'Our own rule', 'zh-CN')).toBe('Our own rule');
  });

  it('the shop’s banned words read in the UI language, from the message stored with them', () => {
    expect(ruleMessageText('shop.banned', '店铺禁用词 / a word this shop never sends', 'zh-CN')).toBe('本店不发送的词');
    expect(ruleMessageText('shop.banned', '店铺禁用词 / a word this shop never sends', 'en')).toBe('A word this shop never sends');
  });
});

describe('built-in playbooks in the UI language', () => {
  it('every default playbook has English words for its title and each step', () => {
    for (const p of DEFAULT_PLAYBOOKS) {
      expect(PLAYBOOK_WORDING_EN[p.id]?.title, p.id).toBeTruthy();
      for (const s of p.steps) expect(PLAYBOOK_WORDING_EN[p.id]?.[s.id], `${p.id}/${s.id}`).toBeTruthy();
    }
  });

  it('defaults are Chinese in zh-CN and English in en; a policy saved by an earlier build (bilingual titles) reads the same', () => {
    const complaint = DEFAULT_PLAYBOOKS.find((p) => p.id === 'cross-border-complaint')!;
    expect(playbookTitle(complaint, 'zh-CN')).toBe('跨境投诉');
    expect(playbookTitle(complaint, 'en')).toBe('Cross-border complaint');
    expect(playbookTitle({ id: complaint.id, title: 'Cross-border complaint / 跨境投诉' }, 'zh-CN')).toBe('跨境投诉');
    expect(stepText(complaint.id, { id: 'thank', text: 'Thank the buyer for writing, then apologise for the trouble' }, 'zh-CN')).toMatch(/感谢/);
  });

  it('a lead’s rewritten title or step, or a playbook of their own, is shown as written', () => {
    expect(playbookTitle({ id: 'bad-review', title: '差评先道歉' }, 'en')).toBe('差评先道歉');
    expect(stepText('bad-review', { id: 'contact', text: 'Call them' }, 'zh-CN')).toBe('Call them');
    expect(playbookTitle({ id: 'our-own', title: 'VIP 回访' }, 'zh-CN')).toBe('VIP 回访');
  });
});

describe('trainee tips', () => {
  it('come in the UI language, and not at all for a rule without one', () => {
    expect(traineeTip('tone.shouting', 'zh-CN')).toMatch(/大写/);
    expect(traineeTip('tone.shouting', 'en')).toMatch(/capitals/);
    expect(traineeTip('template.unfilled', 'zh-CN')).toBeUndefined();
  });
});
