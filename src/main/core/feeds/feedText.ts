import { XMLParser, XMLValidator, type X2jOptions } from 'fast-xml-parser';
import iconv from 'iconv-lite';

/**
 * A feed's bytes as text. The charset comes from, in order: a byte-order mark, the HTTP
 * `Content-Type`, the XML declaration (`<?xml … encoding="ISO-8859-1"?>`); without any, UTF-8
 * when the bytes are valid UTF-8, else Windows-1252 (what a misconfigured Indonesian CMS sends).
 * A feed that changes encoding between two polls is read right each time: nothing is remembered.
 */
export function feedText(bytes: Uint8Array, contentType: string | null): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return buffer.subarray(3).toString('utf8');
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return iconv.decode(buffer.subarray(2), 'utf-16le');
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return iconv.decode(buffer.subarray(2), 'utf-16be');
  const declared = charsetOf(contentType) ?? declaredEncoding(buffer);
  if (declared && iconv.encodingExists(declared)) return iconv.decode(buffer, declared);
  return isUtf8(buffer) ? buffer.toString('utf8') : iconv.decode(buffer, 'windows-1252');
}

function charsetOf(contentType: string | null): string | null {
  const match = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '');
  return match?.[1]?.toLowerCase() ?? null;
}

/** The encoding an XML declaration names: it is ASCII whatever follows, so reading it as Latin-1 is safe. */
function declaredEncoding(buffer: Buffer): string | null {
  const head = buffer.subarray(0, 200).toString('latin1');
  const match = /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
}

function isUtf8(buffer: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    return true;
  } catch {
    return false;
  }
}

/**
 * No feed Siaga reads needs a document type, and one is how an XML file defines entities that
 * expand a few bytes into gigabytes: refused before any parser sees the text.
 */
export function refuseDocumentType(text: string): void {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    throw new FeedFormatError('document_type');
  }
}

/** Why a feed's text could not be read: a reason word the desk's feed status translates. */
export class FeedFormatError extends Error {
  constructor(readonly reason: 'document_type' | 'not_xml' | 'not_json' | 'not_a_feed' | 'not_cap') {
    super(`The feed cannot be read: ${reason}`);
  }
}

/**
 * An XML feed parsed to plain objects: refused if it has a document type (above) or is not
 * well-formed — the parser alone reads a truncated download as a shorter document.
 */
export function parseFeedXml(text: string, options: X2jOptions): unknown {
  refuseDocumentType(text);
  if (!text.trimStart().startsWith('<') || XMLValidator.validate(text) !== true) throw new FeedFormatError('not_xml');
  return new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: true, ...options }).parse(text);
}
