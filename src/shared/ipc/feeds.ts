import { z } from 'zod';
import { idSchema, requiredLine } from './fields';

/** What a feed carries: BMKG's earthquake lists, CAP warnings (a document or an index of them), an outlet's news. */
export const feedKinds = ['bmkg_quake', 'cap', 'news'] as const;
export type FeedKind = (typeof feedKinds)[number];

/** How often a feed may be asked: BMKG updates within minutes; once a day is the slowest useful. */
export const feedIntervalLimits = { min: 1, max: 1440 } as const;

/** A feed to subscribe to. */
export const newFeedSchema = z
  .object({
    kind: z.enum(feedKinds),
    name: requiredLine(200),
    url: z.url({ protocol: /^https?$/, error: 'url_format' }).max(2000, { error: 'too_long' }),
    /** A news feed's outlet (its stories are that outlet's pickup); none for the other kinds. */
    outletId: idSchema.nullable(),
    intervalMinutes: z.number().int().min(feedIntervalLimits.min).max(feedIntervalLimits.max),
  })
  .strict();
export type NewFeed = z.infer<typeof newFeedSchema>;

/** A feed as the desk sees it: what it is and how it is doing. */
export interface FeedSummary {
  id: string;
  kind: FeedKind;
  name: string;
  url: string;
  outletId: string | null;
  intervalMinutes: number;
  active: boolean;
  lastPolledAt: string | null;
  lastSuccessAt: string | null;
  /** A reason word of the last failure (translated under `feeds.error.`), null when the last poll worked. */
  lastError: string | null;
  lastErrorAt: string | null;
  failures: number;
  nextPollAt: string | null;
  signals: number;
}
