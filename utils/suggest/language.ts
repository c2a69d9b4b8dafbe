import type { TemplateLanguage } from '../model';

/** The language a buyer writes in, from the script of their letters. */
export function detectLanguage(text: string): TemplateLanguage {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (han > 0 && han * 2 >= latin) return 'zh-CN';
  if (cyrillic > latin) return 'ru';
  if (latin > 0) return 'en';
  return 'zh-CN';
}
