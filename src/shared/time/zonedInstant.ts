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
