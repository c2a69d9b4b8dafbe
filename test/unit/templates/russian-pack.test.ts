import { describe, expect, it } from 'vitest';
import { lintReply } from '@/utils/send-guard/lint-reply';
import type { PageSnapshot } from '@/utils/model';
import { templateContext } from '@/utils/templates/context';
import { DEFAULT_TEMPLATES } from '@/utils/templates/default-pack';
import { renderTemplate } from '@/utils/templates/render';
import { isTrackingLink, trackingLink } from '@/utils/templates/tracking-link';

const RUSSIAN = DEFAULT_TEMPLATES.filter((t) => t.language === 'ru');
const SCENARIOS = ['ru.thanks.first', 'ru.tracking.link', 'ru.delay.apology', 'ru.dispute.prevent'];

/** An AliExpress chat with a Russian buyer whose parcel went by Russian Post (what an adapter would read). */
const snapshot = (order: Partial<PageSnapshot['orders'][number]> = {}, buyerSays = 'Где моя посылка? Уже 20 дней жду.'): PageSnapshot => ({
  site: 'aliexpress',
  pageKind: 'chat',
  adapterId: 'aliexpress.chat',
  buyer: { idKind: 'nick', displayName: 'Иван П.' },
  orders: [{ orderNo: '8209013605484399', trackingNo: 'RA 123456789 RU', carrier: 'Почта России', ...order }],
  activeOrderNo: '8209013605484399',
  messages: [{ direction: 'buyer', text: buyerSays }],
  capabilities: { reply: true, remark: false },
});
const agent = { name: 'Мария', staffId: '1024', role: 'agent', shop: 'Seeds & Co' } as const;
const render = (id: string, snap = snapshot()) => renderTemplate(RUSSIAN.find((t) => t.id === id)!.body, { ...templateContext(snap, agent), 发货天数: 12 });
const rules = (text: string, context: Parameters<typeof lintReply>[2]) => lintReply(text, undefined, context).map((f) => f.ruleId);

describe('the default pack’s Russian replies for seed 000’s scenarios', () => {
  it('has one template per scenario, in the pack’s shape', () => {
    expect(RUSSIAN.map((t) => t.id)).toEqual(expect.arrayContaining(SCENARIOS));
    for (const t of RUSSIAN) expect(t).toMatchObject({ language: 'ru', owner: 'team', usageCount: 0, tags: [] });
  });

  for (const id of SCENARIOS) {
    it(`${id}: filled from the page, it passes every send-guard rule on every cross-border site, complaint or not`, () => {
      const { text, missing } = render(id);
      expect(missing).toEqual([]);
      for (const site of ['aliexpress', 'lazada', 'wish', 'shopee', undefined]) {
        for (const buyerComplaint of [false, true]) expect(rules(text, { site, buyerComplaint }), `${site} ${buyerComplaint}`).toEqual([]);
      }
    });
  }

  it('thanks first, as the seed asks: the first sentence after the greeting thanks the buyer', () => {
    for (const id of SCENARIOS) expect(render(id).text.split('. ')[1], id).toMatch(/^(Спасибо|Приносим извинения|Нам очень жаль)/);
    expect(render('ru.thanks.first').text.split('. ')[1]).toMatch(/^Спасибо/);
  });

  it('puts the tracking page on a line of its own, in Russian, at the post that carries the parcel', () => {
    const { text } = render('ru.tracking.link');
    expect(text).toContain('\n\nhttps://www.pochta.ru/tracking#RA123456789RU\n\n');
    const other = render('ru.tracking.link', snapshot({ trackingNo: 'LP00512345678901', carrier: 'Cainiao' })).text;
    expect(other).toContain('\n\nhttps://t.17track.net/ru#nums=LP00512345678901\n\n');
  });

  it('without a tracking number names what is missing, keeps the gap, and the guard holds it', () => {
    const { text, missing } = render('ru.tracking.link', snapshot({ trackingNo: undefined }));
    expect(missing.sort()).toEqual(['物流单号', '追踪链接'].sort());
    expect(rules(text, { site: 'aliexpress' })).toContain('template.unfilled');
  });

  it('an edited Russian reply still meets the Russian rules (held out from the templates)', () => {
    const base = render('ru.dispute.prevent').text;
    expect(rules(`${base} Или напишите мне в Telegram.`, { site: 'aliexpress' })).toContain('diversion.foreign');
    expect(rules(`${base} Дешевле на нашем сайте.`, { site: 'aliexpress' })).toContain('diversion.platform');
    expect(rules(`${base} Подробности: https://myshop.ru/sale`, { site: 'aliexpress' })).toContain('diversion.link');
    expect(rules('Вы сами виноваты, надо было читать описание.', { site: 'wish' })).toContain('tone.blame');
    expect(rules('Отправим замену завтра.', { site: 'lazada', buyerComplaint: true })).toContain('tone.no-apology');
    expect(rules('Нам не жаль, отправим замену завтра.', { site: 'lazada', buyerComplaint: true })).toContain('tone.no-apology');
    expect(rules('Нам жаль, отправим замену завтра.', { site: 'lazada', buyerComplaint: true })).not.toContain('tone.no-apology');
  });
});

