import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../../test/tempDir';
import { insertAccount } from '../../../../../test/migrationRows';
import { openStore } from '../store';
import { migrations } from './index';

const at = '2026-11-01T00:00:00.000Z';

describe('migration 0013_hoaxes', () => {
  const tempDir = useTempDirs();

  it('adds the register with checked statuses, verdicts and platforms, and a claim index', async () => {
    const dataDir = tempDir();
    const v12 = await openStore({ dataDir, migrations: migrations.slice(0, 12) });
    insertAccount(v12.connection.sqlite, at);
    await v12.close();

    const latest = await openStore({ dataDir, migrations: migrations.slice(0, 13) });
    try {
      const sqlite = latest.connection.sqlite;
      const hoax = sqlite.prepare(
        `insert into hoax (id, claim, topic, region, reach, first_seen_at, reported_by, crisis_id, status, verdict,
           explanation, verifier_id, verdict_at, clarification_statement_id, clarified_at, merged_into_id, close_note,
           created_by, created_at, updated_at)
         values (?, 'Bendungan jebol', '', null, null, ?, '', null, ?, ?, '', null, null, null, ?, null, '', 'a1', ?, ?)`,
      );
      hoax.run('h1', at, 'reported', null, null, at, at);
      expect(() => hoax.run('h2', at, 'rumour', null, null, at, at)).toThrow(/CHECK/);
      expect(() => hoax.run('h3', at, 'verdict', 'fake', null, at, at)).toThrow(/CHECK/);
      // Clarified means released at a known time.
      expect(() => hoax.run('h4', at, 'clarified', 'hoax', null, at, at)).toThrow(/CHECK/);
      const sighting = sqlite.prepare(
        `insert into hoax_sighting (id, hoax_id, platform, url, position) values (?, ?, ?, '', 0)`,
      );
      sighting.run('s1', 'h1', 'whatsapp');
      expect(() => sighting.run('s2', 'h1', 'telegram')).toThrow(/CHECK/);
      expect(() => sighting.run('s3', 'nope', 'x')).toThrow(/FOREIGN KEY/);
      expect(() =>
        sqlite
          .prepare(
            `insert into hoax_screenshot (hoax_id, sha256, file_name, added_by, added_at) values ('h1', 'nope', 'a', 'a1', ?)`,
          )
          .run(at),
      ).toThrow(/FOREIGN KEY/);
      sqlite.prepare(`insert into hoax_fts (hoax_id, claim, topic) values ('h1', 'Bendungan jebol', '')`).run();
      expect(sqlite.prepare(`select hoax_id from hoax_fts where hoax_fts match 'bendungan'`).all()).toEqual([
        { hoax_id: 'h1' },
      ]);
    } finally {
      await latest.close();
    }
  });
});
