/** Strings of buyer questions and phrasings learned from use (phrase library, import). */
export const suggestZh = {
  'library.questions': '买家问法（每行一个，匹配买家消息）',
  'library.importSheet': '导入（JSON / CSV / XLSX，列：标题、内容、分组、关键词、相似问法）',
  'library.learnedTitle': '从使用中学到的问法（仅本机）',
  'library.learnedHint': '客服用某条模板回复后，买家的原话记在这里；用过 2 次起与问法同等参与推荐。接受后并入该模板的问法。',
  'library.learnedNone': '还没有学到的问法。',
  'library.learnedUses': '用过 {uses} 次，改写/删除 {against} 次',
  'library.learnedAccept': '接受为问法',
  'library.learnedDelete': '删除',
  'library.learnedActive': '参与推荐',
} as const;

export const suggestEn: Record<keyof typeof suggestZh, string> = {
  'library.questions': 'Buyer questions (one a line, matched against buyer messages)',
  'library.importSheet': 'Import (JSON / CSV / XLSX; columns: title, body, category, keywords, buyer questions)',
  'library.learnedTitle': 'Phrasings learned from use (this device only)',
  'library.learnedHint': 'When an agent answers with a template, the buyer’s words are kept here; from the 2nd use they rank like questions. Accepting one adds it to the template’s questions.',
  'library.learnedNone': 'Nothing learned yet.',
  'library.learnedUses': 'used {uses}×, rewritten/deleted {against}×',
  'library.learnedAccept': 'Accept as question',
  'library.learnedDelete': 'Delete',
  'library.learnedActive': 'ranks',
};
