import { createHash } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import { readAuditHead, verifyAuditChain } from './auditChain';
import { readAppliedMigrations } from './migrator';
import type { Database } from './schema';

/**
 * Copies a whole Siaga store between the embedded file and the office server, in either direction,
 * and proves the copy. One engine for three jobs: moving an office onto its server (file → server),
 * the server's logical backup (server → a Siaga file), and restoring such a backup into an empty
 * server database (file → server).
 *
 * Both sides are at the same schema version (the migrations are the same on both engines), so a
 * row is copied column by column as it is. The file side names the tables, their columns and the
 * order foreign keys need; the server must have the same columns or the copy is refused.
 */

/** One table's copy: its columns and, when rows refer to rows of the same table, that column. */
export interface TableCopy {
  name: string;
  columns: string[];
  /** A column referring to this table's own key (a merged hoax, a statement's predecessor). */
  selfReference: { column: string; key: string } | null;
}

/** Tables a migration fills (the built-in playbook, the default approval chain): replaced by the copy. */
export const migrationSeededTables = ['approval_chain_step', 'playbook_item'] as const;

/** FTS5 keeps its index in shadow tables named after the virtual table; they are rebuilt, never copied. */
const isFtsShadow = (name: string) => /_fts_(data|idx|docsize|config|content)$/.test(name);

export class StoreCopyError extends Error {
  constructor(
    readonly reason: 'serverNotEmpty' | 'schemaMismatch' | 'copyDiffers',
    message: string,
  ) {
    super(message);
    this.name = 'StoreCopyError';
  }
}

/** The tables of an embedded store in an order that inserts every referenced row first. */
export function copyPlan(sqlite: BetterSqlite3.Database): TableCopy[] {
  const names = (
    sqlite
      .prepare(`select name from sqlite_schema where type = 'table' and name not like 'sqlite_%' order by name`)
      .all() as { name: string }[]
  )
    .map((row) => row.name)
    .filter((name) => !isFtsShadow(name) && name !== 'schema_migration');
  const tables = new Map<string, TableCopy & { dependsOn: Set<string> }>();
  for (const name of names) {
    const columns = (
      sqlite.prepare(`select name from pragma_table_info(?) order by cid`).all(name) as { name: string }[]
    ).map((row) => row.name);
    const keys = sqlite.prepare(`select "table", "from", "to" from pragma_foreign_key_list(?)`).all(name) as {
      table: string;
      from: string;
      to: string;
    }[];
    const self = keys.find((key) => key.table === name);
    tables.set(name, {
      name,
      columns,
      selfReference: self ? { column: self.from, key: self.to } : null,
      dependsOn: new Set(keys.map((key) => key.table).filter((table) => table !== name)),
    });
  }
  // Kahn's order, alphabetical among equals so every copy runs the same way.
  const ordered: TableCopy[] = [];
  const placed = new Set<string>();
  while (placed.size < tables.size) {
    const ready = [...tables.values()].find(
      (table) => !placed.has(table.name) && [...table.dependsOn].every((other) => placed.has(other)),
    );
    if (!ready) throw new Error('The store has a cycle of foreign keys between tables; it cannot be copied in order');
    placed.add(ready.name);
    ordered.push({ name: ready.name, columns: ready.columns, selfReference: ready.selfReference });
  }
  return ordered;
}

/** Orders a self-referring table's rows so that every row comes after the row it names. */
export function referencedFirst(rows: Record<string, unknown>[], self: TableCopy['selfReference']) {
  if (!self) return rows;
  const byKey = new Map(rows.map((row) => [row[self.key], row]));
  const done = new Set<unknown>();
  const ordered: Record<string, unknown>[] = [];
  const visit = (row: Record<string, unknown>, depth: number) => {
    const key = row[self.key];
    if (done.has(key)) return;
    const target = row[self.column];
    const parent = target === null || target === undefined ? undefined : byKey.get(target);
    if (parent && parent !== row && depth < rows.length) visit(parent, depth + 1);
    done.add(key);
    ordered.push(row);
  };
  for (const row of rows) visit(row, 0);
  return ordered;
}

// Dynamic table names: the copy works on whatever tables the store has, so its queries are untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type AnyDb = Kysely<any>;

/** The server's copyable columns of each table (generated ones, like the search document, left out). */
async function serverColumns(db: Kysely<Database>): Promise<Map<string, Set<string>>> {
  const rows = await sql<{ table_name: string; column_name: string }>`
    select table_name, column_name from information_schema.columns
    where table_schema = current_schema() and is_generated = 'NEVER'`.execute(db);
  const columns = new Map<string, Set<string>>();
  for (const row of rows.rows) {
    const set = columns.get(row.table_name) ?? new Set<string>();
    set.add(row.column_name);
    columns.set(row.table_name, set);
  }
  return columns;
}

