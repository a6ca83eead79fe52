import { describe, expect, it } from 'vitest';
import { insertAccount } from '../../../../../test/migrationRows';
import { useTempDirs } from '../../../../../test/tempDir';
import { openStore } from '../store';
import { migrations } from './index';

const at = '2026-11-01T00:00:00.000Z';

describe('migration 0017_second_walk', () => {
  const tempDir = useTempDirs();

  it('names the verifier as the decider of verdicts already given, and adds the erasure marks and guest speakers', async () => {
    const dataDir = tempDir();
    const v16 = await openStore({ dataDir, migrations: migrations.slice(0, 16) });
    const old = v16.connection.sqlite!;
    insertAccount(old, at);
    const hoax = old.prepare(
      `insert into hoax (id, claim, topic, region, reach, first_seen_at, reported_by, crisis_id, status, verdict,
         explanation, verifier_id, verdict_at, clarification_statement_id, clarified_at, merged_into_id, close_note,
         created_by, created_at, updated_at)
       values (?, 'Klaim', '', null, null, ?, 'a1', null, ?, ?, '', ?, ?, null, null, null, '', 'a1', ?, ?)`,
    );
    hoax.run('h1', at, 'verdict', 'hoax', 'a1', at, at, at);
    hoax.run('h2', at, 'verifying', null, 'a1', null, at, at);
    await v16.close();

    const store = await openStore({ dataDir, migrations });
    const db = store.connection.db;
    expect(await db.selectFrom('hoax').select(['id', 'verdict_by']).orderBy('id').execute()).toEqual([
      { id: 'h1', verdict_by: 'a1' },
      { id: 'h2', verdict_by: null },
    ]);
    await db
      .insertInto('erased_identifier')
      .values({ fingerprint: 'f', kind: 'email', contact_id: 'c', erased_at: at })
      .execute();
    const twice = db
      .insertInto('erased_identifier')
      .values({ fingerprint: 'f', kind: 'phone', contact_id: 'd', erased_at: at })
      .execute();
    await expect(twice).rejects.toThrow(/UNIQUE/);
    expect(await db.selectFrom('conference_guest_speaker').selectAll().execute()).toEqual([]);
    await store.close();
  });
});
