import { zoneAbbreviations } from '../../../../shared/time/formatInstant';
import { dayBounds, instantToWallTime, type ZonedInstant } from '../../../../shared/time/zonedInstant';

type Zone = ZonedInstant['zone'];

/**
 * Calendar arithmetic on plain dates (`YYYY-MM-DD`). Days are the office's days: a grid cell is
 * one day in the office zone, and an event sits on the day it starts there.
 */
const toUtc = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10));
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const addDays = (date: string, days: number) => fromUtc(toUtc(date) + days * 86_400_000);

export function addMonths(date: string, months: number): string {
  const d = new Date(toUtc(date));
  return fromUtc(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
}

/** 1 = Monday … 7 = Sunday (the Indonesian week starts on Monday). */
export const isoWeekday = (date: string) => ((new Date(toUtc(date)).getUTCDay() + 6) % 7) + 1;

export const startOfWeek = (date: string) => addDays(date, 1 - isoWeekday(date));

/** The 7 days of the week holding `date`, Monday first. */
export const weekOf = (date: string) => Array.from({ length: 7 }, (_, index) => addDays(startOfWeek(date), index));

/** Six weeks from the Monday on or before the 1st: every month fits, the grid never jumps. */
export function monthGrid(date: string): string[] {
  const first = startOfWeek(`${date.slice(0, 7)}-01`);
  return Array.from({ length: 42 }, (_, index) => addDays(first, index));
}

/** The instants a run of days covers in the office zone: the query range of a calendar view. */
export function rangeOf(days: readonly string[], zone: Zone): { from: string; to: string } {
  // `to` is exclusive (the list asks for events starting before it): the next day's first instant.
  return { from: dayBounds(days[0]!, zone)!.start, to: dayBounds(addDays(days[days.length - 1]!, 1), zone)!.start };
}

/** The office day an instant falls on. */
export const dayIn = (iso: string, zone: Zone) => instantToWallTime(iso, zone).slice(0, 10);

/** "10.00 WITA" (Indonesian) or "10:00 WITA": a time of day in the given zone, named. */
export function clock(iso: string, zone: Zone, language: 'id' | 'en'): string {
  const time = instantToWallTime(iso, zone).slice(11, 16);
  return `${language === 'id' ? time.replace(':', '.') : time} ${zoneAbbreviations[zone] ?? zone}`;
}
