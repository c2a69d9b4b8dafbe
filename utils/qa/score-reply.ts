import type { ChatMessage, QaResults, QaScorecard } from '../model';
import { caseCue } from '../cases/open-case';
import { cueMatcher } from './cues';
import { riskOfMessages, type RiskFinding } from './risk';

export interface ReplyToScore {
  reply: string;
  /** The conversation as the page showed it when the reply went (the reply itself not among them). */
  messages: readonly ChatMessage[];
  sentAt: number;
  /** When the buyer's oldest unanswered message arrived (the page's time, else when we first saw it). */
  waitingSince?: number;
  /** The platform's reply limit (site profile: its strictest reply-time rule). */
  limitMs: number;
  buyerName?: string;
  /** What else the page names that a personal reply may mention: order and tracking numbers, products. */
  names: readonly string[];
  /** Send-guard findings on the reply, and whether the agent confirmed past a warning. */
  findings: number;
  overridden: boolean;
  scorecard: QaScorecard;
}

export interface ReplyScore {
  results: QaResults;
  /** The risk of what the buyer wrote since our last reply. */
  risk?: RiskFinding;
}

/** The buyer's messages since our last reply, and whether this reply is the first of its round. */
function roundOf(messages: readonly ChatMessage[], sentAt: number, gapMs: number) {
  let lastAgent = -1;
  let roundStart = 0;
  for (let i = 0; i < messages.length; i++) {
    const m = messages[i]!;
    if (m.direction === 'agent') lastAgent = i;
    const prev = messages[i - 1];
    if (m.direction === 'buyer' && prev?.at !== undefined && m.at !== undefined && m.at - prev.at >= gapMs) roundStart = i;
  }
  const lastAt = messages.findLast((m) => m.at !== undefined)?.at;
  const newRound = lastAt !== undefined && sentAt - lastAt >= gapMs && lastAgent === messages.length - 1;
  const unanswered = messages
    .slice(lastAgent + 1)
    .filter((m) => m.direction === 'buyer')
    .map((m) => m.text);
  return { unanswered, firstOfRound: newRound || lastAgent < roundStart };
}

const mentions = (reply: string, word: string | undefined) => !!word && word.trim().length >= 2 && reply.toLowerCase().includes(word.trim().toLowerCase());

/**
 * One reply against the scorecard, at the moment it is sent. Categories the reply cannot judge (a promise, a case,
 * the end of the conversation) are left to the fold over the log; a category that does not apply is `na`.
 */
export function scoreReply(input: ReplyToScore): ReplyScore {
  const { reply, scorecard: card } = input;
  const { unanswered, firstOfRound } = roundOf(input.messages, input.sentAt, card.roundGapMinutes * 60_000);
  const results: QaResults = {};
  results.greeting = firstOfRound ? (cueMatcher(card.greetingCues)(reply) ? 'pass' : 'fail') : 'na';
  results.onTime = unanswered.length && input.waitingSince !== undefined ? (input.sentAt - input.waitingSince <= input.limitMs ? 'pass' : 'fail') : 'na';
  const complained = unanswered.length > 0 && caseCue(unanswered) !== undefined;
  results.apology = complained ? (cueMatcher(card.apologyCues)(reply) ? 'pass' : 'fail') : 'na';
  results.personal = mentions(reply, input.buyerName) || input.names.some((name) => mentions(reply, name)) ? 'pass' : 'fail';
  results.guardClean = input.findings === 0 && !input.overridden ? 'pass' : 'fail';
  const closes = !!cueMatcher(card.closingCues)(reply) && (!card.reviewInvitation || !!cueMatcher(card.reviewCues)(reply));
  results.closing = closes ? 'pass' : 'fail';
  const risk = riskOfMessages(unanswered);
  return { results, ...(risk ? { risk } : {}) };
}

/** The weighted score (0–100) of results, over the enabled categories that apply; undefined when none applies. */
export function weightedScore(results: QaResults, card: QaScorecard): number | undefined {
  let total = 0;
  let got = 0;
  for (const c of card.categories) {
    const r = results[c.id];
    if (!c.enabled || !r || r === 'na' || c.weight === 0) continue;
    total += c.weight;
    if (r === 'pass') got += c.weight;
  }
  return total ? Math.round((got / total) * 100) : undefined;
}
