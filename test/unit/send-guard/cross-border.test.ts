import { describe, expect, it } from 'vitest';
import { isComplaint, missingApology } from '@/utils/send-guard/complaint';
import { isGreetingOnly } from '@/utils/send-guard/greeting';
import { lintReply } from '@/utils/send-guard/lint-reply';

const rules = (text: string, context = {}) => [...new Set(lintReply(text, undefined, context).map((f) => f.ruleId))];

describe('cross-border replies', () => {
  it('blocks sending the buyer off the platform in English and Russian', () => {
    expect(rules('You can also buy directly from us on our website, cheaper')).toContain('diversion.platform');
    expect(rules('Please email me or message me on WhatsApp')).toEqual(expect.arrayContaining(['diversion.foreign']));
    expect(rules('Напишите мне в телеграм')).toContain('diversion.foreign');
    expect(rules('Thank you for your order, we will ship it today.')).toEqual([]);
  });

  it('warns on blaming phrasing', () => {
    expect(rules('You should have checked the size chart before ordering.')).toContain('tone.blame');
    expect(rules("It's your fault the parcel was returned")).toContain('tone.blame');
    expect(rules('Вы сами виноваты, надо было читать описание')).toContain('tone.blame');
    expect(rules('We should have packed it better, sorry.')).not.toContain('tone.blame');
  });

  it('asks an English or Russian reply to a complaint to apologise', () => {
    expect(isComplaint('The item arrived damaged and the box was wet')).toBe(true);
    expect(isComplaint('Товар пришёл сломанный')).toBe(true);
    expect(isComplaint('Do you have this in blue?')).toBe(false);
    expect(rules('We will send a replacement tomorrow.', { buyerComplaint: true })).toContain('tone.no-apology');
    expect(rules('Sorry for the trouble, we will send a replacement tomorrow.', { buyerComplaint: true })).not.toContain('tone.no-apology');
    expect(rules('Приносим извинения, отправим замену.', { buyerComplaint: true })).not.toContain('tone.no-apology');
    expect(rules('We will send a replacement tomorrow.')).not.toContain('tone.no-apology');
    // A Chinese reply is judged by the Chinese tone rules, not this one.
    expect(missingApology('亲，我们马上为您补发')).toBeUndefined();
    expect(missingApology('We will resend it. Tracking follows.')).toEqual([0, 18]);
  });

  it('tells a greeting from an answer', () => {
    expect(isGreetingOnly('Hi!')).toBe(true);
    expect(isGreetingOnly('Hello dear customer 😊')).toBe(true);
    expect(isGreetingOnly('Здравствуйте!')).toBe(true);
    expect(isGreetingOnly('Hi, your parcel left our warehouse today.')).toBe(false);
    expect(isGreetingOnly('')).toBe(false);
  });
});
