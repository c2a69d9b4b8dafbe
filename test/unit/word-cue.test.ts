import { describe, expect, it } from 'vitest';
import { classifyRisk, NEGATION, CUES as RISK_CUES, SETTLED } from '@/utils/qa/risk';
import { CUES as INTENT_CUES, detectIntents } from '@/utils/suggest/intents';
import { indexOfWordCue, LETTER, LETTER_OR_DIGIT } from '@/utils/word-cue';
import { OFF_TOPIC_MESSAGES, HELD_OUT_MESSAGES } from './suggest/held-out-set';
import { LABELLED_MESSAGES } from './suggest/labelled-set';
import { SECOND_HELD_OUT, SECOND_TUNING } from './suggest/second-batch';
import { TUNING_EXTRA } from './suggest/tuning-extra';
import { RISK_SET } from './qa/risk-set';

describe('indexOfWordCue', () => {
  it('finds a cue that starts a word, and only its whole word when asked', () => {
    expect(indexOfWordCue('oh hi there', 'hi', 0, LETTER_OR_DIGIT, true)).toBe(3);
    expect(indexOfWordCue('this is it', 'hi', 0, LETTER_OR_DIGIT, true)).toBe(-1);
    expect(indexOfWordCue('history', 'hi', 0, LETTER_OR_DIGIT, true)).toBe(-1);
    expect(indexOfWordCue('history', 'hi', 0, LETTER_OR_DIGIT, false)).toBe(0);
    expect(indexOfWordCue('2hi', 'hi', 0, LETTER_OR_DIGIT, false)).toBe(-1);
    expect(indexOfWordCue('2hi', 'hi', 0, LETTER, false)).toBe(1);
  });

  it('looks past an occurrence inside a word to a later whole one, and from `from` on', () => {
    expect(indexOfWordCue('shipping, ship it', 'ship', 0, LETTER, true)).toBe(10);
    expect(indexOfWordCue('ship ship', 'ship', 1, LETTER, true)).toBe(5);
  });

  it('reads the neighbour as a whole code point: a letter outside the BMP is a letter, an emoji is not', () => {
    expect(indexOfWordCue('𝐀hi', 'hi', 0, LETTER, false)).toBe(-1);
    expect(indexOfWordCue('😀hi😀', 'hi', 0, LETTER, true)).toBe(2);
    expect(indexOfWordCue('你好hi', 'hi', 0, LETTER, false)).toBe(-1);
    expect(indexOfWordCue('你好 hi', 'hi', 0, LETTER, false)).toBe(3);
  });
});

// The regular expressions these matchers replaced, kept here as the reference they must agree with.
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function intentsByRegex(text: string): string[] {
  const lower = text.toLowerCase();
  const spaced = /^[\p{Script=Latin}\p{Script=Cyrillic}]/u;
  const found = Object.entries(INTENT_CUES).filter(([, cues]) =>
    cues!.some((cue) => (spaced.test(cue) ? new RegExp(`(?<![\\p{L}\\p{N}])${escape(cue)}${cue.length <= 3 ? '(?![\\p{L}\\p{N}])' : ''}`, 'u').test(lower) : lower.includes(cue))),
  );
  return found.map(([category]) => category).sort();
}
const isWordy = (cue: string) => /^[\p{Script=Latin}\p{Script=Cyrillic}\d' -]+$/u.test(cue) && /\p{L}/u.test(cue);
const RISK_BY_REGEX = RISK_CUES.map(([kind, cues]) => [kind, new RegExp(cues.map((c) => (isWordy(c) ? `(?<![\\p{L}])${escape(c)}` : escape(c))).join('|'), 'gu')] as const);
function riskByRegex(message: string) {
  const text = message.toLowerCase();
  if (SETTLED.test(text)) return undefined;
  for (const [kind, pattern] of RISK_BY_REGEX) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) if (!NEGATION.test(text.slice(Math.max(0, m.index - 12), m.index))) return { kind, cue: m[0] };
  }
  return undefined;
}

/** Every buyer message of the labelled sets, and variants with a letter, a digit, an emoji or a space glued on. */
function messages(): string[] {
  const base = [...LABELLED_MESSAGES, ...HELD_OUT_MESSAGES, ...SECOND_TUNING, ...SECOND_HELD_OUT, ...TUNING_EXTRA]
    .map((m) => m.text)
    .concat(
      OFF_TOPIC_MESSAGES,
      RISK_SET.map(([text]) => text),
    );
  const cues = [...Object.values(INTENT_CUES).flat(), ...RISK_CUES.flatMap(([, cues]) => cues)] as string[];
  const glued = cues.flatMap((cue) => [`x${cue}`, `${cue}x`, `1${cue}`, `${cue}1`, `😀${cue}😀`, ` ${cue} `, `Я${cue}`, `${cue.toUpperCase()}!`]);
  return [...base, ...glued];
}

describe('the cue matchers agree with the regular expressions they replaced', () => {
  const all = messages();
  it(`detectIntents on ${all.length} messages`, () => {
    const differ = all.filter((text) => [...detectIntents(text)].sort().join() !== intentsByRegex(text).join());
    expect(differ).toEqual([]);
  });

  it(`classifyRisk's kind and cue on ${all.length} messages`, () => {
    const differ = all.filter((text) => JSON.stringify(classifyRisk(text)) !== JSON.stringify(riskByRegex(text)));
    expect(differ).toEqual([]);
  });
});
