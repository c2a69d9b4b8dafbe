import { isMessageKey, translate } from '../i18n';
import type { UiLanguage } from '../model';
import { DEFAULT_LINT_POLICY } from './default-policy';
import { SHOP_BANNED_MESSAGE, SHOP_BANNED_RULE } from './shop-terms';

/**
 * A rule's message in the UI language while it is still the product's own; a message the lead wrote stays as written.
 * A policy saved by an older build holds the built-in text of its day, so any built-in wording counts as unchanged.
 */
export function ruleMessageText(ruleId: string, message: string, lang: UiLanguage): string {
  const key = `rule.message.${ruleId}`;
  if (!isMessageKey(key)) return message;
  const stored = ruleId === SHOP_BANNED_RULE ? SHOP_BANNED_MESSAGE : DEFAULT_LINT_POLICY.rules[ruleId]?.message;
  const builtIn = [stored, translate('zh-CN', key), translate('en', key)];
  return message === '' || builtIn.includes(message) ? translate(lang, key) : message;
}
