import { lintPolicySchema, type LexiconTerm, type LintPolicy } from '../model';

// Rules and words from shared/domain/requirements-000-001.md §4.1 (F1–F14) and the advertising-law absolute
// terms; messages are ours. Leads edit this as data; nothing here is code.
const RULES: LintPolicy['rules'] = {
  'ad.absolute': { severity: 'block', enabled: true, message: '广告法禁用的绝对化用语，可能被平台处罚' },
  'diversion.phone': { severity: 'block', enabled: true, message: '不要在聊天中发送手机号（站外引流/个人信息）' },
  'diversion.wechat': { severity: 'block', enabled: true, message: '不要引导买家添加微信或私下交易' },
  'diversion.qq': { severity: 'block', enabled: true, message: '不要引导买家添加QQ' },
  'diversion.link': { severity: 'block', enabled: true, message: '站外链接会被判定为引流（平台自己的订单、商品链接除外）' },
  'diversion.platform': { severity: 'block', enabled: true, message: '不要让买家去其他平台或站外店铺购买、搜索' },
  'diversion.foreign': { severity: 'block', enabled: true, message: '不要引导买家用 WhatsApp、Telegram、Line、Instagram、邮箱等站外渠道联系' },
  'pii.id-number': { severity: 'block', enabled: true, message: '不要发送身份证号等个人证件信息' },
  'template.unfilled': { severity: 'block', enabled: true, message: '模板变量还没有填写' },
  'tone.ni': { severity: 'warn', enabled: true, message: '称呼买家请用“您”' },
  'tone.interjection': { severity: 'warn', enabled: true, message: '避免“额、哦、恩、晕、唉”等消极语气词' },
  'tone.ellipsis': { severity: 'warn', enabled: true, message: '省略号会显得敷衍或不耐烦' },
  'tone.exclamation': { severity: 'warn', enabled: true, message: '感叹号会显得语气强烈' },
  'tone.rhetorical': { severity: 'warn', enabled: true, message: '不要用反问句质问买家' },
  'tone.subjective': { severity: 'warn', enabled: true, message: '给建议时用“建议您”，少用“我觉得/我认为”' },
  'tone.refusal': { severity: 'warn', enabled: true, message: '直接拒绝显得生硬：先致歉，再说明能做什么' },
  'tone.shouting': { severity: 'warn', enabled: true, message: 'ALL CAPS reads as shouting; write in normal case' },
  'tone.push-solution': { severity: 'warn', enabled: true, message: "Don't make the buyer design the fix; offer two solutions and recommend one" },
  'tone.blame': { severity: 'warn', enabled: true, message: 'Blaming the buyer escalates a complaint: say what you will do instead' },
  'tone.no-apology': { severity: 'warn', enabled: true, message: 'The buyer is complaining: start with an apology (sorry / извините) before the facts' },
};

const term =
  (ruleId: string, severity: LexiconTerm['severity'], suggestion?: string) =>
  (t: string): LexiconTerm => ({ term: t, ruleId, severity, ...(suggestion !== undefined ? { suggestion } : {}) });

const LEXICON: LexiconTerm[] = [
  ...['最佳', '最低价', '全网最低', '史上最低', '最便宜', '第一', '国家级', '世界级', '顶级', '极品', '绝对', '万能', '100%', '独一无二', '全球首发', '最先进', '销量冠军', '无敌', '最高级'].map(
    term('ad.absolute', 'block'),
  ),
  ...['加我微信', '加微信', '加个微信', '加我v', '私下交易', '线下交易', '私聊我'].map(term('diversion.wechat', 'block', '')),
  term('tone.ni', 'warn', '您')('你'),
  ...['额', '哦', '恩', '晕', '唉'].map(term('tone.interjection', 'warn')),
  ...['我觉得', '我认为'].map(term('tone.subjective', 'warn', '建议您')),
  ...['不能', '不行', '不可以', '没办法'].map(term('tone.refusal', 'warn', '非常抱歉，暂时无法')),
  // Cross-border platforms forbid sending buyers off the platform, in any language (TikTok TH guideline, Shopee, Amazon).
  ...[
    'our website',
    'our own website',
    'our official website',
    'our online store',
    'buy directly from us',
    'order directly from us',
    'outside the platform',
    'outside of the app',
    'наш сайт',
    'на нашем сайте',
  ].map(term('diversion.platform', 'block', '')),
  ...['email me', 'text me', 'call me', 'dm me', 'message me on', 'contact me on', 'contact me at', 'напишите мне в', 'позвоните мне'].map(term('diversion.foreign', 'block', '')),
];

/** Everyday words that contain a listed term but are not it. */
const ORDINARY_WORDS = ['第一次', '第一时间', '第一天', '第一步', '第一件', '第一批', '金额', '额度', '余额', '名额', '额外', '数额', '限额', '份额', '感恩', '晕车', '头晕', '绝对值'];

export const DEFAULT_LINT_POLICY: LintPolicy = lintPolicySchema.parse({ version: 1, rules: RULES, lexicon: LEXICON, ordinaryWords: ORDINARY_WORDS });
