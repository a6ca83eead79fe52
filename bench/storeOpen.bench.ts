import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { openConnection } from '../src/main/core/db/connection';
import { migrations, type MigrationDefinition } from '../src/main/core/db/migrations';
import { applyPragmas } from '../src/main/core/db/pragmas';
import { backupDirName, databaseFileIn, openStore } from '../src/main/core/db/store';
import { medianMs, result, type BenchResult } from './measure';

const rows = 100_000;

/** A migration that touches every row, so migrating the 100k-row store does real work. */
const benchMigration: MigrationDefinition = {
  name: '9001_bench_index',
  up: async (db: Kysely<unknown>) => {
    await db.schema.createIndex('bench_preference_updated').on('preference').column('updated_at').execute();
  },
};

function rawOpen(file: string): void {
  const db = new BetterSqlite3(file);
  applyPragmas(db);
  db.close();
}

async function fillStore(dataDir: string): Promise<void> {
  const store = await openStore({ dataDir });
  const insert = store.connection.sqlite.prepare(
    'insert into preference (key, value_json, updated_at) values (?, ?, ?)',
  );
  store.connection.sqlite.transaction(() => {
    for (let i = 0; i < rows; i++)
      insert.run(`bench.key.${i}`, JSON.stringify({ i, text: 'Banjir Sleman' }), new Date(i * 1000).toISOString());
  })();
  await store.close();
}

export async function benchStoreOpen(): Promise<BenchResult[]> {
  const work = mkdtempSync(join(tmpdir(), 'siaga-bench-'));
  try {
    const out: BenchResult[] = [];

    // An empty data directory: create the file and run every migration.
    let n = 0;
    const emptyStore = await medianMs(15, async () => {
      await (await openStore({ dataDir: join(work, `empty-${n++}`) })).close();
    });
    let m = 0;
    const emptyRaw = await medianMs(15, () => rawOpen(join(work, `raw-${m++}.sqlite`)));
    out.push(
      result('store open + migrate, new empty store', emptyStore, 'ms', emptyRaw, 'raw better-sqlite3 open + pragmas'),
    );

    // A current store with 100k rows: open, pragmas, read the migration state.
    const big = join(work, 'big');
    await fillStore(big);
    const bigStore = await medianMs(15, async () => {
      await (await openStore({ dataDir: big })).close();
    });
    const bigRaw = await medianMs(15, () => rawOpen(databaseFileIn(big)));
    out.push(
      result(
        `store open + migrate, ${rows / 1000}k rows, up to date`,
        bigStore,
        'ms',
        bigRaw,
        'raw better-sqlite3 open + pragmas',
      ),
    );

    // The same store with a pending migration: verified backup first, then the migration.
    let k = 0;
    const pending = await medianMs(5, async () => {
      const copy = join(work, `pending-${k++}`);
      cpSync(big, copy, { recursive: true });
      rmSync(join(copy, backupDirName), { recursive: true, force: true });
      await (await openStore({ dataDir: copy, migrations: [...migrations, benchMigration] })).close();
    });
    let j = 0;
    const rawBackup = await medianMs(5, async () => {
      const connection = openConnection(databaseFileIn(big));
      await connection.sqlite.backup(join(work, `raw-backup-${j++}.sqlite`));
      await connection.close();
    });
    out.push(
      result(
        `store open + backup + migrate, ${rows / 1000}k rows`,
        pending,
        'ms',
        rawBackup,
        'raw better-sqlite3 online backup',
      ),
    );
    return out;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
