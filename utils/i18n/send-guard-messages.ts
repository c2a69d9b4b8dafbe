/** What each send-guard rule is called in the rules editor. */
export const ruleZh = {
  'rule.ad.absolute': '广告法绝对化用语', 'rule.diversion.phone': '手机号', 'rule.diversion.wechat': '微信/私下交易', 'rule.diversion.qq': 'QQ',
  'rule.diversion.link': '站外链接', 'rule.diversion.platform': '引到其他平台/站外店铺', 'rule.diversion.foreign': '站外联系方式（WhatsApp、邮箱等）',
  'rule.pii.id-number': '身份证号', 'rule.template.unfilled': '模板变量未填', 'rule.tone.ni': '称呼用“您”', 'rule.tone.interjection': '消极语气词',
  'rule.tone.ellipsis': '省略号', 'rule.tone.exclamation': '感叹号', 'rule.tone.rhetorical': '反问句', 'rule.tone.subjective': '“我觉得”',
  'rule.tone.refusal': '生硬拒绝', 'rule.tone.shouting': '英文全大写', 'rule.tone.push-solution': '让买家自己想办法（英文）', 'rule.tone.blame': '指责买家（英/俄文）',
  'rule.tone.no-apology': '投诉回复未致歉（英/俄文）', 'rule.shop.banned': '店铺禁用词',
};

export const ruleEn: Record<keyof typeof ruleZh, string> = {
  'rule.ad.absolute': 'Advertising-law absolutes', 'rule.diversion.phone': 'Phone number', 'rule.diversion.wechat': 'WeChat / off-platform deal', 'rule.diversion.qq': 'QQ',
  'rule.diversion.link': 'Outside link', 'rule.diversion.platform': 'Another platform or outside shop', 'rule.diversion.foreign': 'Outside contact (WhatsApp, email …)',
  'rule.pii.id-number': 'ID number', 'rule.template.unfilled': 'Unfilled template variable', 'rule.tone.ni': 'Polite “您”', 'rule.tone.interjection': 'Negative interjections',
  'rule.tone.ellipsis': 'Ellipsis', 'rule.tone.exclamation': 'Exclamation mark', 'rule.tone.rhetorical': 'Rhetorical question', 'rule.tone.subjective': '“I think”',
  'rule.tone.refusal': 'Bare refusal', 'rule.tone.shouting': 'ALL CAPS', 'rule.tone.push-solution': 'Making the buyer design the fix', 'rule.tone.blame': 'Blaming the buyer',
  'rule.tone.no-apology': 'No apology to a complaint', 'rule.shop.banned': 'Shop banned words',
};
