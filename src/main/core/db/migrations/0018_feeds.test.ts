import { describe, expect, it } from 'vitest';
import { insertAccount } from '../../../../../test/migrationRows';
import { useTempDirs } from '../../../../../test/tempDir';
import { openStore } from '../store';
import { migrations } from './index';

const at = '2026-12-04T03:00:00.000Z';

describe('migration 0018_feeds', () => {
  const tempDir = useTempDirs();

  it('adds feeds, their signals (one per kind and key), the office rules and pickup; sightings keep their rows', async () => {
    const dataDir = tempDir();
    const v17 = await openStore({ dataDir, migrations: migrations.slice(0, 17) });
    const old = v17.connection.sqlite!;
    insertAccount(old, at);
    old
      .prepare(
        `insert into hoax (id, claim, topic, region, reach, first_seen_at, reported_by, crisis_id, status, verdict,
           explanation, verifier_id, verdict_at, clarification_statement_id, clarified_at, merged_into_id, close_note,
           created_by, created_at, updated_at, verdict_by)
         values ('h1', 'Bendungan jebol', '', null, null, ?, 'a1', null, 'reported', null, '', null, null, null, null,
           null, '', 'a1', ?, ?, null)`,
      )
      .run(at, at, at);
    old
      .prepare(
        `insert into hoax_sighting (id, hoax_id, platform, url, position) values ('s1', 'h1', 'whatsapp', '', 0)`,
      )
      .run();
    await v17.close();

    const store = await openStore({ dataDir, migrations });
    const db = store.connection.db;
    expect(await db.selectFrom('hoax_sighting').select(['id', 'signal_id']).execute()).toEqual([
      { id: 's1', signal_id: null },
    ]);
    await db
      .insertInto('feed')
      .values({
        id: 'f1',
        kind: 'bmkg_quake',
        name: 'BMKG — gempa terkini',
        url: 'https://data.bmkg.go.id/DataMKG/TEWS/gempaterkini.json',
        outlet_id: null,
        interval_minutes: 2,
        active: 1,
        etag: null,
        last_modified: null,
        last_polled_at: null,
        last_success_at: null,
        last_error: null,
        last_error_at: null,
        failures: 0,
        next_poll_at: at,
        created_by: 'a1',
        created_at: at,
        updated_at: at,
      })
      .execute();
    const signal = (id: string) =>
      db
        .insertInto('feed_signal')
        .values({
          id,
          feed_id: 'f1',
          kind: 'quake',
          key: 'bmkg:2026-12-04T03:15:30.000Z:-7.98,110.12',
          title: 'M 5,6 — 38 km BaratDaya Bantul',
          occurred_at: '2026-12-04T03:15:30.000Z',
          fetched_at: at,
          url: null,
          facts: '{}',
          match: '[{"kind":"distance","km":39}]',
          crisis_id: null,
        })
        .execute();
    await signal('g1');
    // The same earthquake read again (another BMKG list): refused, it is one signal.
    await expect(signal('g2')).rejects.toThrow(/UNIQUE/);
    await db
      .insertInto('signal_rules')
      .values({
        id: 1,
        centre_latitude: -7.716,
        centre_longitude: 110.355,
        region_codes: '["34.04"]',
        quake_min_magnitude: 5,
        quake_within_km: 150,
        cap_min_severity: 'Moderate',
        cap_min_urgency: 'Expected',
        cap_min_certainty: 'Likely',
        cap_within_km: 25,
        keywords: '[]',
        retention_days: 90,
        updated_at: at,
      })
      .execute();
    expect(await db.selectFrom('signal_rules').select(['centre_latitude', 'quake_min_magnitude']).execute()).toEqual([
      { centre_latitude: -7.716, quake_min_magnitude: 5 },
    ]);
    await expect(
      db
        .insertInto('statement_pickup')
        .values({ statement_id: 'missing', signal_id: 'g1', found_by: 'title', created_at: at })
        .execute(),
    ).rejects.toThrow(/FOREIGN KEY/);
    await store.close();
  });
});