describe('trackingLink', () => {
  it('sends Russian Post parcels to pochta.ru, by the number’s country or by the carrier’s name', () => {
    expect(trackingLink('RA123456789RU')).toBe('https://www.pochta.ru/tracking#RA123456789RU');
    expect(trackingLink('80091234567890', 'Почта России')).toBe('https://www.pochta.ru/tracking#80091234567890');
    expect(trackingLink('rb-987-654-321-ru', 'Russian Post', 'en')).toBe('https://www.pochta.ru/tracking#RB987654321RU');
  });

  it('sends the rest to 17TRACK in the buyer’s language (English when it has no such page)', () => {
    expect(trackingLink('YT2134567890123', '云途', 'ru')).toBe('https://t.17track.net/ru#nums=YT2134567890123');
    expect(trackingLink('LB123456789CN')).toBe('https://t.17track.net/en#nums=LB123456789CN');
    expect(trackingLink('LB123456789CN', undefined, 'xx')).toBe('https://t.17track.net/en#nums=LB123456789CN');
  });

  it('gives no link for what cannot be a tracking number, so nothing the page showed reaches the buyer as a link', () => {
    for (const bad of [undefined, '', 'ABCDEFGHIJ', '1234567', '<script>alert(1)</script>', 'RA123456789RU#x=1', 'javascript:alert(1)', 'A1'.repeat(16), 'RA123456789RU https://evil.example']) {
      expect(trackingLink(bad), String(bad)).toBeUndefined();
    }
  });

  it('the guard lets exactly these pages through', () => {
    for (const link of [trackingLink('RA123456789RU')!, trackingLink('LB123456789CN', undefined, 'ru')!]) {
      expect(isTrackingLink(link)).toBe(true);
      expect(isTrackingLink(`${link}.`)).toBe(true);
      expect(rules(`Трек: ${link}.`, {})).toEqual([]);
    }
    for (const link of [
      'https://www.pochta.ru/',
      'https://www.pochta.ru/tracking?barcode=RA123456789RU',
      'https://t.17track.net.evil.ru/en#nums=RA123456789RU',
      'https://t.17track.net/en?x=1#nums=RA123456789RU',
      'https://t.17track.net/en#nums=RA123456789RU&go=evil',
      'http://user@t.17track.net/en#nums=RA123456789RU',
      'https://17track.net/en#nums=RA123456789RU',
    ]) {
      expect(isTrackingLink(link), link).toBe(false);
      expect(rules(`Трек: ${link}`, {}), link).toContain('diversion.link');
    }
  });
});
