import { defineProfile } from '../define-profile';
import { at } from '../page-pattern';
import { market, marketsOn, originsOf, withMarkets } from '../markets';
import { chatPage, gap, hours, kpiRule, zhEn } from '../profile-parts';

const MARKETS = [
  ...marketsOn((tld) => `sellercentral.amazon.${tld}`, { US: 'com', CA: 'ca', MX: 'com.mx', GB: 'co.uk', DE: 'de', FR: 'fr', IT: 'it', ES: 'es', JP: 'co.jp', AU: 'com.au' }),
  market('EU', 'sellercentral-europe.amazon.com'),
];
const ORIGINS = originsOf(MARKETS);

/** Amazon Seller Central: the contact-buyer compose page (site-evidence.md §8, site-evidence-2.md §1.9). */
export const amazonProfile = defineProfile({
  id: 'amazon',
  name: zhEn('亚马逊卖家中心', 'Amazon Seller Central'),
  origins: ORIGINS,
  pages: [
    // A multi-line message form: Enter makes a new line; sending is the form's button.
    chatPage({
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
    }),
  ],
  // Amazon has no native seller note on an order: notes stay in the extension.
  remark: {},
  waitThreshold: { warnSec: 16 * 3600, lateSec: 24 * 3600 },
  ...withMarkets(MARKETS, 'US'),
  kpiRules: [
    kpiRule('amazon24h', { withinMs: hours(24) }, zhEn('亚马逊 24 小时回复', 'Amazon 24-hour response'), {
      'zh-CN': '亚马逊 24 小时回复：买家消息须在 24 小时内回复，周末和节假日也计算；按站点时区计天。',
      en: 'Amazon 24-hour response: buyer messages must be answered within 24 hours, weekends and holidays included; days in the marketplace’s zone.',
    }),
  ],
  platformNames: ['Amazon', '亚马逊', 'amazon'],
  ownLinkHosts: ['amazon.com', 'amazon.ca', 'amazon.com.mx', 'amazon.co.uk', 'amazon.de', 'amazon.fr', 'amazon.it', 'amazon.es', 'amazon.co.jp', 'amazon.com.au', 'amzn.to', 'a.co'],
  gaps: [
    gap(['chat'], {
      'zh-CN': '只接入了“联系买家”写信页：收件箱和会话页的页面结构没有公开证据，买家的原话这里读不到；亚马逊没有订单备注。',
      en: 'Only the contact-buyer page is supported: the inbox and thread layouts have no public evidence, so the buyer’s own words are not read here; Amazon has no order note.',
    }),
  ],
  evidence: 'shared/domain/site-evidence.md §8; site-evidence-2.md §1.9; anchors.md (24 h including weekends)',
});
