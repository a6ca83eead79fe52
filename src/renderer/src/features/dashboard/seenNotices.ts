/**
 * Which desk notices a person has already been shown (as the brief line and the desktop
 * notification), kept in the window's storage so a reload or the next sign-in does not repeat
 * them. Per person: whoever signs in next on the same desk is told about their own work.
 */
const keyFor = (accountId: string) => `siaga.notices.seen.${accountId}`;
/** Enough for weeks of notices; the oldest are forgotten first. */
const keep = 500;

export function loadSeen(storage: Storage, accountId: string): Set<string> {
  try {
    const saved = JSON.parse(storage.getItem(keyFor(accountId)) ?? '[]') as unknown;
    return new Set(Array.isArray(saved) ? saved.filter((key): key is string => typeof key === 'string') : []);
  } catch {
    return new Set();
  }
}

export function saveSeen(storage: Storage, accountId: string, seen: Set<string>): void {
  try {
    storage.setItem(keyFor(accountId), JSON.stringify([...seen].slice(-keep)));
  } catch {
    // Storage full or refused: notices may be shown again, nothing is lost.
  }
}
