import { describe, expect, it } from 'vitest';
import { fieldQuery, fieldToPanelSchema, readFieldQuery } from '@/utils/model/field-frame';

const TOKEN = '0123456789abcdef0123456789abcdef';

describe('the field frame address', () => {
  it('reads back the shape it was written with, the token from the fragment only', () => {
    const shape = { token: TOKEN, type: 'number' as const, maxLength: 40, placeholder: '例如 #reply & "x"', label: '回复时限', monospace: true, min: 0.2, step: 0.5 };
    const url = new URL(`chrome-extension://x/field.html${fieldQuery(shape)}`);
    expect(url.search).not.toContain(TOKEN);
    expect(readFieldQuery(url.search, url.hash)).toEqual(shape);
  });

  it('takes no field without a proper token, and a plain text field for an odd type', () => {
    expect(readFieldQuery('?type=text', '')).toBeUndefined();
    expect(readFieldQuery('?type=text', '#short')).toBeUndefined();
    expect(readFieldQuery('?type=password', `#${TOKEN}`)).toBeUndefined();
    expect(readFieldQuery('', `#${TOKEN}`)).toMatchObject({ type: 'text', maxLength: 2000, placeholder: '' });
    expect(readFieldQuery('?max=999999', `#${TOKEN}`)).toBeUndefined();
  });
});

describe('what the field may tell the panel', () => {
  it('accepts its four messages and nothing else', () => {
    expect(fieldToPanelSchema.safeParse({ type: 'input', value: 'abc' }).success).toBe(true);
    expect(fieldToPanelSchema.safeParse({ type: 'enter', value: '' }).success).toBe(true);
    expect(fieldToPanelSchema.safeParse({ type: 'input', value: 'x'.repeat(2001) }).success).toBe(false);
    expect(fieldToPanelSchema.safeParse({ type: 'click' }).success).toBe(false);
    expect(fieldToPanelSchema.safeParse('input').success).toBe(false);
  });
});
