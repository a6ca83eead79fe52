/*
 * Finding an official figure in a statement's own words. Bookkeeping alone (which version a draft
 * "quotes") cannot keep an old number out of a release: the drafter may edit around the quote, drop
 * it, or type the number by hand. So the text itself is read: the core refuses to submit a draft
 * whose title, summary or body still holds a superseded value, and the editor replaces the old
 * value where it stands.
 *
 * A value is found as a whole number (not inside a longer one) in any of the ways a desk writes it
 * — 1.250 (Indonesian), 1,250 (English), 1250 — followed by the figure's unit when it has one
 * ("1.250 akun"). A unit-less figure is read only from three digits up: "3" alone is in every date.
 */

export interface FigureMatch {
  /** Offsets in the text searched: [start, end). */
  start: number;
  end: number;
  /** The text found, e.g. "1.250 akun". */
  text: string;
}

const locales = ['id-ID', 'en-GB'] as const;

/** Every common spelling of a value: grouped and ungrouped, with either decimal mark. */
export function numberSpellings(value: number): string[] {
  const spellings = new Set<string>();
  for (const locale of locales) {
    for (const useGrouping of [true, false]) {
      spellings.add(new Intl.NumberFormat(locale, { useGrouping, maximumFractionDigits: 6 }).format(value));
    }
  }
  // Longest first, so "1.250" wins over a shorter spelling at the same place.
  return [...spellings].sort((a, b) => b.length - a.length);
}

/** A value as the statement's language writes it ("1.250" in Indonesian, "1,250" in English). */
export function formatFigureValue(value: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 6 }).format(value);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a figure is distinctive enough to be read from text (see the note above). */
export function readableInText(value: number, unit: string): boolean {
  return unit.trim() !== '' || Math.abs(value) >= 100;
}

/** Where a figure's value (with its unit, when it has one) stands in the text. */
export function findFigure(text: string, value: number, unit: string): FigureMatch[] {
  if (!readableInText(value, unit)) return [];
  const number = numberSpellings(value).map(escape).join('|');
  const unitPart = unit.trim() ? `\\s*${escape(unit.trim())}(?![\\p{L}\\p{N}])` : '';
  // Not inside a longer number on either side ("11.250", "1.2500", "1.250,5").
  const pattern = new RegExp(`(?<![\\p{N}]|[.,]\\p{N})(?:${number})(?![\\p{N}]|[.,]\\p{N})${unitPart}`, 'giu');
  return [...text.matchAll(pattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
  }));
}

export interface FigureVersion {
  seriesId: string;
  label: string;
  value: number;
  unit: string;
  version: number;
}

export interface StaleFigure {
  seriesId: string;
  label: string;
  unit: string;
  /** The superseded value the text still holds, and the text as found. */
  old: number;
  found: string;
  /** The series' current value. */
  current: number;
}

/**
 * The superseded values of the crisis's figures that the text still holds: for each series, every
 * older version whose value differs from the newest one's.
 */
export function staleFiguresInText(text: string, figures: readonly FigureVersion[]): StaleFigure[] {
  const newest = new Map<string, FigureVersion>();
  for (const figure of figures) {
    const known = newest.get(figure.seriesId);
    if (!known || figure.version > known.version) newest.set(figure.seriesId, figure);
  }
  const stale: StaleFigure[] = [];
  const seen = new Set<string>();
  for (const figure of figures) {
    const current = newest.get(figure.seriesId)!;
    const key = `${figure.seriesId}:${figure.value}`;
    if (figure === current || figure.value === current.value || seen.has(key)) continue;
    seen.add(key);
    const [match] = findFigure(text, figure.value, figure.unit);
    if (match) {
      stale.push({
        seriesId: figure.seriesId,
        label: figure.label,
        unit: figure.unit,
        old: figure.value,
        found: match.text,
        current: current.value,
      });
    }
  }
  return stale;
}
