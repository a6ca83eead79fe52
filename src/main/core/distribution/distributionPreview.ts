import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DistributionPreview, previewInputSchema } from '../../../shared/ipc/distribution';
import { renderCaption } from '../../../shared/statements/outputs/captionOutput';
import { renderWhatsApp } from '../../../shared/statements/outputs/whatsappOutput';
import { renderXThread } from '../../../shared/statements/outputs/xThreadOutput';
import type { Database } from '../db/schema';
import { notFound } from '../kernel/errors';
import { outputInput } from '../statements/exportService';
import { findStatementRow } from '../statements/statementRepository';
import { resolveAudience } from './audience';
import { mailContent } from './mailMessage';
import { readMailSettingsRow } from './mailSettings';
import { distributable, type CreateInput } from './releaseJobs';
import { whatsappLinks } from './whatsappLinks';

type PreviewInput = z.output<typeof previewInputSchema>;

/** How many people an audience reaches on `today` (the office day: opt-outs and lists as they stand). */
export async function audienceCount(db: Kysely<Database>, audience: CreateInput['audience'], today: string) {
  const resolved = await resolveAudience(db, audience, today);
  return { recipients: resolved.recipients.length };
}

/** Everything the dialog shows before anything is sent: counts, and each channel's text. */
export async function previewDistribution(
  db: Kysely<Database>,
  input: PreviewInput,
  today: string,
): Promise<DistributionPreview> {
  const row = await findStatementRow(db, input.statementId);
  if (!row) throw notFound('statement', input.statementId);
  const output = await outputInput(db, row.id);
  const revision = await db
    .selectFrom('statement_revision')
    .select(['hash'])
    .where('id', '=', row.current_revision_id)
    .executeTakeFirstOrThrow();
  const resolved = await resolveAudience(db, input.audience, today);
  const email = await mailContent(output, revision.hash, 'none');
  const whatsapp = renderWhatsApp(output);
  const mail = await readMailSettingsRow(db);
  return {
    statementId: row.id,
    revisionId: row.current_revision_id,
    revisionNo: row.revision_no,
    blocked: distributable.has(row.status) ? null : 'notApproved',
    embargoAt: row.embargo_at,
    recipients: resolved.recipients.length,
    skipped: resolved.skipped,
    email: { subject: email.subject, html: email.html, text: email.text },
    whatsapp,
    whatsappLinks: await whatsappLinks(db, resolved.reachableIds, whatsapp),
    xThread: renderXThread(output),
    caption: renderCaption(output),
    mailConfigured: mail !== undefined,
  };
}
