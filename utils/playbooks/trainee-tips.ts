import { isMessageKey, translate } from '../i18n';
import type { UiLanguage } from '../model';

/** A short reminder shown to trainees beside a send-guard finding (tables: utils/i18n/playbook-messages.ts `tip.*`). */
export function traineeTip(ruleId: string, lang: UiLanguage): string | undefined {
  const key = `tip.${ruleId}`;
  return isMessageKey(key) ? translate(lang, key) : undefined;
}
