import type BetterSqlite3 from 'better-sqlite3';
import type { Insertable, Transaction } from 'kysely';
import { chainedRow, genesisHash, lockAuditChain, type AuditEventInput } from '../../db/auditChain';
import type { Database } from '../../db/schema';
import { contactChildTables } from '../contactRows';

/** The tables an import writes, parents before children (the order a batch is flushed in). */
const tables = ['outlet', 'contact', ...contactChildTables, 'contact_fts', 'audit_log'] as const;
type ImportTable = (typeof tables)[number];

/**
 * Where an import's rows go, inside the write the caller holds open (everything lands or nothing
 * does). Rows go in the order given; `update` and `delete` run after every row given before them.
 */
export interface ImportRows {
  insert<T extends ImportTable>(table: T, row: Insertable<Database[T]>): void;
  update(contactId: string, values: Partial<Insertable<Database['contact']>>): Promise<void>;
  deleteFromIndex(contactId: string): Promise<void>;
  /** Appends to the audit chain, whose head is read once (nobody else appends while the write is open). */
  audit(event: AuditEventInput, at: string): void;
  /** Writes what is still buffered. */
  flush(): Promise<void>;
}

/**
 * The embedded file's rows: prepared statements on the raw connection, run at once — a hundred
 * thousand contacts through the query builder one by one took minutes; this takes seconds. They
 * run inside the caller's transaction because SQLite has one connection.
 */
export function sqliteImportRows(sqlite: BetterSqlite3.Database): ImportRows {
  if (!sqlite.inTransaction) throw new Error('An import writes inside an open transaction');
  // Positional parameters in the row's own key order: binding by name costs a lookup per column,
  // which at a hundred thousand rows of a dozen columns is a second of its own.
  const inserts = new Map<string, BetterSqlite3.Statement>();
  const insert = (table: string, row: Record<string, unknown>) => {
    const columns = Object.keys(row);
    const key = `${table}:${columns.join(',')}`;
    let statement = inserts.get(key);
    if (!statement) {
      statement = sqlite.prepare(
        `insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`,
      );
      inserts.set(key, statement);
    }
    statement.run(Object.values(row));
  };
  const last = sqlite.prepare('select seq, hash from audit_log order by seq desc limit 1').get() as
    { seq: number; hash: string } | undefined;
  let head = last ?? { seq: 0, hash: genesisHash };
  const deleteIndex = sqlite.prepare('delete from contact_fts where contact_id = ?');
  return {
    insert: (table, row) => insert(table, row as Record<string, unknown>),
    async update(contactId, values) {
      const columns = Object.keys(values);
      sqlite
        .prepare(`update contact set ${columns.map((column) => `${column} = @${column}`).join(', ')} where id = @id`)
        .run({ ...values, id: contactId });
    },
    async deleteFromIndex(contactId) {
      deleteIndex.run(contactId);
    },
    audit(event, at) {
      const row = chainedRow(head, event, at);
      insert('audit_log', row as unknown as Record<string, unknown>);
      head = { seq: row.seq, hash: row.hash };
    },
    flush: async () => undefined,
  };
}

/** Rows per multi-row insert on the office server: few round trips, far under its parameter limit. */
const rowsPerInsert = 500;

/**
 * The office server's rows: buffered per table and written in multi-row inserts through the
 * write's transaction, parents first. The audit chain's head is read under the server's audit
 * lock, held to the commit, so no other desk appends in between.
 */
export async function serverImportRows(trx: Transaction<Database>): Promise<ImportRows> {
  await lockAuditChain(trx);
  const last = await trx
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  let head = last ?? { seq: 0, hash: genesisHash };
  const buffers = new Map<ImportTable, Record<string, unknown>[]>(tables.map((table) => [table, []]));
  const flush = async () => {
    for (const table of tables) {
      const rows = buffers.get(table)!;
      for (let start = 0; start < rows.length; start += rowsPerInsert) {
        // Kysely's insert types are per table; the rows were typed when they were given.
        await trx
          .insertInto(table)
          .values(rows.slice(start, start + rowsPerInsert) as never)
          .execute();
      }
      rows.length = 0;
    }
  };
  const rows: ImportRows = {
    insert(table, row) {
      buffers.get(table)!.push(row as Record<string, unknown>);
    },
    async update(contactId, values) {
      await flush();
      await trx.updateTable('contact').set(values).where('id', '=', contactId).execute();
    },
    async deleteFromIndex(contactId) {
      await flush();
      await trx.deleteFrom('contact_fts').where('contact_id', '=', contactId).execute();
    },
    audit(event, at) {
      const row = chainedRow(head, event, at);
      rows.insert('audit_log', row);
      head = { seq: row.seq, hash: row.hash };
    },
    flush,
  };
  return rows;
}
