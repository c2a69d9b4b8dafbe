import { describe, expect, it } from 'vitest';
import { makeSetupCode, parseSetupCode } from '@/utils/team-config/setup-code';
import { generateLeadKey } from '@/utils/team-config/signing';

describe('the agent setup code', () => {
  it('carries the team, the lead key and an optional 工号, and survives spaces and line breaks', async () => {
    const { publicKey } = await generateLeadKey();
    const team = await makeSetupCode({ teamId: 'xianguo-shop', publicKey });
    const personal = await makeSetupCode({ teamId: 'xianguo-shop', publicKey, staffId: 'A-17' });
    expect(team.length).toBeLessThan(120);
    expect(await parseSetupCode(team)).toEqual({ ok: true, code: { teamId: 'xianguo-shop', publicKey } });
    expect(await parseSetupCode(` ${personal.slice(0, 40)}\n${personal.slice(40)} `)).toEqual({ ok: true, code: { teamId: 'xianguo-shop', publicKey, staffId: 'A-17' } });
  });

  it('refuses a mistyped or cut code', async () => {
    const { publicKey } = await generateLeadKey();
    const code = await makeSetupCode({ teamId: 'xianguo-shop', publicKey });
    const typo = code.replace(/\.(.)/, (_, c: string) => `.${c === 'x' ? 'y' : 'x'}`);
    expect(await parseSetupCode(typo)).toEqual({ ok: false, reason: 'checksum' });
    expect(await parseSetupCode(code.slice(0, -10))).toMatchObject({ ok: false });
    expect(await parseSetupCode('hello')).toEqual({ ok: false, reason: 'format' });
  });
});
