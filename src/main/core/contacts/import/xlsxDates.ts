/**
 * Which cells of a spreadsheet hold dates: a number whose style's number format is a date one.
 * Built-in formats 14–22 and 45–47 are dates and times in every locale; 27–36 and 50–58 are the
 * East Asian date formats. A custom format is a date when, outside quoted text, escapes and
 * [colour]/[$-locale] sections, it uses day, month or year codes.
 */
const builtInDates = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

export function isDateFormat(id: number, code: string | undefined): boolean {
  if (builtInDates.has(id)) return true;
  if (!code) return false;
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return /[dmy]/i.test(bare) && !/^general$/i.test(bare.trim());
}

const dayMs = 86_400_000;

/**
 * A spreadsheet date serial as an ISO day. The 1900 system counts from 1899-12-30 (Excel's
 * phantom 29 February 1900 makes every serial from 61 on land right from that epoch); the 1904
 * system from 1904-01-01. Null for what cannot be a date.
 */
export function serialToIsoDay(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.floor(serial + 1e-9) * dayMs).toISOString().slice(0, 10);
}
