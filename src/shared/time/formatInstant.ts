import type { Language } from '../ipc/preferences';

/** Indonesia's three zones by their everyday names; no daylight saving in any of them. */
export const zoneAbbreviations: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/**
 * An instant as a person in `timeZone` reads it, with the zone's name: "28 November 2026,
 * 09.00 WIB" in Indonesian (a dot between hours and minutes), "28 November 2026, 09:00 WIB" in
 * English. Always the given zone, never the machine's by accident.
 */
export function formatInstant(
  iso: string,
  timeZone: string,
  language: Language,
  options: { seconds?: boolean } = {},
): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const locale = language === 'id' ? 'id-ID' : 'en-GB';
  const parts = new Intl.DateTimeFormat(locale, {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(options.seconds ? { second: '2-digit' } : {}),
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '';
  const separator = language === 'id' ? '.' : ':';
  const time = [get('hour'), get('minute'), ...(options.seconds ? [get('second')] : [])].join(separator);
  const zone = zoneAbbreviations[timeZone] ?? timeZone;
  return `${get('day')} ${get('month')} ${get('year')}, ${time} ${zone}`;
}
