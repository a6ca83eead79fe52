import type BetterSqlite3 from 'better-sqlite3';

/**
 * The pragmas of DESIGN.md §4, set on every open and read back: a pragma that silently did not
 * take (an old SQLite, a read-only medium refusing WAL) must stop the open, not weaken the store.
 */
interface PragmaRule {
  name: string;
  set: string;
  /** The value SQLite reports once the pragma holds. */
  expect: string | number;
}

export const requiredPragmas: readonly PragmaRule[] = [
  { name: 'journal_mode', set: 'WAL', expect: 'wal' },
  { name: 'synchronous', set: 'FULL', expect: 2 },
  { name: 'foreign_keys', set: 'ON', expect: 1 },
  { name: 'busy_timeout', set: '5000', expect: 5000 },
  { name: 'temp_store', set: 'MEMORY', expect: 2 },
  { name: 'trusted_schema', set: 'OFF', expect: 0 },
  { name: 'secure_delete', set: 'ON', expect: 1 },
];

export type PragmaReadback = Record<string, string | number>;

export function readPragmas(sqlite: BetterSqlite3.Database): PragmaReadback {
  const values: PragmaReadback = {};
  for (const rule of requiredPragmas) {
    values[rule.name] = sqlite.pragma(rule.name, { simple: true }) as string | number;
  }
  return values;
}

export function applyPragmas(sqlite: BetterSqlite3.Database): PragmaReadback {
  for (const rule of requiredPragmas) sqlite.pragma(`${rule.name} = ${rule.set}`);
  const values = readPragmas(sqlite);
  const wrong = requiredPragmas.filter((rule) => values[rule.name] !== rule.expect);
  if (wrong.length > 0) {
    const list = wrong.map((rule) => `${rule.name}=${String(values[rule.name])}`).join(', ');
    throw new Error(`SQLite refused required settings: ${list}`);
  }
  return values;
}
