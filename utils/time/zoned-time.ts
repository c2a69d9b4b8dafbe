import { CHINA_OFFSET_MS } from './china-time';

/**
 * Clock readings in a shop's own zone (IANA name): cross-border shops count their days and rule hours where they
 * sell, not in China. Offsets are cached per zone and hour (a zone's offset changes only on an hour boundary), so a
 * million-row KPI pass asks Intl about once per hour of log.
 */
export const CHINA_ZONE = 'Asia/Shanghai';
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const formats = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, number>();

const zoneChecks = new Map<string, boolean>();

/** Cached per name: every site profile is checked when a seller page's core starts, each Intl format costs ~1 ms. */
export function isTimeZone(zone: string): boolean {
  let known = zoneChecks.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    zoneChecks.set(zone, known);
  }
  return known;
}

/** The zone's offset from UTC at an instant, in ms (Asia/Jakarta → +7 h). */
export function zoneOffsetMs(zone: string, at: number): number {
  if (zone === CHINA_ZONE) return CHINA_OFFSET_MS;
  const key = `${zone}|${Math.floor(at / HOUR_MS)}`;
  const cached = offsets.get(key);
  if (cached !== undefined) return cached;
  let format = formats.get(zone);
  if (!format)
    formats.set(
      zone,
      (format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })),
    );
  const parts = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, Number(p.value)]));
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  const offset = wall - Math.floor(at / 1000) * 1000;
  offsets.set(key, offset);
  return offset;
}

/** Days since the epoch on the zone's calendar (same numbering as chinaDayNumber). */
export const zonedDayNumber = (zone: string, at: number) => Math.floor((at + zoneOffsetMs(zone, at)) / DAY_MS);
/** The hour on the zone's clock (0–23). */
export const zonedHour = (zone: string, at: number) => Math.floor(((((at + zoneOffsetMs(zone, at)) % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS);
/** The weekday on the zone's calendar, 0 = Sunday. */
export const zonedWeekday = (zone: string, at: number) => (zonedDayNumber(zone, at) + 4) % 7;

/** The instant of a wall-clock time in a zone ("2026-11-30 14:05" in Asia/Bangkok → epoch ms). */
export function zonedWallTime(zone: string, year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  // Two passes settle the offset across a daylight-saving change.
  const first = wall - zoneOffsetMs(zone, wall);
  return wall - zoneOffsetMs(zone, first);
}
