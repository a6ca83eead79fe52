import { z } from 'zod';
import { attachmentChoices, distributionChannels } from '../distribution/vocabulary';
import { idSchema } from './fields';

/** Who a release goes to: lists and segments, and people picked one by one. */
export const releaseAudienceSchema = z
  .object({
    listIds: z.array(idSchema).max(200).default([]),
    contactIds: z.array(idSchema).max(10_000).default([]),
  })
  .strict();
export type ReleaseAudience = z.output<typeof releaseAudienceSchema>;

/**
 * Arming a release: the distribution is prepared with the draft and the final approval sends it.
 * `null` channels disarms it (distribution is then a separate act again).
 */
export const armReleaseSchema = z
  .object({
    statementId: idSchema,
    plan: z
      .object({
        channels: z.array(z.enum(distributionChannels)).min(1, { error: 'required' }),
        audience: releaseAudienceSchema,
        attachment: z.enum(attachmentChoices).default('pdf'),
      })
      .strict()
      .nullable(),
  })
  .strict();
export type ArmRelease = z.input<typeof armReleaseSchema>;

/** What the final approval will send (shown to the approver), or what it sent. */
export const releasePlanSchema = z.object({
  channels: z.array(z.enum(distributionChannels)),
  audience: z.object({ listIds: z.array(z.string()), contactIds: z.array(z.string()) }),
  /** The lists' names and how many people were picked one by one, for the approver to read. */
  listNames: z.array(z.string()),
  /** Reachable by e-mail now (do-not-contact and inactive left out). */
  recipients: z.number().int(),
  attachment: z.enum(attachmentChoices),
  armedBy: z.object({ id: z.string(), fullName: z.string() }),
  armedAt: z.string(),
  /** The job the final approval made. */
  distributionId: z.string().nullable(),
  /** Why the final approval could not send it (`smtpNotConfigured`, `noRecipients`); a person distributes instead. */
  blocked: z.string().nullable(),
});
export type ReleasePlan = z.output<typeof releasePlanSchema>;
