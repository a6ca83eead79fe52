import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/tempDir';
import { openStore } from './store';
import { copyPlan, migrationSeededTables, referencedFirst } from './storeCopy';

describe('the store copy plan', () => {
  const tempDir = useTempDirs();

  it('lists every table once, each after the tables it refers to, FTS shadow tables and migrations left out', async () => {
    const store = await openStore({ dataDir: tempDir() });
    try {
      const plan = copyPlan(store.connection.sqlite);
      const order = plan.map((table) => table.name);
      expect(new Set(order).size).toBe(order.length);
      expect(order).toContain('contact_fts');
      expect(order.some((name) => /_fts_(data|idx|docsize|config|content)$/.test(name))).toBe(false);
      expect(order).not.toContain('schema_migration');
      for (const table of order) {
        const keys = store.connection.sqlite.prepare(`select "table" from pragma_foreign_key_list(?)`).all(table) as {
          table: string;
        }[];
        for (const key of keys.filter((each) => each.table !== table)) {
          expect(order.indexOf(key.table), `${table} after ${key.table}`).toBeLessThan(order.indexOf(table));
        }
      }
      expect(plan.find((table) => table.name === 'hoax')?.selfReference).toMatchObject({ key: 'id' });
    } finally {
      await store.close();
    }
  });

  it("knows which tables a fresh store's migrations fill (a new seeding migration must be listed)", async () => {
    const store = await openStore({ dataDir: tempDir() });
    try {
      const filled = copyPlan(store.connection.sqlite)
        .map((table) => table.name)
        .filter((name) => store.connection.sqlite.prepare(`select 1 from "${name}" limit 1`).get() !== undefined);
      expect(filled.sort()).toEqual([...migrationSeededTables]);
    } finally {
      await store.close();
    }
  });

  it('puts a row after the row it names in the same table', () => {
    const rows = [
      { id: 'c', merged_into: 'b' },
      { id: 'b', merged_into: 'a' },
      { id: 'a', merged_into: null },
      { id: 'd', merged_into: 'missing' },
    ];
    const ordered = referencedFirst(rows, { column: 'merged_into', key: 'id' }).map((row) => row.id);
    expect(ordered).toEqual(['a', 'b', 'c', 'd']);
    expect(referencedFirst(rows, null)).toBe(rows);
  });
});
