/*
 * Dates and times as an Indonesian desk writes them — day before month, 24-hour clock, a dot
 * between hours and minutes ("04/12/2026 10.00"; "10:00" in English) — never as the browser's
 * locale would ("12/04/2026, 10:00 AM"). Typing is forgiving: "4-12-2026 9.5" is not a time, but
 * "4/12/2026 9.05", "04.12.2026 09:05" and the ISO form "2026-12-04T09:05" all are.
 */

/** "2026-12-04" → "04/12/2026". */
export function formatDayText(day: string): string {
  const [year, month, date] = day.split('-');
  return year && month && date ? `${date}/${month}/${year}` : day;
}

/** "2026-12-04T10:00" → "04/12/2026 10.00" (Indonesian) or "04/12/2026 10:00". */
export function formatWallText(wall: string, language: string): string {
  const [day, time = ''] = wall.split('T');
  const hhmm = time.slice(0, 5);
  return `${formatDayText(day ?? '')} ${language === 'en' ? hhmm : hhmm.replace(':', '.')}`.trim();
}

const pad = (value: number) => String(value).padStart(2, '0');

function realDay(year: number, month: number, date: number): string | null {
  const utc = new Date(Date.UTC(year, month - 1, date));
  if (utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== date) return null;
  if (year < 1900 || year > 2200) return null;
  return `${year}-${pad(month)}-${pad(date)}`;
}

/** A typed day ("4/12/2026", "04-12-2026", "04.12.2026", "2026-12-04") as ISO, or null. */
export function parseDayText(text: string): string | null {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (iso) return realDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const local = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (local) return realDay(Number(local[3]), Number(local[2]), Number(local[1]));
  return null;
}

/** A typed time ("9.05", "09:05", "0905") as "HH:MM", or null. */
export function parseTimeText(text: string): string | null {
  const match = /^(\d{1,2})(?:[.:]?(\d{2}))$/.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${pad(hours)}:${pad(minutes)}`;
}

/** A typed day and time as the wall time "YYYY-MM-DDTHH:MM", or null. */
export function parseWallText(text: string): string | null {
  const value = text.trim();
  const iso = /^(\d{4}-\d{1,2}-\d{1,2})[T ](\d{1,2}[.:]\d{2})$/.exec(value);
  const local = /^(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})[ ,]+(\d{1,2}[.:]?\d{2})$/.exec(value);
  const parts = iso ?? local;
  if (!parts) return null;
  const day = parseDayText(parts[1]!);
  const time = parseTimeText(parts[2]!);
  return day && time ? `${day}T${time}` : null;
}
