import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { StatementContent } from '../../../shared/ipc/statements';
import { usePostgresDatabases } from '../../../../test/postgres/pgTest';
import { useTempDirs } from '../../../../test/tempDir';
import type { Database } from '../db/schema';
import { migrateDatabase } from '../db/migrator';
import { openServerConnection, type ServerConnection } from '../db/serverConnection';
import { openStore, type Store } from '../db/store';
import { contactDocument, contactMatches } from './contactSearch';
import { dialectOf } from '../db/dialect';
import { hoaxIndex, hoaxMatches, indexHoax } from './hoaxSearch';
import { rowsWithAnyWord } from './searchQuery';
import { indexStatement, statementMatches } from './statementSearch';

const statements: [string, string, string, string, string[]][] = [
  ['s1', '001/SP/HUMAS/XII/2026', 'Banjir di Mlati: pengungsi dievakuasi', 'Kerusakán jembatan', ['banjir', 'mlati']],
  ['s2', '002/SP/HUMAS/XII/2026', 'Vaksinasi campak di Sleman', 'Jadwal puskesmas', ['kesehatan']],
  ['s3', '', 'Perkembangan penanganan banjir', 'Update kedua: air surut di Mlati', ['banjir']],
  ['s4', '', 'Klarifikasi hoaks bendungan jebol', 'Tidak benar, cek detik.com', ['hoaks']],
];
const contacts: [string, string, string[], string[], string[], string[], string][] = [
  ['c1', 'Ani Wijayanti', ['Kompas'], ['ani@kompas.id'], ['+6281234567890'], ['health'], ''],
  ['c2', 'Budi Santoso', ['Detik'], ['budi@detik.com'], ['+6285700001111'], ['politics'], 'Liputan banjir'],
  ['c3', 'Citra Dewi', ['Radar Jogja'], ['citra.dewi@radarjogja.co.id'], [], ['disaster'], 'Ani teman kantor'],
];
const hoaxes: [string, string, string][] = [
  ['h1', 'Bendungan Sermo jebol malam ini', 'bendungan'],
  ['h2', 'Vaksin campak mengandung chip', 'kesehatan'],
  ['h3', 'Air banjir Mlati beracun', 'banjir'],
];

/** The same rows indexed in one store of each engine, through the search module's own writes. */
async function fill(db: Kysely<Database>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const [id, number, title, summary, tags] of statements) {
      const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: summary }] }] };
      const content = { title, summary, tags, body } as unknown as StatementContent;
      await indexStatement(trx, id, number || null, content);
    }
    for (const [id, name, outlets, emails, phones, beats, notes] of contacts)
      await trx
        .insertInto('contact_fts')
        .values(contactDocument(id, { name, outlets, emails, phones, beats, notes }))
        .execute();
    for (const [id, claim, topic] of hoaxes) await indexHoax(trx, id, claim, topic);
  });
}

describe('search answers the same on the office server as in the embedded file', () => {
  const database = usePostgresDatabases();
  const tempDir = useTempDirs();
  let server: ServerConnection | undefined;
  let embedded: Store | undefined;
  afterEach(async () => {
    await server?.close();
    await embedded?.close();
  });

  async function both(): Promise<Kysely<Database>[]> {
    server = openServerConnection(await database());
    await migrateDatabase(server.db);
    embedded = await openStore({ dataDir: tempDir() });
    for (const db of [embedded.connection.db, server.db]) await fill(db);
    return [embedded.connection.db, server.db];
  }

  it('statements: every word as a prefix, accents and punctuation as FTS5 reads them, title before body', async () => {
    const stores = await both();
    const ids = async (db: Kysely<Database>, query: string) => {
      const fts = statementMatches(db, query);
      if (!fts) return null;
      const rows = await db
        .selectFrom(fts)
        .select(['fts.fts_id'])
        .orderBy('fts.fts_rank')
        .orderBy('fts.fts_id')
        .execute();
      return rows.map((row) => row.fts_id);
    };
    const queries = [
      'banjir',
      'banj',
      'banjir mlati',
      'kerusakan',
      'KERUSAKÁN',
      'detik.com',
      'detik',
      '001/SP',
      'XII',
      'campak vaksin',
      'zzz',
      '"a" OR b* ( NEAR',
      '  ',
    ];
    for (const query of queries) {
      const [sqlite, postgres] = await Promise.all(stores.map((db) => ids(db, query)));
      expect({ query, ids: postgres }).toEqual({ query, ids: sqlite });
    }
    // Ranked, not just found: a title match (s1, s3) before a body-only one. (BM25 and ts_rank
    // with length normalisation are different formulas; on these records they agree in order.)
    expect(await ids(stores[1]!, 'mlati')).toEqual(['s1', 's3']);
  });

  it('contacts: names, outlets, e-mail parts and both ways to type a phone number', async () => {
    const stores = await both();
    const ids = async (db: Kysely<Database>, query: string) => {
      const fts = contactMatches(db, query);
      if (!fts) return null;
      const rows = await db
        .selectFrom(fts)
        .select(['cfts.cfts_id'])
        .orderBy('cfts.cfts_rank')
        .orderBy('cfts.cfts_id')
        .execute();
      return rows.map((row) => row.cfts_id);
    };
    for (const query of [
      'ani',
      'detik',
      'radarjogja',
      '0812345',
      '62857',
      'citra dewi',
      'banjir',
      'health',
      'nobody',
    ]) {
      const [sqlite, postgres] = await Promise.all(stores.map((db) => ids(db, query)));
      expect({ query, ids: postgres }).toEqual({ query, ids: sqlite });
    }
    // The name weighs more than a note that mentions the same word.
    expect(await ids(stores[1]!, 'ani')).toEqual(['c1', 'c3']);
  });

  it('hoaxes: the register search finds the same claims', async () => {
    const stores = await both();
    const ids = async (db: Kysely<Database>, query: string) => {
      const matches = hoaxMatches(db, query);
      if (!matches) return null;
      const rows = await sql<{ hoax_id: string }>`select hoax_id from ${matches} as m order by hoax_id`.execute(db);
      return rows.rows.map((row) => row.hoax_id);
    };
    for (const query of ['bendungan', 'banjir mlati', 'vaks', 'chip campak', 'sermo jebol', 'tidak ada']) {
      const [sqlite, postgres] = await Promise.all(stores.map((db) => ids(db, query)));
      expect({ query, ids: postgres }).toEqual({ query, ids: sqlite });
    }
    // "Similar claims" proposes the claims sharing any word (whole words).
    const anyWord = async (db: Kysely<Database>, words: string[]) => {
      const rows = await db
        .selectFrom(rowsWithAnyWord(dialectOf(db), hoaxIndex, words, 40).as('fts'))
        .select('fts.id')
        .execute();
      return rows.map((row) => row.id).sort();
    };
    for (const words of [['banjir', 'chip'], ['jebol'], ['jebo'], ['tidak']]) {
      const [sqlite, postgres] = await Promise.all(stores.map((db) => anyWord(db, words)));
      expect({ words, ids: postgres }).toEqual({ words, ids: sqlite });
    }
    expect(await anyWord(stores[1]!, ['banjir', 'chip'])).toEqual(['h2', 'h3']);
  });
});
