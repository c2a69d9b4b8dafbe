/**
 * A parcel's tracking page for the buyer, built from the order's tracking number and carrier (seed 000 L69: a trackable
 * number and a tracking site, the local post's where there is one). Russian Post parcels go to pochta.ru, the rest to
 * 17TRACK, which reads most posts and couriers. Only letters and digits of the number are kept, so the link is safe to
 * put in a reply whatever the page showed, and a number that cannot be one gives no link at all (the variable is then
 * missing and the send guard holds the reply).
 */

const MAX_NUMBER = 30;
/** UPU S10 numbers end in the country of the post that accepted the parcel (RA123456789RU). */
const RUSSIAN_S10 = /^[A-Z]{2}\d{9}RU$/;
const RUSSIAN_POST = /почта|pochta|russian\s*post|ems\s*russia/i;
const LANGUAGES = new Set(['en', 'ru', 'zh-cn', 'de', 'fr', 'es', 'pt', 'it', 'ja', 'ko']);

/** The number as a carrier prints it, upper-case, separators dropped; undefined when it is not 8–30 letters and digits. */
export function normalTrackingNumber(raw: string | undefined): string | undefined {
  const number = raw?.toUpperCase().replace(/[\s\-_.·]/g, '');
  return number && /^[A-Z0-9]{8,}$/.test(number) && number.length <= MAX_NUMBER && /\d/.test(number) ? number : undefined;
}

export function trackingLink(trackingNo: string | undefined, carrier?: string, language = 'en'): string | undefined {
  const number = normalTrackingNumber(trackingNo);
  if (!number) return undefined;
  if (RUSSIAN_S10.test(number) || (carrier && RUSSIAN_POST.test(carrier))) return `https://www.pochta.ru/tracking#${number}`;
  const lang = LANGUAGES.has(language.toLowerCase()) ? language.toLowerCase() : 'en';
  return `https://t.17track.net/${lang}#nums=${number}`;
}

/**
 * Whether a link in a reply is one of the tracking pages this module builds: a parcel's page at pochta.ru or 17TRACK,
 * nothing else on those sites. The send guard lets those through (a buyer reading where the parcel is stays on the
 * platform's side of the conversation); any other link is still diversion.
 */
export function isTrackingLink(text: string): boolean {
  const link = text.replace(/[.,;:!?)\]»”'"]+$/, '');
  if (!/^https?:\/\//i.test(link) || !URL.canParse(link)) return false;
  const url = new URL(link);
  if (url.search || url.username || url.password || url.port) return false;
  const pochta = /^(www\.)?pochta\.ru$/.test(url.hostname) && url.pathname === '/tracking' && /^#[A-Z0-9]{8,30}$/.test(url.hash);
  const seventeen = url.hostname === 't.17track.net' && /^\/([a-z]{2}(-[a-z]{2})?)?$/.test(url.pathname) && /^#nums=[A-Z0-9]{8,30}$/.test(url.hash);
  return pochta || seventeen;
}
