import { safeFileName } from '../../../shared/safeFileName';
import type { WriteScope } from '../kernel/writeScope';
import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { maxAttachmentBytes, type AttachmentRef, type attachmentMimeTypes } from '../../../shared/ipc/statements';
import type { SessionActor } from '../kernel/context';
import type { Database } from '../db/schema';
import { notFound } from '../kernel/errors';
import { fieldError } from '../kernel/validationError';

export type AttachmentMime = (typeof attachmentMimeTypes)[number];

const startsWith = (data: Buffer, bytes: number[]) => bytes.every((byte, index) => data[index] === byte);
const zip = [0x50, 0x4b, 0x03, 0x04];

/** The declared type must match the bytes: a renamed executable is not a PDF. */
function bytesMatch(mimeType: AttachmentMime, data: Buffer): boolean {
  switch (mimeType) {
    case 'application/pdf':
      return data.subarray(0, 5).toString('latin1') === '%PDF-';
    case 'image/png':
      return startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case 'image/jpeg':
      return startsWith(data, [0xff, 0xd8, 0xff]);
    case 'application/vnd.openxmlformats-officedocument.wordprocessingml.document':
    case 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet':
      return startsWith(data, zip);
    case 'text/csv':
    case 'text/plain':
      // Text: valid UTF-8 and no NUL bytes.
      return !data.includes(0) && Buffer.from(data.toString('utf8'), 'utf8').equals(data);
  }
}

/** The name an upload is kept and offered under (see shared/safeFileName.ts). */
export const uploadFileName = safeFileName;

/**
 * Checks an upload (not empty, within the limit, bytes of the declared type) and names it by its
 * SHA-256. Statement attachments and hoax screenshots both come through here.
 */
export function checkUpload(
  input: { fileName: string; mimeType: AttachmentMime; dataBase64: string },
  limit = maxAttachmentBytes,
): { data: Buffer; sha256: string; fileName: string } {
  const data = Buffer.from(input.dataBase64, 'base64');
  if (data.length === 0) throw fieldError(['dataBase64'], 'attachment_empty');
  if (data.length > limit) throw fieldError(['dataBase64'], 'attachment_too_large');
  if (!bytesMatch(input.mimeType, data)) throw fieldError(['mimeType'], 'attachment_type_mismatch');
  const sha256 = createHash('sha256').update(data).digest('hex');
  return { data, sha256, fileName: uploadFileName(input.fileName) };
}

/** Stores checked bytes once per content hash (a second upload of the same bytes keeps the first). */
export async function insertBlob(
  trx: Transaction<Database>,
  blob: { sha256: string; mimeType: string; data: Buffer },
  actorId: string,
  at: string,
): Promise<void> {
  await trx
    .insertInto('attachment_blob')
    .values({
      sha256: blob.sha256,
      mime_type: blob.mimeType,
      size: blob.data.length,
      data: blob.data,
      created_by: actorId,
      created_at: at,
    })
    .onConflict((clause) => clause.column('sha256').doNothing())
    .execute();
}

/** Stores an upload once per content hash and returns the reference a revision will hold. */
export async function uploadAttachment(
  w: WriteScope<SessionActor>,
  input: { fileName: string; mimeType: AttachmentMime; dataBase64: string },
): Promise<AttachmentRef> {
  const { data, sha256, fileName } = checkUpload(input);
  await insertBlob(w.trx, { sha256, mimeType: input.mimeType, data }, w.actor.accountId, w.at);
  await w.audit('attachment.uploaded', 'attachment', sha256, { fileName, size: data.length, mimeType: input.mimeType });
  return { sha256, fileName, mimeType: input.mimeType, size: data.length };
}

/** An attachment's bytes, only through a statement one of whose revisions refers to it. */
export async function readAttachment(db: Kysely<Database>, statementId: string, sha256: string) {
  const revisions = await db
    .selectFrom('statement_revision')
    .select('content_json')
    .where('statement_id', '=', statementId)
    .orderBy('revision_no', 'desc')
    .execute();
  for (const revision of revisions) {
    const content = JSON.parse(revision.content_json) as { attachments: AttachmentRef[] };
    const ref = content.attachments.find((attachment) => attachment.sha256 === sha256);
    if (!ref) continue;
    const blob = await db.selectFrom('attachment_blob').select('data').where('sha256', '=', sha256).executeTakeFirst();
    if (!blob) break;
    return { fileName: ref.fileName, mimeType: ref.mimeType, dataBase64: Buffer.from(blob.data).toString('base64') };
  }
  throw notFound('attachment', sha256);
}
