import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../../test/tempDir';
import { openStore } from '../store';
import { migrations } from './index';

describe('migration 0011_crises', () => {
  const tempDir = useTempDirs();

  it('seeds the playbook with the method’s defaults and gives the office the golden-hour targets', async () => {
    const dataDir = tempDir();
    const v10 = await openStore({ dataDir, migrations: migrations.slice(0, 10) });
    v10.connection.sqlite
      .prepare(
        `insert into office (id, agency_name, unit_name, address, phone, email, website, logo_mime, logo_data, time_zone,
           default_language, office_hours_json, numbering_pattern, numbering_reset, lockout_minutes, idle_lock_minutes,
           created_at, updated_at)
         values ('o1', 'Diskominfo', '', '', '', '', '', null, null, 'Asia/Jakarta', 'id', '{}', '{seq}', 'yearly', 15, 30, ?, ?)`,
      )
      .run('2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z');
    await v10.close();

    const latest = await openStore({ dataDir, migrations: migrations.slice(0, 11) });
    try {
      const sqlite = latest.connection.sqlite;
      expect(sqlite.prepare(`select golden_hour_json from office`).get()).toEqual({ golden_hour_json: '[15,30,60]' });
      const byPhase = sqlite
        .prepare(
          `select phase, count(*) as n from playbook_item where crisis_type is null group by phase order by phase`,
        )
        .all();
      expect(byPhase).toEqual([
        { phase: 'initial', n: 3 },
        { phase: 'ongoing', n: 3 },
        { phase: 'post', n: 3 },
        { phase: 'pre', n: 3 },
      ]);
      expect(
        sqlite.prepare(`select text from playbook_item where crisis_type = 'cyber_data_leak' order by position`).all(),
      ).toEqual([
        { text: 'Beri tahu subjek data yang terdampak paling lambat 3×24 jam (UU 27/2022 Pasal 46)' },
        { text: 'Laporkan insiden ke BSSN dan lembaga pelindungan data pribadi' },
      ]);
      // The checks hold: severity 1–4, the four phases.
      expect(() =>
        sqlite
          .prepare(
            `insert into crisis (id, title, type, severity, regions_json, description, first_signal_at, phase, status,
               lead_spokesperson_id, created_by, created_at, updated_at, closed_at)
             values ('c1', 'x', 'other', 5, '[]', '', '2026-11-01T00:00:00.000Z', 'initial', 'open', null, 'nobody', '', '', null)`,
          )
          .run(),
      ).toThrow(/CHECK constraint failed: crisis_severity/);
    } finally {
      await latest.close();
    }
  });
});
