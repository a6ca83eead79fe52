import { distance } from 'fastest-levenshtein';

/** What duplicate detection needs to know of a contact (already normalised: e-mails lower case, phones E.164). */
export interface ContactKey {
  id: string;
  fullName: string;
  outlets: string[];
  emails: string[];
  phones: string[];
}

export type DuplicateReason = 'email' | 'phone' | 'name_outlet';
export interface DuplicateMatch {
  id: string;
  reason: DuplicateReason;
}

const honorifics = new Set([
  'dr',
  'drs',
  'dra',
  'ir',
  'h',
  'hj',
  'prof',
  'kh',
  'bapak',
  'pak',
  'ibu',
  'bu',
  'sdr',
  'sdri',
  'mr',
  'mrs',
  'ms',
]);

/**
 * A name as people are the same person under: no degrees after the comma ("Dewi Anggraini,
 * S.I.Kom."), no honorifics in front ("Hj.", "Drs."), no accents, case or punctuation.
 */
export function nameKey(name: string): string {
  const [main = ''] = name.split(',');
  return main
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter((word) => word && !honorifics.has(word))
    .join(' ');
}

export function outletKey(outlet: string): string {
  return nameKey(outlet)
    .replace(/\b(pt|tbk|cv)\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Near-identical: one or two typing slips in a long name ("Siti Aisyah" / "Siti Aisya"), never a different first name. */
export function similarNames(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const allowed = Math.max(a.length, b.length) >= 12 ? 2 : 1;
  // Cheap refusals first: the distance is at least the difference in length.
  if (Math.abs(a.length - b.length) > allowed || a[0] !== b[0]) return false;
  return distance(a, b) <= allowed;
}

/** Which of a-z (and, as one more, anything else) occur in a name key: a 27-bit set. */
function letterSet(name: string): number {
  let set = 0;
  for (let index = 0; index < name.length; index += 1) {
    const code = name.charCodeAt(index) - 97;
    if (code === -65) continue; // the space between words
    set |= 1 << (code >= 0 && code < 26 ? code : 26);
  }
  return set;
}

function bitCount(value: number): number {
  let rest = value - ((value >>> 1) & 0x55555555);
  rest = (rest & 0x33333333) + ((rest >>> 2) & 0x33333333);
  return (((rest + (rest >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * An index over the contacts in the store (and those imported so far in this run), answering
 * "is this row someone we already have?": same e-mail, else same phone, else a near-identical
 * name at the same outlet. The first reason found wins; the import offers merge, skip or create.
 *
 * Names are compared only within blocks — same outlet and same first word, or same outlet and
 * same last word — so a slip in one word is still caught while a 100,000-contact import compares
 * each row with a few dozen names, not with everyone at a big outlet. Within a block names are
 * kept by length, and only lengths within the allowed slips are compared (the edit distance is
 * at least the difference in length); of several similar names the one added first is the match.
 */
export function createDuplicateIndex(existing: Iterable<ContactKey> = []) {
  const byEmail = new Map<string, string>();
  const byPhone = new Map<string, string>();
  const byBlock = new Map<string, Map<number, { id: string; name: string; order: number; letters: number }[]>>();
  let added = 0;
  // An import asks for the same outlets and (find, then add) the same name again and again.
  const outletKeys = new Map<string, string>();
  const outletKeyOf = (outlet: string) => {
    let key = outletKeys.get(outlet);
    if (key === undefined) {
      key = outletKey(outlet);
      outletKeys.set(outlet, key);
    }
    return key;
  };
  let lastName = { full: '', key: '' };
  const nameKeyOf = (fullName: string) => {
    if (lastName.full !== fullName || !lastName.key) lastName = { full: fullName, key: nameKey(fullName) };
    return lastName.key;
  };
  const blocks = (outlet: string, name: string) => {
    const words = name.split(' ');
    const first = words[0] ?? '';
    const last = words.at(-1) ?? '';
    return first === last ? [`${outlet}|${first}`] : [`${outlet}|${first}`, `${outlet}|^${last}`];
  };
  const index = {
    add(key: ContactKey): void {
      for (const email of key.emails) if (!byEmail.has(email)) byEmail.set(email, key.id);
      for (const phone of key.phones) if (!byPhone.has(phone)) byPhone.set(phone, key.id);
      const name = nameKeyOf(key.fullName);
      if (!name) return;
      const order = added++;
      const letters = letterSet(name);
      for (const outlet of key.outlets.map(outletKeyOf).filter(Boolean)) {
        for (const block of blocks(outlet, name)) {
          let lengths = byBlock.get(block);
          if (!lengths) byBlock.set(block, (lengths = new Map()));
          const members = lengths.get(name.length);
          if (members) members.push({ id: key.id, name, order, letters });
          else lengths.set(name.length, [{ id: key.id, name, order, letters }]);
        }
      }
    },
    find(candidate: Omit<ContactKey, 'id'>): DuplicateMatch | null {
      for (const email of candidate.emails) {
        const id = byEmail.get(email);
        if (id) return { id, reason: 'email' };
      }
      for (const phone of candidate.phones) {
        const id = byPhone.get(phone);
        if (id) return { id, reason: 'phone' };
      }
      const name = nameKeyOf(candidate.fullName);
      if (!name) return null;
      const slips = name.length + 2 >= 12 ? 2 : 1;
      const letters = letterSet(name);
      for (const outlet of candidate.outlets.map(outletKeyOf).filter(Boolean)) {
        for (const block of blocks(outlet, name)) {
          const lengths = byBlock.get(block);
          if (!lengths) continue;
          let best: { id: string; order: number } | null = null;
          for (let length = name.length - slips; length <= name.length + slips; length += 1) {
            for (const other of lengths.get(length) ?? []) {
              if (best && other.order > best.order) break; // kept in the order added
              // An edit changes which letters occur by at most two: more differences, no need to compare.
              if (bitCount(other.letters ^ letters) > 2 * slips) continue;
              if (similarNames(other.name, name)) {
                best = other;
                break;
              }
            }
          }
          if (best) return { id: best.id, reason: 'name_outlet' };
        }
      }
      return null;
    },
  };
  for (const key of existing) index.add(key);
  return index;
}
