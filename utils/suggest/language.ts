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

/**
 * The language a reply should be in: the buyer's (from their latest messages), else the language the agent has been
 * writing in on this chat, else the shop's (Chinese for a shop paid in yuan, English for a cross-border one).
 */
export function replyLanguage(messages: readonly { direction: string; text: string }[], shopCurrency: string): TemplateLanguage {
  const buyer = messages
    .filter((m) => m.direction === 'buyer')
    .slice(-3)
    .map((m) => m.text)
    .join('\n');
  if (/[\p{L}]/u.test(buyer)) return detectLanguage(buyer);
  const seller = messages
    .filter((m) => m.direction !== 'buyer')
    .slice(-3)
    .map((m) => m.text)
    .join('\n');
  if (/[\p{L}]/u.test(seller)) return detectLanguage(seller);
  return shopCurrency === 'CNY' ? 'zh-CN' : 'en';
}
