import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '@/utils/templates/default-pack';
import { rankSuggestions } from '@/utils/suggest/rank';
import { HELD_OUT_MESSAGES, pct, TUNING_MESSAGES } from './evaluate';
import { OFF_TOPIC_MESSAGES } from './held-out-set';
import { simulateLearning, type CurvePoint } from './simulate-learning';

const table = (title: string, curve: CurvePoint[]) =>
  `${title}\npicks  held-out top-1  top-3  learned phrasings\n${curve.map((p) => `${String(p.picks).padStart(5)}  ${pct(p.top1).padStart(13)}  ${pct(p.top3).padStart(6)}  ${p.learned}`).join('\n')}`;

describe('learning from use, simulated (200 picks, a careful agent: the right shown template, else the one found by search)', () => {
  it('within the tuning half (what the learning was tuned on): picks on one half, measured on the other', () => {
    const even = TUNING_MESSAGES.filter((_, i) => i % 2 === 0);
    const odd = TUNING_MESSAGES.filter((_, i) => i % 2 === 1);
    for (const [name, stream, measured] of [
      ['even → odd', even, odd],
      ['odd → even', odd, even],
    ] as const) {
      const { curve } = simulateLearning(stream, measured, DEFAULT_TEMPLATES, 200, 50);
      console.log(table(`stream: tuning half ${name} → measured on the other tuning half`, curve));
      expect(curve.at(-1)!.top1).toBeGreaterThanOrEqual(curve[0]!.top1);
    }
  }, 60_000); // hundreds of rankings: the shared machine can take a while

  it('picks on tuning-half messages: held-out top-1 does not fall (what carries over to messages never seen), off-topic stays silent', () => {
    const { curve, learned } = simulateLearning(TUNING_MESSAGES, HELD_OUT_MESSAGES, DEFAULT_TEMPLATES);
    console.log(table('stream: tuning half → measured on the held-out half', curve));
    expect(curve.at(-1)!.top1).toBeGreaterThanOrEqual(curve[0]!.top1);
    // Learned words must not pull unrelated messages in: with all 200 picks learned, off-topic ones still get nothing.
    expect(OFF_TOPIC_MESSAGES.filter((text) => rankSuggestions([{ direction: 'buyer', text }], {}, DEFAULT_TEMPLATES, { limit: 3, learned }).length > 0)).toEqual([]);
  }, 60_000); // hundreds of rankings: the shared machine can take a while

  it('picks on the held-out messages themselves (buyers asking again in the same words): held-out top-1 rises', () => {
    const { curve } = simulateLearning(HELD_OUT_MESSAGES, HELD_OUT_MESSAGES, DEFAULT_TEMPLATES);
    console.log(table('stream: the held-out messages coming back → measured on the held-out half', curve));
    expect(curve.at(-1)!.top1 - curve[0]!.top1).toBeGreaterThanOrEqual(0.02);
    expect(curve.at(-1)!.top3).toBeGreaterThanOrEqual(curve[0]!.top3);
  }, 60_000); // hundreds of rankings: the shared machine can take a while
});
