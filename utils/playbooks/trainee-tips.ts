/** Short reminders from the attitude rules (seed 001 part 8), shown to trainees beside the send guard's findings. */
const TIPS: Record<string, string> = {
  'tone.ni': '称呼买家一律用“您”，让买家感到被尊重。',
  'tone.interjection': '语气词会显得不耐烦或敷衍，换成完整的句子。',
  'tone.ellipsis': '省略号容易让买家觉得你在敷衍或无奈。',
  'tone.exclamation': '感叹号读起来像在提高嗓门，用句号更稳。',
  'tone.rhetorical': '反问像在质问买家，改成陈述：“这边帮您确认一下……”。',
  'tone.subjective': '给建议时说“建议您……”，少说“我觉得”。',
  'tone.refusal': '不要直接说不行：先道歉，再说明能做到什么。',
  'tone.shouting': 'Writing in capitals reads as shouting; use normal case.',
  'tone.push-solution': 'Offer two solutions and recommend one instead of asking the buyer what to do.',
  'ad.absolute': '广告法禁止“最、第一、全网最低”等绝对化说法，平台会处罚店铺。',
  'diversion.wechat': '引导买家到站外（微信等）会被平台判为违规。',
  'diversion.phone': '聊天里不要发手机号，平台视为站外引流。',
  'diversion.qq': '聊天里不要发 QQ 号，平台视为站外引流。',
  'pii.id-number': '不要复述买家的证件号码等个人信息。',
};

export function traineeTip(ruleId: string): string | undefined {
  return TIPS[ruleId];
}