/** Refuses a copy when the server's tables are not the file's (another Siaga version, a foreign database). */
async function checkSameTables(db: Kysely<Database>, plan: TableCopy[]): Promise<void> {
  const server = await serverColumns(db);
  for (const table of plan) {
    const columns = server.get(table.name);
    const missing = table.columns.filter((column) => !columns?.has(column));
    if (!columns || missing.length > 0 || columns.size !== table.columns.length) {
      throw new StoreCopyError(
        'schemaMismatch',
        `The server's table ${table.name} does not match this Siaga's (${missing.join(', ') || 'other columns'})`,
      );
    }
  }
}

/** The file's and the server's schema version must be the same before rows move between them. */
async function checkSameVersion(file: Kysely<Database>, server: Kysely<Database>): Promise<void> {
  const [ours, theirs] = await Promise.all([readAppliedMigrations(file), readAppliedMigrations(server)]);
  if (ours.length !== theirs.length) {
    throw new StoreCopyError(
      'schemaMismatch',
      `The file is at schema version ${ours.length} and the server at ${theirs.length}; open both with the same Siaga first`,
    );
  }
}

/** Rows per insert: well under PostgreSQL's 65,535 parameters per statement. */
const batchRows = (columns: number) => Math.max(1, Math.floor(30_000 / columns));

/**
 * Copies every row of an embedded store into an office server database that holds no office yet
 * (only what its migrations put there), in one transaction: all of it lands or none of it.
 */
export async function copyFileToServer(
  file: { sqlite: BetterSqlite3.Database; db: Kysely<Database> },
  server: Kysely<Database>,
): Promise<StoreProof> {
  const plan = copyPlan(file.sqlite);
  await checkSameVersion(file.db, server);
  await checkSameTables(server, plan);
  const source = await proveStore(file.db, plan);
  return server.transaction().execute(async (trx) => {
    // Two moves into one database at once: the second waits here, then finds it no longer empty.
    await sql`select pg_advisory_xact_lock(hashtext('siaga.storeCopy'))`.execute(trx);
    const held = await officeRowsIn(trx as unknown as Kysely<Database>, plan);
    if (held.length > 0) {
      throw new StoreCopyError(
        'serverNotEmpty',
        `The server database already holds an office (${held.slice(0, 3).join(', ')}); a copy goes only into an empty one`,
      );
    }
    const any = trx as unknown as AnyDb;
    for (const table of [...plan].reverse()) {
      if ((migrationSeededTables as readonly string[]).includes(table.name)) await any.deleteFrom(table.name).execute();
    }
    for (const table of plan) {
      const list = table.columns.map((column) => `"${column}"`).join(', ');
      const rows = file.sqlite.prepare(`select ${list} from "${table.name}"`).all() as Record<string, unknown>[];
      const ordered = referencedFirst(rows, table.selfReference);
      const size = batchRows(table.columns.length);
      for (let start = 0; start < ordered.length; start += size) {
        await any
          .insertInto(table.name)
          .values(ordered.slice(start, start + size))
          .execute();
      }
    }
    // Proved before the commit: a copy that is not the original never lands.
    return provenCopy(source, await proveStore(trx, plan));
  });
}

/** The copy's proof when it matches the source's; otherwise the copy is refused with the differences. */
function provenCopy(source: StoreProof, copy: StoreProof): StoreProof {
  const differences = proofDifferences(source, copy);
  if (differences.length > 0) {
    throw new StoreCopyError('copyDiffers', `The copy differs from the original: ${differences.join('; ')}`);
  }
  return copy;
}

/** The tables (other than what migrations fill) that already hold rows: an office lives there. */
async function officeRowsIn(db: Kysely<Database>, plan: TableCopy[]): Promise<string[]> {
  const held: string[] = [];
  for (const table of plan) {
    if ((migrationSeededTables as readonly string[]).includes(table.name)) continue;
    const row = await (db as unknown as AnyDb)
      .selectFrom(table.name)
      .select(sql`1`.as('one'))
      .limit(1)
      .executeTakeFirst();
    if (row) held.push(table.name);
  }
  return held;
}

/** Rows read from the server per page while copying it into a file. */
const pageRows = 2_000;

/**
 * Copies every row of an office server database into an embedded store freshly migrated to the
 * same version. The server is read in one repeatable-read snapshot, so the file is the office as
 * it was at one instant even while desks keep working.
 */
