import { maxLogoBytes, type LogoInput } from '../../../shared/ipc/office';
import { fieldError } from '../kernel/validationError';
import { corePurifier } from '../security/purifier';

export interface CheckedLogo {
  mimeType: LogoInput['mimeType'];
  data: Buffer;
}

const startsWith = (data: Buffer, bytes: number[]) => bytes.every((byte, index) => data[index] === byte);

/**
 * Accepts a PNG, JPEG or SVG logo up to the size limit. The declared type must match the bytes.
 * An SVG is sanitized (no scripts, event handlers, foreign objects or external references) because
 * it is shown in the app and written into letterheads.
 */
export async function checkLogo(input: LogoInput, path: (string | number)[]): Promise<CheckedLogo> {
  const data = Buffer.from(input.dataBase64, 'base64');
  if (data.length === 0) throw fieldError(path, 'logo_invalid');
  if (data.length > maxLogoBytes) throw fieldError(path, 'logo_too_large');
  if (input.mimeType === 'image/png') {
    if (!startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) throw fieldError(path, 'logo_invalid');
    return { mimeType: input.mimeType, data };
  }
  if (input.mimeType === 'image/jpeg') {
    if (!startsWith(data, [0xff, 0xd8, 0xff])) throw fieldError(path, 'logo_invalid');
    return { mimeType: input.mimeType, data };
  }
  const text = data.toString('utf8');
  if (!/<svg[\s>]/i.test(text)) throw fieldError(path, 'logo_invalid');
  const clean = (await corePurifier()).sanitize(text, {
    USE_PROFILES: { svg: true, svgFilters: true },
    FORBID_TAGS: ['foreignObject', 'script', 'style'],
    FORBID_ATTR: ['href', 'xlink:href'],
  });
  if (!/<svg[\s>]/i.test(clean)) throw fieldError(path, 'logo_invalid');
  return { mimeType: input.mimeType, data: Buffer.from(clean, 'utf8') };
}
