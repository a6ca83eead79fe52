import iconv from 'iconv-lite';

/** The encodings a contact file may come in; what Excel and phones write in Indonesian offices. */
/** `mixed`: some lines UTF-8, some Windows-1252 — a list pasted together from two sources. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'mixed';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** NUL characters removed from the text (a sign of a wrongly saved file, never meaningful). */
  nulsRemoved: number;
}

const startsWith = (data: Uint8Array, bytes: number[]) => bytes.every((byte, index) => data[index] === byte);

/**
 * Heuristic for UTF-16 without a BOM: in Latin text every other byte is zero. Only trusted when the
 * pattern is strong, so a binary file with some NULs is not mistaken for UTF-16.
 */
function guessUtf16(data: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = data.subarray(0, Math.min(data.length, 4096));
  if (sample.length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < sample.length; index += 1) {
    if (sample[index] === 0) {
      if (index % 2 === 0) evenZeros += 1;
      else oddZeros += 1;
    }
  }
  const half = sample.length / 2;
  if (oddZeros > half * 0.6 && evenZeros < half * 0.05) return 'utf-16le';
  if (evenZeros > half * 0.6 && oddZeros < half * 0.05) return 'utf-16be';
  return null;
}

// Node's TextDecoder decodes "windows-1252" as Latin-1 (0x80 is not €, 0x93 not “): iconv-lite
// has the real table.
const decodeWindows1252 = (bytes: Uint8Array) => iconv.decode(Buffer.from(bytes), 'win1252');

/**
 * A file whose lines disagree: each line that is valid UTF-8 and uses it (a byte over 0x7F) is
 * read as UTF-8, every other line as Windows-1252. Null when no line is UTF-8 (plain Windows-1252).
 */
function decodeMixed(bytes: Uint8Array): string | null {
  const strict = new TextDecoder('utf-8', { fatal: true });
  const lines: string[] = [];
  let sawUtf8 = false;
  let start = 0;
  for (let index = 0; index <= bytes.length; index += 1) {
    if (index < bytes.length && bytes[index] !== 0x0a) continue;
    const line = bytes.subarray(start, Math.min(index + 1, bytes.length));
    start = index + 1;
    if (!line.some((byte) => byte > 0x7f)) {
      lines.push(decodeWindows1252(line));
      continue;
    }
    try {
      lines.push(strict.decode(line));
      sawUtf8 = true;
    } catch {
      lines.push(decodeWindows1252(line));
    }
  }
  return sawUtf8 ? lines.join('') : null;
}

/**
 * Bytes of a text file as text: a BOM decides (UTF-8, UTF-16 LE/BE); else UTF-16 by its zero
 * pattern; else UTF-8 if the bytes are valid UTF-8; else Windows-1252 (what Excel on Windows
 * writes for "CSV"), which can decode any byte — line by line when some lines are UTF-8 (`mixed`).
 * NUL characters are dropped and counted.
 */
export function decodeText(data: Uint8Array): DecodedText {
  let encoding: TextEncoding;
  let body = data;
  if (startsWith(data, [0xef, 0xbb, 0xbf])) {
    encoding = 'utf-8';
    body = data.subarray(3);
  } else if (startsWith(data, [0xff, 0xfe])) {
    encoding = 'utf-16le';
    body = data.subarray(2);
  } else if (startsWith(data, [0xfe, 0xff])) {
    encoding = 'utf-16be';
    body = data.subarray(2);
  } else {
    const utf16 = guessUtf16(data);
    if (utf16) encoding = utf16;
    else {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(data);
        encoding = 'utf-8';
      } catch {
        encoding = 'windows-1252';
      }
    }
  }
  let decoded: string;
  if (encoding === 'windows-1252') {
    // Some lines valid UTF-8 with non-ASCII letters and others not: decode line by line.
    const mixed = decodeMixed(body);
    decoded = mixed ?? decodeWindows1252(body);
    if (mixed !== null) encoding = 'mixed';
  } else decoded = new TextDecoder(encoding).decode(body);
  // eslint-disable-next-line no-control-regex -- NUL is exactly what is removed
  const text = decoded.replace(/\u0000/g, '');
  return { text, encoding, nulsRemoved: decoded.length - text.length };
}
