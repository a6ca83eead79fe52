import { maxImportBytes } from './contactImport';
import type { Channel } from './contract';
import { maxScreenshotBytes } from './hoaxes';
import { maxAttachmentBytes } from './statements';

/**
 * The largest request body each channel reads, before its input is even validated: a transport
 * stops reading (413) past it, so a hostile client cannot make the desk buffer tens of megabytes
 * for a channel that takes a few fields. Only the upload and import channels take files.
 */
const base64Of = (bytes: number) => Math.ceil(bytes / 3) * 4;
/** Room for the JSON around a file (its name, type and other fields). */
const envelope = 64 * 1024;

/**
 * Every other channel: a statement's body (400,000 characters of JSON, up to three bytes each in
 * UTF-8) with its other fields, or an office profile with its logo, fits well inside.
 */
export const defaultBodyBytes = 2 * 1024 * 1024;

const largeBodies: Partial<Record<Channel, number>> = {
  'contacts.importOpen': base64Of(maxImportBytes) + envelope,
  'statements.uploadAttachment': base64Of(maxAttachmentBytes) + envelope,
  'hoaxes.uploadScreenshot': base64Of(maxScreenshotBytes) + envelope,
  // The rows chosen in the contacts table: up to 100,000 ids of 38 bytes each in JSON.
  'contacts.export': 100_000 * 39 + envelope,
};

export function bodyLimitFor(channel: string): number {
  return largeBodies[channel as Channel] ?? defaultBodyBytes;
}
