import { defineProfile } from '../define-profile';
import { at } from '../page-pattern';

const market = (code: string, tld: string, timeZone: string, currency: string) => ({ code, host: `sellercentral.amazon.${tld}`, timeZone, currency });

const ORIGINS = [
  'https://sellercentral.amazon.com',
  'https://sellercentral.amazon.ca',
  'https://sellercentral.amazon.com.mx',
  'https://sellercentral.amazon.co.uk',
  'https://sellercentral.amazon.de',
  'https://sellercentral.amazon.fr',
  'https://sellercentral.amazon.it',
  'https://sellercentral.amazon.es',
  'https://sellercentral.amazon.co.jp',
  'https://sellercentral.amazon.com.au',
  'https://sellercentral-europe.amazon.com',
];

/** Amazon Seller Central: the contact-buyer compose page (site-evidence.md §8, site-evidence-2.md §1.9). */
export const amazonProfile = defineProfile({
  id: 'amazon',
  name: { 'zh-CN': '亚马逊卖家中心', en: 'Amazon Seller Central' },
  origins: ORIGINS,
  pages: [
    // A multi-line message form: Enter makes a new line; sending is the form's button.
    {
      kind: 'chat',
      adapterId: 'amazon.contact',
      match: at(ORIGINS, ['/messaging/contact*']),
      inject: at(ORIGINS, ['/messaging/*']),
      examples: [
        'https://sellercentral.amazon.com/messaging/contact?orderID=114-3941689-8772232&marketplaceID=ATVPDKIKX0DER',
        'https://sellercentral.amazon.co.uk/messaging/contact?orderID=203-5551234-1234567&marketplaceID=A1F83G8C2ARO7P',
      ],
      enterSends: false,
      fields: {
        buyerName: { selector: '.ayb-contact-buyer-header h2', fallback: 'the page heading that says Send message to <name>' },
        sendButton: { selector: 'kat-button.ayb-contact-form-send-button', fallback: 'the control that says Send' },
      },
    },
  ],
  // Amazon has no native seller note on an order: notes stay in the extension.
  remark: {},
  waitThreshold: { warnSec: 16 * 3600, lateSec: 24 * 3600 },
  timeZone: 'America/Los_Angeles',
  currency: 'USD',
  regions: [
    market('US', 'com', 'America/Los_Angeles', 'USD'),
    market('CA', 'ca', 'America/Toronto', 'CAD'),
    market('MX', 'com.mx', 'America/Mexico_City', 'MXN'),
    market('GB', 'co.uk', 'Europe/London', 'GBP'),
    market('DE', 'de', 'Europe/Berlin', 'EUR'),
    market('FR', 'fr', 'Europe/Paris', 'EUR'),
    market('IT', 'it', 'Europe/Rome', 'EUR'),
    market('ES', 'es', 'Europe/Madrid', 'EUR'),
    market('JP', 'co.jp', 'Asia/Tokyo', 'JPY'),
    market('AU', 'com.au', 'Australia/Sydney', 'AUD'),
    { code: 'EU', host: 'sellercentral-europe.amazon.com', timeZone: 'Europe/London', currency: 'EUR' },
  ],
  kpiRules: [
    {
      id: 'amazon24h',
      name: { 'zh-CN': '亚马逊 24 小时回复', en: 'Amazon 24-hour response' },
      definition: {
        'zh-CN': '亚马逊 24 小时回复：买家消息须在 24 小时内回复，周末和节假日也计算；按站点时区计天。',
        en: 'Amazon 24-hour response: buyer messages must be answered within 24 hours, weekends and holidays included; days in the marketplace’s zone.',
      },
      withinMs: 24 * 3_600_000,
    },
  ],
  platformNames: ['Amazon', '亚马逊', 'amazon'],
  ownLinkHosts: ['amazon.com', 'amazon.ca', 'amazon.com.mx', 'amazon.co.uk', 'amazon.de', 'amazon.fr', 'amazon.it', 'amazon.es', 'amazon.co.jp', 'amazon.com.au', 'amzn.to', 'a.co'],
  gaps: [
    {
      pageKinds: ['chat'],
      text: {
        'zh-CN': '只接入了“联系买家”写信页：收件箱和会话页的页面结构没有公开证据，买家的原话这里读不到；亚马逊没有订单备注。',
        en: 'Only the contact-buyer page is supported: the inbox and thread layouts have no public evidence, so the buyer’s own words are not read here; Amazon has no order note.',
      },
    },
  ],
  evidence: 'shared/domain/site-evidence.md §8; site-evidence-2.md §1.9; anchors.md (24 h including weekends)',
});
