import { describe, expect, it } from 'vitest';
import { insertAccount } from '../../../../../test/migrationRows';
import { useTempDirs } from '../../../../../test/tempDir';
import { openStore } from '../store';
import { migrations } from './index';

const at = '2026-12-04T03:00:00.000Z';

describe('migration 0019_signal_review', () => {
  const tempDir = useTempDirs();

  it('lets a signal be set aside by someone, and keeps the signals there were', async () => {
    const dataDir = tempDir();
    const v18 = await openStore({ dataDir, migrations: migrations.slice(0, 18) });
    const old = v18.connection.sqlite!;
    insertAccount(old, at);
    old
      .prepare(
        `insert into feed (id, kind, name, url, interval_minutes, active, failures, next_poll_at, created_at, updated_at)
         values ('f1', 'news', 'Kabar Sleman', 'https://kabar.example/rss', 15, 1, 0, ?, ?, ?)`,
      )
      .run(at, at, at);
    old
      .prepare(
        `insert into feed_signal (id, feed_id, kind, key, title, occurred_at, fetched_at, url, facts, match, crisis_id)
         values ('g1', 'f1', 'news', 'f1:a1', 'Banjir rob', null, ?, null, '{}', '[{"kind":"keyword","word":"banjir"}]', null)`,
      )
      .run(at);
    await v18.close();

    const store = await openStore({ dataDir, migrations });
    const db = store.connection.db;
    expect(
      await db.selectFrom('feed_signal').select(['id', 'title', 'dismissed_at', 'dismissed_by']).execute(),
    ).toEqual([{ id: 'g1', title: 'Banjir rob', dismissed_at: null, dismissed_by: null }]);
    await db.updateTable('feed_signal').set({ dismissed_at: at, dismissed_by: 'a1' }).execute();
    await expect(db.updateTable('feed_signal').set({ dismissed_by: 'nobody' }).execute()).rejects.toThrow(
      /FOREIGN KEY/,
    );
    await store.close();
  });
});
