import { z } from 'zod';
import { isOneLine } from '../controlCharacters';

/**
 * Trimmed free text up to `max` characters, possibly over several lines (tab and new lines
 * allowed; every other control character is refused at the boundary, see controlCharacters.ts);
 * the error keys are translated under `fieldErrors.`.
 */
export const text = (max: number) => z.string().trim().max(max, { error: 'too_long' });
/** Like `text`, and not empty. */
export const required = (max: number) => text(max).min(1, { error: 'required' });
/**
 * One line of text (a title, a name, a number, a search): no tab or line break either, so it
 * cannot forge a line in a list, a log or the administrator's terminal.
 */
export const line = (max: number) => text(max).refine(isOneLine, { error: 'single_line' });
/** Like `line`, and not empty. */
export const requiredLine = (max: number) => required(max).refine(isOneLine, { error: 'single_line' });
/** A record id (UUIDv7 text). */
export const idSchema = z.uuid({ error: 'id_format' });

/** A file the core made for the person to save (an export, a document, an attachment). */
export const fileSchema = z.object({ fileName: z.string(), mimeType: z.string(), dataBase64: z.string() });
/** An optional web address: empty, or http(s) only (never `javascript:` or `file:`). */
export const webLink = z.union([z.literal(''), z.url({ protocol: /^https?$/, error: 'url_format' })]);

/** Input of a channel that takes no arguments: an empty object, nothing else. */
export const noInput = z.object({}).strict();
/** Input of a channel that names one record. */
export const idInput = z.object({ id: idSchema }).strict();
