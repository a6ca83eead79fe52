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

/**
 * An index over the contacts in the store (and those imported so far in this run), answering
 * "is this row someone we already have?": same e-mail, else same phone, else a near-identical
 * name at the same outlet. The first reason found wins; the import offers merge, skip or create.
 *
 * Names are compared only within blocks — same outlet and same first word, or same outlet and
 * same last word — so a slip in one word is still caught while a 100,000-contact import compares
 * each row with a few dozen names, not with everyone at a big outlet.
 */
export function createDuplicateIndex(existing: Iterable<ContactKey> = []) {
  const byEmail = new Map<string, string>();
  const byPhone = new Map<string, string>();
  const byBlock = new Map<string, { id: string; name: string }[]>();
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
      const name = nameKey(key.fullName);
      if (!name) return;
      for (const outlet of key.outlets.map(outletKey).filter(Boolean)) {
        for (const block of blocks(outlet, name)) {
          const members = byBlock.get(block);
          if (members) members.push({ id: key.id, name });
          else byBlock.set(block, [{ id: key.id, name }]);
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
      const name = nameKey(candidate.fullName);
      if (!name) return null;
      for (const outlet of candidate.outlets.map(outletKey).filter(Boolean)) {
        for (const block of blocks(outlet, name)) {
          const same = byBlock.get(block)?.find((other) => similarNames(other.name, name));
          if (same) return { id: same.id, reason: 'name_outlet' };
        }
      }
      return null;
    },
  };
  for (const key of existing) index.add(key);
  return index;
}
