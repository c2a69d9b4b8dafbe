import { describe, expect, it } from 'vitest';
import { classifyRisk } from '@/utils/qa/risk';
import { RISK_SET } from './risk-set';

/** Strict scoring: a hit counts only with the right kind; any risk said of a calm message is a false alarm. */
function measure(set: typeof RISK_SET) {
  let tp = 0,
    fp = 0,
    fn = 0;
  const misses: string[] = [];
  for (const [text, label] of set) {
    const got = classifyRisk(text)?.kind ?? 'none';
    if (got === label) {
      if (label !== 'none') tp++;
    } else {
      if (got !== 'none') fp++;
      if (label !== 'none') fn++;
      misses.push(`${label} → ${got}: ${text}`);
    }
  }
  return { recall: tp / (tp + fn), precision: tp / (tp + fp), misses };
}

describe('risk triage on the labelled buyer messages', () => {
  const tune = RISK_SET.filter((_, i) => i % 2 === 0);
  const heldOut = RISK_SET.filter((_, i) => i % 2 === 1);
  it('has at least 200 messages in zh, en and ru', () => {
    expect(RISK_SET.length).toBeGreaterThanOrEqual(200);
    expect(RISK_SET.some(([t]) => /[а-я]/i.test(t)) && RISK_SET.some(([t]) => /^[A-Za-z]/.test(t))).toBe(true);
  });
  it('meets recall ≥ 90 % and precision ≥ 80 % on the held-out half', () => {
    const held = measure(heldOut);
    console.log(
      `risk triage held-out (${heldOut.length}): recall ${(held.recall * 100).toFixed(1)} %, precision ${(held.precision * 100).toFixed(1)} %; tune (${tune.length}): recall ${(measure(tune).recall * 100).toFixed(1)} %, precision ${(measure(tune).precision * 100).toFixed(1)} %\n${held.misses.join('\n')}`,
    );
    expect(held.recall).toBeGreaterThanOrEqual(0.9);
    expect(held.precision).toBeGreaterThanOrEqual(0.8);
  });
  it('keeps the cue, not the sentence', () => {
    expect(classifyRisk('你们再拖我就打差评，还要打12315')).toEqual({ kind: 'regulator', cue: '12315' });
    expect(classifyRisk('放心，不会给差评的')).toBeUndefined();
  });
});
