import { addValue, type ImportRow } from './importRow';

interface Property {
  name: string;
  params: Map<string, string[]>;
  value: string;
  line: number;
}

/** Quoted-printable (vCard 2.1): "=C3=A9" is one byte each, decoded as UTF-8 unless a charset says otherwise. */
function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  for (let index = 0; index < value.length; index += 1) {
    const char = value[index]!;
    const hex = value.slice(index + 1, index + 3);
    if (char === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      index += 2;
    } else {
      bytes.push(...Buffer.from(char, 'utf8'));
    }
  }
  const label = /^(utf-?8)?$/i.test(charset) ? 'utf-8' : charset.toLowerCase();
  try {
    return new TextDecoder(label).decode(Uint8Array.from(bytes));
  } catch {
    return new TextDecoder('utf-8').decode(Uint8Array.from(bytes));
  }
}

/** vCard 3.0/4.0 text escapes: "\n" a new line, "\," "\;" "\\" the character itself. */
function unescapeText(value: string): string {
  return value.replace(/\\([nN,;\\])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

/** Splits on unescaped separators (N and ORG components, CATEGORIES). */
function splitUnescaped(value: string, separator: ',' | ';'): string[] {
  const parts: string[] = [];
  let current = '';
  for (let index = 0; index < value.length; index += 1) {
    const char = value[index]!;
    if (char === '\\' && index + 1 < value.length) {
      current += char + value[index + 1];
      index += 1;
    } else if (char === separator) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts.map(unescapeText);
}

/**
 * Physical lines to logical ones: a line starting with a space or tab continues the previous one
 * (3.0/4.0 folding); in 2.1 a quoted-printable value ending in "=" continues on the next line.
 */
function logicalLines(text: string): { text: string; line: number }[] {
  const physical = text.split(/\r\n|\r|\n/);
  const out: { text: string; line: number }[] = [];
  for (let index = 0; index < physical.length; index += 1) {
    const raw = physical[index]!;
    const last = out.at(-1);
    if (last && (raw.startsWith(' ') || raw.startsWith('\t'))) {
      last.text += raw.slice(1);
    } else if (last && /QUOTED-PRINTABLE/i.test(last.text.split(':')[0] ?? '') && last.text.endsWith('=')) {
      last.text = last.text.slice(0, -1) + raw;
    } else {
      out.push({ text: raw, line: index + 1 });
    }
  }
  return out;
}

function parseProperty(text: string, line: number): Property | null {
  const colon = text.indexOf(':');
  if (colon <= 0) return null;
  const [nameWithGroup = '', ...paramParts] = text.slice(0, colon).split(';');
  const name = (nameWithGroup.split('.').at(-1) ?? '').toUpperCase();
  const params = new Map<string, string[]>();
  for (const part of paramParts) {
    const [key, raw] = part.includes('=') ? part.split(/=(.*)/s) : ['TYPE', part];
    const values = (raw ?? '')
      .replace(/^"|"$/g, '')
      .split(',')
      .map((value) => value.toUpperCase());
    params.set((key ?? '').toUpperCase(), [...(params.get((key ?? '').toUpperCase()) ?? []), ...values]);
  }
  let value = text.slice(colon + 1);
  if (params.get('ENCODING')?.includes('QUOTED-PRINTABLE')) {
    value = decodeQuotedPrintable(value, params.get('CHARSET')?.[0] ?? 'utf-8');
  }
  return { name, params, value, line };
}

const isPreferred = (property: Property) =>
  property.params.get('TYPE')?.includes('PREF') || property.params.has('PREF');

/**
 * Contacts from a vCard file (2.1, 3.0 or 4.0; one or many cards). Photos, logos and sounds are
 * skipped without decoding however large they are; an unknown property is ignored; a card without
 * a name is still returned (the import reports it).
 */
export function parseVCards(text: string): ImportRow[] {
  const rows: ImportRow[] = [];
  let current: { row: ImportRow; properties: Property[] } | null = null;
  for (const { text: lineText, line } of logicalLines(text)) {
    const upper = lineText.trim().toUpperCase();
    if (upper === 'BEGIN:VCARD') {
      current = { row: { line, fields: {}, warnings: [] }, properties: [] };
      continue;
    }
    if (upper === 'END:VCARD') {
      if (current) rows.push(cardRow(current.row, current.properties));
      current = null;
      continue;
    }
    if (!current) continue;
    const property = parseProperty(lineText, line);
    if (property && !['PHOTO', 'LOGO', 'SOUND', 'KEY'].includes(property.name)) current.properties.push(property);
  }
  return rows;
}

function cardRow(row: ImportRow, properties: Property[]): ImportRow {
  const named = properties.find((property) => property.name === 'FN');
  if (named) addValue(row, 'fullName', unescapeText(named.value));
  else {
    // N is family;given;additional;prefix;suffix.
    const n = properties.find((property) => property.name === 'N');
    if (n) {
      const [family = '', given = '', additional = '', prefix = '', suffix = ''] = splitUnescaped(n.value, ';');
      addValue(
        row,
        'fullName',
        [prefix, given, additional, family].filter(Boolean).join(' ') + (suffix ? `, ${suffix}` : ''),
      );
    }
  }
  // Preferred addresses first: the first e-mail becomes the primary one.
  const ordered = [...properties].sort((a, b) => Number(Boolean(isPreferred(b))) - Number(Boolean(isPreferred(a))));
  for (const property of ordered) {
    switch (property.name) {
      case 'ORG':
        addValue(row, 'outlet', splitUnescaped(property.value, ';')[0] ?? '');
        break;
      case 'TITLE':
      case 'ROLE':
        if (!row.fields.position) addValue(row, 'position', unescapeText(property.value));
        break;
      case 'EMAIL':
        addValue(row, 'email', property.value);
        break;
      case 'TEL': {
        const number = property.value.replace(/^tel:/i, '');
        const types = property.params.get('TYPE') ?? [];
        addValue(row, types.some((type) => type.includes('WHATSAPP')) ? 'whatsapp' : 'phone', number);
        break;
      }
      case 'NOTE':
        addValue(row, 'notes', unescapeText(property.value));
        break;
      case 'CATEGORIES':
        for (const tag of splitUnescaped(property.value, ',')) addValue(row, 'tags', tag);
        break;
      case 'X-SOCIALPROFILE':
      case 'IMPP': {
        // The platform may sit in TYPE ("X-SOCIALPROFILE;TYPE=instagram:@dewi"); keep it with the handle.
        const platform = property.params.get('TYPE')?.[0]?.toLowerCase();
        const handle = unescapeText(property.value);
        addValue(row, 'social', platform && !handle.includes('://') ? `${platform}: ${handle}` : handle);
        break;
      }
      // Siaga's own properties, written by its export, so beats and regions survive the round trip.
      case 'X-SIAGA-BEATS':
        for (const beat of splitUnescaped(property.value, ',')) addValue(row, 'beats', beat);
        break;
      case 'X-SIAGA-REGIONS':
        for (const region of splitUnescaped(property.value, ',')) addValue(row, 'regions', region);
        break;
      case 'LANG':
        addValue(row, 'language', property.value);
        break;
    }
  }
  return row;
}
