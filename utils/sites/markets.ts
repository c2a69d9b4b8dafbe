/**
 * The zone each market's seller centres count days in and the currency they price in: a fact of the market, the same
 * on every marketplace that has it (Shopee, Lazada, TikTok Shop and Amazon all keep Bangkok time and baht for TH).
 */
const MARKETS = {
  AU: ['Australia/Sydney', 'AUD'],
  BR: ['America/Sao_Paulo', 'BRL'],
  CA: ['America/Toronto', 'CAD'],
  CN: ['Asia/Shanghai', 'CNY'],
  DE: ['Europe/Berlin', 'EUR'],
  ES: ['Europe/Madrid', 'EUR'],
  // Amazon's pan-European account (sellercentral-europe.amazon.com).
  EU: ['Europe/London', 'EUR'],
  FR: ['Europe/Paris', 'EUR'],
  GB: ['Europe/London', 'GBP'],
  ID: ['Asia/Jakarta', 'IDR'],
  IT: ['Europe/Rome', 'EUR'],
  JP: ['Asia/Tokyo', 'JPY'],
  MX: ['America/Mexico_City', 'MXN'],
  MY: ['Asia/Kuala_Lumpur', 'MYR'],
  PH: ['Asia/Manila', 'PHP'],
  SG: ['Asia/Singapore', 'SGD'],
  TH: ['Asia/Bangkok', 'THB'],
  TW: ['Asia/Taipei', 'TWD'],
  US: ['America/Los_Angeles', 'USD'],
  VN: ['Asia/Ho_Chi_Minh', 'VND'],
} as const satisfies Record<string, readonly [timeZone: string, currency: string]>;

export type MarketCode = keyof typeof MARKETS;

/** A site's market on a host of its own, in the market's zone; `currency` where the site prices in another (AliExpress). */
export function market(code: MarketCode, host: string, currency: string = MARKETS[code][1]) {
  return { code, host, timeZone: MARKETS[code][0], currency };
}

/** A site's markets whose hosts differ in one part, in the order given: `marketsOn((tld) => `sellercenter.lazada.${tld}`, { SG: 'sg', … })`. */
export const marketsOn = (host: (part: string) => string, parts: Partial<Record<MarketCode, string>>) => Object.entries(parts).map(([code, part]) => market(code as MarketCode, host(part)));

/** The origins of a site whose markets each have a host of their own. */
export const originsOf = (markets: readonly { host: string }[]): string[] => markets.map((m) => `https://${m.host}`);

/**
 * A profile's markets with the zone and currency of the one it falls back on where a page's host names no market
 * (`timeZone`, `currency`, `regions` of the profile): `...withMarkets(MARKETS, 'SG')`.
 */
export function withMarkets<Market extends { code: string; timeZone: string; currency: string }>(markets: Market[], home: MarketCode) {
  const fallback = markets.find((m) => m.code === home);
  if (!fallback) throw new Error(`no market ${home} among ${markets.map((m) => m.code).join(', ')}`);
  return { timeZone: fallback.timeZone, currency: fallback.currency, regions: markets };
}
