import { describe, expect, it } from 'vitest';
import { isPlainHttp, MASK, maskCode, maskSecrets } from '@/utils/team-sync/mask-secrets';
import { newPassword, setupSql } from '@/utils/team-sync/setup-sql';

describe('maskSecrets', () => {
  it('leaves no generated password in the SQL shown on screen', () => {
    const agents = [
      { staffId: '1024', user: 'kefu_1024', password: newPassword() },
      { staffId: '1025', user: 'kefu_1025', password: newPassword() },
    ];
    const lead = { user: 'kefu_lead', password: newPassword() };
    const sql = setupSql('kefu', agents, lead).join(';\n');
    const shown = maskSecrets(sql, [...agents.map((a) => a.password), lead.password]);
    for (const { password } of [...agents, lead]) {
      expect(sql).toContain(password);
      expect(shown).not.toContain(password);
    }
    expect(shown.split(MASK)).toHaveLength(4);
    expect(shown).toContain('CREATE USER IF NOT EXISTS kefu_1024');
  });

  it('masks the longer of two overlapping secrets whole', () => {
    expect(maskSecrets('a=abc b=abcdef', ['abc', 'abcdef'])).toBe(`a=${MASK} b=${MASK}`);
    expect(maskSecrets('nothing', ['', 'x'])).toBe('nothing');
  });
});

describe('maskCode', () => {
  it('keeps only the ends of a code', () => {
    const code = 'kefu1.eyJ1cmwiOiJodHRwczovL2NoLmV4YW1wbGUuY29tIn0';
    expect(maskCode(code)).toBe(`kefu1.${MASK}${code.slice(-4)}`);
    expect(maskCode(code)).not.toContain(code.slice(6, -4));
    expect(maskCode('short')).toBe(MASK);
  });
});

describe('isPlainHttp', () => {
  it.each([
    ['http://ch.example.com:8123', true],
    ['HTTP://10.0.0.5:8123', true],
    ['https://ch.example.com:8443', false],
    ['http://localhost:8123', false],
    ['http://127.0.0.1:8123', false],
    ['http://[::1]:8123', false],
    ['https://', false],
  ])('%s → %s', (url, plain) => expect(isPlainHttp(url)).toBe(plain));
});
