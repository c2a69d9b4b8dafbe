import { describe, expect, it } from 'vitest';
import { isMessageType } from '@/utils/messaging/protocol';
import { validateMessage } from '@/utils/messaging/validate';
import { makeDraft } from '@/utils/model';

const ORIGIN = 'chrome-extension://abc/';
const fromTab = { tab: { id: 1 }, url: 'https://mms.pinduoduo.com/chat-merchant/' };

describe('validateMessage', () => {
  it('accepts a well-formed log:append from a content script', () => {
    const result = validateMessage('log:append', { drafts: [makeDraft('panel.toggled', { collapsed: true })] }, fromTab, ORIGIN);
    expect(result.ok).toBe(true);
  });

  it('rejects malformed payloads with the field at fault', () => {
    // Drafts are judged one by one where they land (one bad draft must not reject its batch): see quarantine.test.ts.
    expect(validateMessage('log:append', { drafts: [{ kind: 'panel.toggled' }] }, fromTab, ORIGIN).ok).toBe(true);
    const result = validateMessage('log:append', { drafts: [] }, fromTab, ORIGIN);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/malformed log:append: drafts/);
    expect(validateMessage('log:append', null, fromTab, ORIGIN).ok).toBe(false);
    expect(validateMessage('log:recent', { limit: 10_000_000 }, fromTab, ORIGIN).ok).toBe(false);
  });

  it('accepts privileged messages only from extension pages, popup or tab', () => {
    expect(validateMessage('promises:all', {}, fromTab, ORIGIN)).toEqual({ ok: false, error: 'promises:all is accepted only from extension pages' });
    expect(validateMessage('promises:all', {}, { url: 'chrome-extension://other/popup.html' }, ORIGIN).ok).toBe(false);
    expect(validateMessage('promises:all', {}, { url: `${ORIGIN}popup.html` }, ORIGIN).ok).toBe(true);
    expect(validateMessage('promises:all', {}, { tab: { id: 3 }, url: `${ORIGIN}dashboard.html` }, ORIGIN).ok).toBe(true);
  });

  it('knows which types exist', () => {
    expect(isMessageType('log:append')).toBe(true);
    expect(isMessageType('toString')).toBe(false);
    expect(isMessageType(undefined)).toBe(false);
  });
});
