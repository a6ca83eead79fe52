/** Attachment bytes, stored once per content hash; revisions refer to them by SHA-256. */
export interface AttachmentBlobTable {
  sha256: string;
  mime_type: string;
  size: number;
  data: Buffer;
  created_by: string;
  created_at: string;
}
