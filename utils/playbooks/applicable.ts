import type { PageKind, Playbook, PlaybookNumberKey, PlaybookNumbers, PlaybookTrigger } from '../model';
import { detectIntents } from '../suggest/intents';
import { detectLanguage } from '../suggest/language';
import { chinaMinutes } from '../time/china-time';

/** What the page and the log say right now, for deciding which playbooks apply. */
export interface PlaybookContext {
  pageKind: PageKind;
  orderStatus?: string;
  placedAt?: number;
  /** The buyer's latest unanswered messages, joined. */
  buyerText?: string;
  buyerTags: readonly string[];
  now: number;
}

const HOUR = 3_600_000;
const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/** A named setting in milliseconds: names ending in Hours are hours, in Days days. */
function durationOf(key: PlaybookNumberKey, numbers: PlaybookNumbers): number {
  const value = numbers[key] as number;
  return key.endsWith('Days') ? value * 24 * HOUR : value * HOUR;
}

/** What the triggers read from the buyer's text: its intents, and its language once a trigger asks for it. */
interface BuyerTextReading {
  intents: ReturnType<typeof detectIntents>;
  language: () => ReturnType<typeof detectLanguage>;
}

function readBuyerText(text: string): BuyerTextReading {
  let language: ReturnType<typeof detectLanguage> | undefined;
  return { intents: detectIntents(text), language: () => (language ??= detectLanguage(text)) };
}

/** Whether every condition of the trigger holds; a trigger with no condition never applies. */
export function playbookApplies(when: PlaybookTrigger, ctx: PlaybookContext, numbers: PlaybookNumbers, read = readBuyerText(ctx.buyerText ?? '')): boolean {
  const checks: boolean[] = [];
  const text = ctx.buyerText ?? '';
  if (when.pageKinds) checks.push(when.pageKinds.includes(ctx.pageKind));
  if (when.orderStatuses) checks.push(!!ctx.orderStatus && when.orderStatuses.some((s) => ctx.orderStatus!.includes(s)));
  const found = read.intents;
  if (when.intents) checks.push(when.intents.some((i) => found.has(i)));
  if (when.excludeIntents) checks.push(!when.excludeIntents.some((i) => found.has(i)));
  if (when.keywords) checks.push(when.keywords.some((k) => text.includes(k)));
  if (when.languages) checks.push(!!text.trim() && when.languages.includes(read.language() === 'zh-CN' ? 'zh' : (read.language() as 'en' | 'ru')));
  if (when.buyerTags) checks.push(when.buyerTags.some((t) => ctx.buyerTags.includes(t)));
  if (when.sincePlaced) {
    const elapsed = ctx.placedAt === undefined ? undefined : ctx.now - ctx.placedAt;
    const { atLeast, lessThan } = when.sincePlaced;
    checks.push(elapsed !== undefined && (!atLeast || elapsed >= durationOf(atLeast, numbers)) && (!lessThan || elapsed < durationOf(lessThan, numbers)));
  }
  if (when.beforeCutoff !== undefined) checks.push(chinaMinutes(ctx.now) < minutesOf(numbers.cutoffTime) === when.beforeCutoff);
  if (when.shift) {
    const now = chinaMinutes(ctx.now);
    const start = minutesOf(numbers.shiftStart);
    const end = minutesOf(numbers.shiftEnd);
    checks.push(when.shift === 'start' ? now >= start && now < start + 120 : now >= end - 60 && now < end + 60);
  }
  return checks.length > 0 && checks.every(Boolean);
}

/** The playbooks whose triggers hold; the buyer's text is read once for all of them (every cue of every intent). */
export function applicablePlaybooks(playbooks: readonly Playbook[], ctx: PlaybookContext, numbers: PlaybookNumbers): Playbook[] {
  const read = readBuyerText(ctx.buyerText ?? '');
  return playbooks.filter((p) => playbookApplies(p.when, ctx, numbers, read));
}
