import type { Playbook, PlaybookStep, UiLanguage } from '../model';
import { DEFAULT_PLAYBOOKS } from './default-playbooks';
import { PLAYBOOK_WORDING_EARLIER, PLAYBOOK_WORDING_EN } from './default-playbook-wording';

const ZH = new Map(DEFAULT_PLAYBOOKS.map((p) => [p.id, { title: p.title, ...Object.fromEntries(p.steps.map((s) => [s.id, s.text])) } as Record<string, string>]));

/**
 * A built-in playbook's words in the UI language while the lead has not rewritten them; the lead's own words (or a
 * playbook of their own) as written.
 */
function wording(playbookId: string, part: string, text: string, lang: UiLanguage): string {
  const zh = ZH.get(playbookId)?.[part];
  const en = PLAYBOOK_WORDING_EN[playbookId]?.[part];
  if (zh === undefined || en === undefined) return text;
  const builtIn = text === zh || text === en || text === PLAYBOOK_WORDING_EARLIER[playbookId]?.[part];
  if (!builtIn) return text;
  return lang === 'en' ? en : zh;
}

export const playbookTitle = (playbook: Pick<Playbook, 'id' | 'title'>, lang: UiLanguage) => wording(playbook.id, 'title', playbook.title, lang);

export const stepText = (playbookId: string, step: Pick<PlaybookStep, 'id' | 'text'>, lang: UiLanguage) => wording(playbookId, step.id, step.text, lang);
