type Token = 'YYYY' | 'MM' | 'DD' | 'HH' | 'mm' | 'ss';
const TOKEN_RE = /YYYY|MM|DD|HH|mm|ss/g;

/** The clock as the format writes it, in the format's time zone (China time by default, whatever the machine's zone). */
export function formatRemarkTime(date: Date, pattern: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const values: Record<Token, string> = { YYYY: part('year'), MM: part('month'), DD: part('day'), HH: part('hour'), mm: part('minute'), ss: part('second') };
  return pattern.replace(TOKEN_RE, (token) => values[token as Token]);
}

/** Whether a written time matches the pattern and is a real calendar time. */
export function isRemarkTime(text: string, pattern: string): boolean {
  const order: Token[] = [];
  const source = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(TOKEN_RE, (token) => {
    order.push(token as Token);
    return token === 'YYYY' ? '(\\d{4})' : '(\\d{2})';
  });
  const match = new RegExp(`^${source}$`).exec(text);
  if (!match) return false;
  const value = (token: Token, fallback: number) => {
    const i = order.indexOf(token);
    return i < 0 ? fallback : Number(match[i + 1]);
  };
  const [y, mo, d, h, mi, s] = [value('YYYY', 2000), value('MM', 1), value('DD', 1), value('HH', 0), value('mm', 0), value('ss', 0)];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && h < 24 && mi < 60 && s < 60;
}
