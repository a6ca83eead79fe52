import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { usePostgresDatabases } from '../../../../test/postgres/pgTest';
import { useTempDirs } from '../../../../test/tempDir';
import { dialectOf } from './dialect';
import { migrations } from './migrations';
import { migrateDatabase, NewerDatabaseError, readAppliedMigrations } from './migrator';
import { openServerConnection } from './serverConnection';
import { openStore } from './store';

/**
 * Each table's columns, sorted; SQLite's FTS5 shadow tables (`…_fts_data`, …) left out, and the
 * server's search tables' own `document` (the tsvector FTS5 keeps inside its index).
 */
async function shape<DB>(db: Kysely<DB>) {
  const tables = await db.introspection.getTables();
  return Object.fromEntries(
    tables
      .filter((table) => !/_fts_(data|idx|content|docsize|config)$/.test(table.name))
      .map((table) => [
        table.name,
        table.columns
          .map((column) => column.name)
          .filter((column) => !(table.name.endsWith('_fts') && column === 'document'))
          .sort(),
      ])
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
  );
}

describe('the office server store (PostgreSQL)', () => {
  const database = usePostgresDatabases();
  const tempDir = useTempDirs();

  it('runs every migration on an empty server database, giving the tables and columns of the embedded store', async () => {
    const server = openServerConnection(await database());
    const embedded = await openStore({ dataDir: tempDir() });
    try {
      expect(dialectOf(server.db)).toBe('postgres');
      expect(dialectOf(embedded.connection.db)).toBe('sqlite');
      const outcome = await migrateDatabase(server.db);
      expect(outcome).toEqual({ fromVersion: 0, toVersion: migrations.length });
      expect(await readAppliedMigrations(server.db)).toEqual(migrations.map((m) => m.name));
      expect(await shape(server.db)).toEqual(await shape(embedded.connection.db));
      // Opening again changes nothing.
      expect(await migrateDatabase(server.db)).toEqual({
        fromVersion: migrations.length,
        toVersion: migrations.length,
      });
    } finally {
      await server.close();
      await embedded.close();
    }
  });

  it('two desks starting at once: one migrates, the other waits and finds the work done', async () => {
    const url = await database();
    const desks = [openServerConnection(url), openServerConnection(url)];
    try {
      const outcomes = await Promise.all(desks.map((desk) => migrateDatabase(desk.db)));
      expect(outcomes.every((outcome) => outcome.toVersion === migrations.length)).toBe(true);
      expect(await readAppliedMigrations(desks[0]!.db)).toEqual(migrations.map((m) => m.name));
    } finally {
      await Promise.all(desks.map((desk) => desk.close()));
    }
  });

  it('refuses a database a newer Siaga migrated, in plain words, changing nothing', async () => {
    const server = openServerConnection(await database());
    try {
      await migrateDatabase(server.db);
      const newer = [...migrations, { name: '9999_from_the_future', up: async () => undefined }];
      await migrateDatabase(server.db, { migrations: newer });
      const error = await migrateDatabase(server.db).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(NewerDatabaseError);
      expect((error as Error).message).toMatch(/newer version of Siaga/);
    } finally {
      await server.close();
    }
  });

  it('holds the rules SQLite holds by trigger: append-only records, four eyes, the exact revision, void once', async () => {
    const server = openServerConnection(await database());
    try {
      await migrateDatabase(server.db);
      const run = (text: string) => sql.raw(text).execute(server.db);
      const at = '2026-11-28T02:00:00.000Z';
      await run(`insert into audit_log (seq, at, actor_id, action, entity_type, entity_id, data, prev_hash, hash)
                 values (1, '${at}', null, 'x', 'y', 'z', '{}', 'p', 'h')`);
      await expect(run(`update audit_log set action = 'changed'`)).rejects.toThrow(/audit_log is append-only/);
      await expect(run(`delete from audit_log`)).rejects.toThrow(/audit_log is append-only/);

      for (const id of ['writer', 'approver'])
        await run(`insert into account (id, username, full_name, nip, position, email, phone, password_hash, active,
                     failed_attempts, locked_until, created_at, updated_at)
                   values ('${id}', '${id}', '${id}', '', '', '', '', 'x', 1, 0, null, '${at}', '${at}')`);
      await run(`insert into statement (${statementColumns.join(', ')}) values (${statementValues(at)})`);
      await run(`insert into statement_revision (id, statement_id, revision_no, author_id, base_revision_id, content_json, hash, created_at)
                 values ('r1', 's1', 1, 'writer', null, '{}', 'hash-1', '${at}')`);
      await expect(run(`update statement_revision set hash = 'other'`)).rejects.toThrow(/append-only/);
      const approval = (id: string, by: string, hash: string) =>
        run(`insert into statement_approval (id, statement_id, revision_id, revision_hash, step_index, role, outcome,
               account_id, comment, decided_at) values ('${id}', 's1', 'r1', '${hash}', 0, 'editor', 'approved', '${by}', '', '${at}')`);
      await expect(approval('a1', 'writer', 'hash-1')).rejects.toThrow(/four-eyes/);
      await expect(approval('a1', 'approver', 'hash-2')).rejects.toThrow(/revision hash that does not match/);
      await approval('a1', 'approver', 'hash-1');
      await expect(run(`update statement_approval set comment = 'edited'`)).rejects.toThrow(/only be voided, once/);
      await run(`update statement_approval set voided_at = '${at}', void_reason = 'new revision'`);
      await expect(run(`update statement_approval set voided_at = '${at}'`)).rejects.toThrow(/only be voided, once/);
      await expect(run(`delete from statement_approval`)).rejects.toThrow(/append-only/);

      // The search index splits words as FTS5 does: accents off, any non-letter a break.
      const words = await sql<{
        words: string;
      }>`select siaga_search_words(${'Ani@Détik.com, 0812-3456 Kerusakán'}) as words`.execute(server.db);
      expect(words.rows[0]?.words).toBe('ani detik com 0812 3456 kerusakan');
    } finally {
      await server.close();
    }
  });
});

const statementColumns = [
  'id',
  'kind',
  'language',
  'status',
  'title',
  'summary',
  'tags_json',
  'author_id',
  'current_revision_id',
  'revision_no',
  'chain_json',
  'created_at',
  'updated_at',
];
const statementValues = (at: string) =>
  `'s1', 'press_release', 'id', 'in_review', 'Banjir', '', '[]', 'writer', 'r1', 1, '[]', '${at}', '${at}'`;
