import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/tempDir';
import { openStore } from './store';
import { transact } from './transaction';

const row = (key: string) => ({ key, value_json: '1', updated_at: '2026-11-28T00:00:00.000Z' });

describe('transact', () => {
  const tempDir = useTempDirs();

  it('runs after-commit effects only once the commit succeeded, in order', async () => {
    const store = await openStore({ dataDir: tempDir() });
    const { db } = store.connection;
    const seen: string[] = [];
    try {
      await transact(db, async ({ trx, afterCommit }) => {
        await trx.insertInto('preference').values(row('a')).execute();
        afterCommit(() => void seen.push('first'));
        afterCommit(async () => {
          // The effect sees committed data from outside the transaction.
          const count = await db.selectFrom('preference').select(db.fn.countAll().as('n')).executeTakeFirstOrThrow();
          seen.push(`second:${String(count.n)}`);
        });
        expect(seen).toEqual([]);
      });
      expect(seen).toEqual(['first', 'second:1']);
    } finally {
      await store.close();
    }
  });

  it('rolls back on error: no rows, no effects', async () => {
    const store = await openStore({ dataDir: tempDir() });
    const { db } = store.connection;
    const seen: string[] = [];
    try {
      await expect(
        transact(db, async ({ trx, afterCommit }) => {
          await trx.insertInto('preference').values(row('a')).execute();
          afterCommit(() => void seen.push('effect'));
          throw new Error('fail after write');
        }),
      ).rejects.toThrow('fail after write');
      expect(seen).toEqual([]);
      expect(await db.selectFrom('preference').selectAll().execute()).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('refuses nesting', async () => {
    const store = await openStore({ dataDir: tempDir() });
    const { db } = store.connection;
    try {
      await expect(transact(db, ({ trx }) => transact(trx, () => Promise.resolve(1)))).rejects.toThrow(/Nested/);
    } finally {
      await store.close();
    }
  });

  it('a failing effect is reported and does not undo the commit', async () => {
    const store = await openStore({ dataDir: tempDir() });
    const { db } = store.connection;
    const reported: unknown[] = [];
    try {
      const result = await transact(
        db,
        async ({ trx, afterCommit }) => {
          await trx.insertInto('preference').values(row('kept')).execute();
          afterCommit(() => {
            throw new Error('mail server down');
          });
          return 'done';
        },
        (error) => reported.push(error),
      );
      expect(result).toBe('done');
      expect(reported).toHaveLength(1);
      expect(await db.selectFrom('preference').select('key').execute()).toEqual([{ key: 'kept' }]);
    } finally {
      await store.close();
    }
  });
});
