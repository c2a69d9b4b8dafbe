import { describe, expect, it } from 'vitest';
import { rankSuggestions } from '@/utils/suggest/rank';
import { DEFAULT_TEMPLATES } from '@/utils/templates/default-pack';
import { HELD_OUT_MESSAGES, pct, quality, TUNING_MESSAGES } from './evaluate';
import { OFF_TOPIC_MESSAGES } from './held-out-set';

describe('suggestions on labelled buyer messages: tuning half and held-out half', () => {
  it('holds at least 300 messages in zh, en and ru, split in halves that share no message', () => {
    const all = [...TUNING_MESSAGES, ...HELD_OUT_MESSAGES];
    expect(all.length).toBeGreaterThanOrEqual(300);
    expect(Math.abs(TUNING_MESSAGES.length - HELD_OUT_MESSAGES.length)).toBeLessThanOrEqual(all.length * 0.1);
    const tuning = new Set(TUNING_MESSAGES.map((m) => m.text));
    expect(HELD_OUT_MESSAGES.filter((m) => tuning.has(m.text))).toEqual([]);
    for (const script of [/\p{Script=Han}/u, /^[\x20-\x7e]+$/, /\p{Script=Cyrillic}/u]) expect(HELD_OUT_MESSAGES.filter((m) => script.test(m.text)).length).toBeGreaterThanOrEqual(20);
  });

  it('held-out: top-3 ≥ 90% and top-1 ≥ 75% with the default pack (tuning half reported beside it)', () => {
    const tuning = quality(TUNING_MESSAGES, DEFAULT_TEMPLATES);
    const held = quality(HELD_OUT_MESSAGES, DEFAULT_TEMPLATES);
    console.log(`tuning half ${tuning.n}: top-1 ${pct(tuning.top1)}, top-3 ${pct(tuning.top3)}, silent ${tuning.silent}
held-out half ${held.n}: top-1 ${pct(held.top1)}, top-3 ${pct(held.top3)}, silent ${held.silent}`); // its misses are not printed: nobody tunes on them
    expect(held.top3).toBeGreaterThanOrEqual(0.9);
    expect(held.top1).toBeGreaterThanOrEqual(0.75);
  }, 30_000);

  it('stays silent on every off-topic message', () => {
    expect(OFF_TOPIC_MESSAGES.length).toBeGreaterThanOrEqual(30);
    const spoken = OFF_TOPIC_MESSAGES.map(
      (text) => [text, rankSuggestions([{ direction: 'buyer', text }], {}, DEFAULT_TEMPLATES, { limit: 3 }).map((s) => `${s.template.id} ${s.score.toFixed(2)} ${s.reasons.join('|')}`)] as const,
    ).filter(([, r]) => r.length > 0);
    expect(spoken).toEqual([]);
  });
});
