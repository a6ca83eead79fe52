import type { OfficeTimeZone } from '../ipc/office';

const romanMonths = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** Year and month of an instant as the office's zone sees it (30 December 23.30 UTC is already 31 December in WIB). */
export function officeYearMonth(at: Date, zone: OfficeTimeZone): { year: number; month: number } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: 'numeric' }).formatToParts(
    at,
  );
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return { year: get('year'), month: get('month') };
}

/** Renders a numbering pattern such as `{seq}/SP/HUMAS/{month_roman}/{year}` for one sequence value. */
export function formatStatementNumber(pattern: string, seq: number, at: Date, zone: OfficeTimeZone): string {
  const { year, month } = officeYearMonth(at, zone);
  const values: Record<string, string> = {
    seq: String(seq).padStart(3, '0'),
    month_roman: romanMonths[month - 1] ?? '',
    month: String(month).padStart(2, '0'),
    year: String(year),
  };
  return pattern.replace(/\{([a-z_]+)\}/g, (whole, token: string) => values[token] ?? whole);
}

/** The counter a number is drawn from: per calendar year (office zone) or one for all time. */
export function numberingScope(reset: 'yearly' | 'never', at: Date, zone: OfficeTimeZone): string {
  return reset === 'yearly' ? String(officeYearMonth(at, zone).year) : 'all';
}