export async function copyServerToFile(
  server: Kysely<Database>,
  file: { sqlite: BetterSqlite3.Database; db: Kysely<Database> },
): Promise<StoreProof> {
  const plan = copyPlan(file.sqlite);
  await checkSameVersion(file.db, server);
  await checkSameTables(server, plan);
  return server
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      await sql`set transaction read only`.execute(trx);
      const begin = file.sqlite.prepare('begin');
      const commit = file.sqlite.prepare('commit');
      begin.run();
      try {
        for (const table of migrationSeededTables) file.sqlite.prepare(`delete from "${table}"`).run();
        for (const table of plan) {
          const list = table.columns.map((column) => `"${column}"`).join(', ');
          const insert = file.sqlite.prepare(
            `insert into "${table.name}" (${list}) values (${table.columns.map(() => '?').join(', ')})`,
          );
          const rows: Record<string, unknown>[] = [];
          for (let offset = 0; ; offset += pageRows) {
            // ctid: the rows' physical order, stable inside one snapshot, and every table has it.
            const page = await sql<Record<string, unknown>>`
              select ${sql.raw(list)} from ${sql.table(table.name)} order by ctid
              limit ${pageRows} offset ${offset}`.execute(trx);
            rows.push(...page.rows);
            if (page.rows.length < pageRows) break;
          }
          for (const row of referencedFirst(rows, table.selfReference)) {
            insert.run(table.columns.map((column) => sqliteValue(row[column])));
          }
        }
        commit.run();
      } catch (error) {
        if (file.sqlite.inTransaction) file.sqlite.prepare('rollback').run();
        throw error;
      }
      // The server's proof in the same snapshot the rows were read in.
      return provenCopy(await proveStore(trx, plan), await proveStore(file.db, plan));
    });
}

/** node-postgres answers bytea as a Buffer and numbers as numbers: what SQLite binds as they are. */
function sqliteValue(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

/** What proves two stores hold the same office: rows per table, the audit chain's head, attachments' SHA-256. */
export interface StoreProof {
  schemaVersion: number;
  rowCounts: Record<string, number>;
  auditHead: { seq: number; hash: string };
  /** Whether the audit chain verifies from the first event to the head. */
  auditChainOk: boolean;
  /** One SHA-256 over every attachment's own SHA-256, computed from its bytes (sorted by key). */
  attachmentsSha256: string;
  /** Attachments whose bytes no longer hash to their key. */
  attachmentsDamaged: string[];
}

/** Reads the proof of a store, on either engine, from the store itself. */
export async function proveStore(db: Kysely<Database>, plan: TableCopy[]): Promise<StoreProof> {
  const rowCounts: Record<string, number> = {};
  for (const table of plan) {
    const row = await (db as unknown as AnyDb)
      .selectFrom(table.name)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    rowCounts[table.name] = Number(row.n);
  }
  const blobs = await db.selectFrom('attachment_blob').select(['sha256', 'data']).orderBy('sha256').execute();
  const all = createHash('sha256');
  const attachmentsDamaged: string[] = [];
  for (const blob of blobs) {
    const actual = createHash('sha256')
      .update(blob.data as Uint8Array)
      .digest('hex');
    if (actual !== blob.sha256) attachmentsDamaged.push(blob.sha256);
    all.update(`${actual}\n`);
  }
  const head = await readAuditHead(db);
  const chain = await verifyAuditChain(db);
  return {
    schemaVersion: (await readAppliedMigrations(db)).length,
    rowCounts,
    auditHead: { seq: head.seq, hash: head.hash },
    auditChainOk: chain.ok,
    attachmentsSha256: all.digest('hex'),
    attachmentsDamaged,
  };
}

/** The differences between two proofs, in words (empty when the copy is the original). */
export function proofDifferences(source: StoreProof, copy: StoreProof): string[] {
  const differences: string[] = [];
  if (source.schemaVersion !== copy.schemaVersion)
    differences.push(`schema version ${source.schemaVersion} → ${copy.schemaVersion}`);
  for (const [table, count] of Object.entries(source.rowCounts)) {
    if (copy.rowCounts[table] !== count) differences.push(`${table}: ${count} rows → ${copy.rowCounts[table] ?? 0}`);
  }
  if (source.auditHead.seq !== copy.auditHead.seq || source.auditHead.hash !== copy.auditHead.hash) {
    differences.push(
      `audit head ${source.auditHead.seq}:${source.auditHead.hash} → ${copy.auditHead.seq}:${copy.auditHead.hash}`,
    );
  }
  if (!copy.auditChainOk) differences.push('the copy’s audit chain does not verify');
  if (source.attachmentsSha256 !== copy.attachmentsSha256) differences.push('attachments differ');
  if (copy.attachmentsDamaged.length > 0) differences.push(`${copy.attachmentsDamaged.length} damaged attachments`);
  return differences;
}
