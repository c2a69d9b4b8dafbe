import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseJsonInput } from '@/utils/json-input';

describe('parseJsonInput', () => {
  const schema = z.object({ items: z.array(z.object({ id: z.string() })) });
  it('returns the data, or where it is wrong', () => {
    expect(parseJsonInput('{"items":[{"id":"a"}]}', schema)).toEqual({ ok: true, data: { items: [{ id: 'a' }] } });
    expect(parseJsonInput('{"items":[{"id":1}]}', schema)).toMatchObject({ ok: false, where: 'items.0.id' });
    expect(parseJsonInput('{nope', schema)).toMatchObject({ ok: false, where: 'JSON' });
  });
});
