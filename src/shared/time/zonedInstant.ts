import { z } from 'zod';
import { officeTimeZones } from '../ipc/office';

/** An ISO-8601 UTC instant ending in `Z`, as stored everywhere in Siaga. */
export const isoInstantSchema = z.iso.datetime({ offset: false, error: 'instant_format' });

/**
 * A scheduled wall time: the instant plus the Indonesian zone it was set in, so it is shown as
 * the person who scheduled it meant it ("10.00 WITA"), whatever zone the reader's machine is in.
 */
export const zonedInstantSchema = z
  .object({
    at: isoInstantSchema,
    zone: z.enum(officeTimeZones),
  })
  .strict();

export type ZonedInstant = z.output<typeof zonedInstantSchema>;

/** Fixed UTC offsets: Indonesia has no daylight saving, so a zone is one offset all year. */
export const zoneOffsets: Record<z.output<typeof zonedInstantSchema>['zone'], string> = {
  'Asia/Jakarta': '+07:00',
  'Asia/Makassar': '+08:00',
  'Asia/Jayapura': '+09:00',
};

/** A wall time typed as `YYYY-MM-DDTHH:mm` in `zone`, as a UTC instant; null when it is not a valid time. */
export function wallTimeToInstant(local: string, zone: ZonedInstant['zone']): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return null;
  const date = new Date(`${local}:00.000${zoneOffsets[zone]}`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The `YYYY-MM-DDTHH:mm` wall time of an instant in `zone` (for a datetime-local input). */
export function instantToWallTime(iso: string, zone: ZonedInstant['zone']): string {
  const hours = Number(zoneOffsets[zone].slice(1, 3));
  const shifted = new Date(new Date(iso).getTime() + hours * 3600_000);
  return shifted.toISOString().slice(0, 16);
}

/**
 * A calendar day (`YYYY-MM-DD`) in an Indonesian zone as its first and last instant (inclusive),
 * for "from / until" date filters; null when the text is not a date.
 */
export function dayBounds(date: string, zone: ZonedInstant['zone']): { start: string; end: string } | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const start = wallTimeToInstant(`${date}T00:00`, zone);
  if (!start) return null;
  return { start, end: new Date(new Date(start).getTime() + 24 * 3600_000 - 1).toISOString() };
}
