import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../../test/tempDir';
import { insertAccount } from '../../../../../test/migrationRows';
import { openStore } from '../store';
import { migrations } from './index';

const at = '2026-11-01T00:00:00.000Z';

describe('migration 0012_crisis_report', () => {
  const tempDir = useTempDirs();

  it('adds lessons (three named sections) and statement quotes that must name a real figure', async () => {
    const dataDir = tempDir();
    const v11 = await openStore({ dataDir, migrations: migrations.slice(0, 11) });
    insertAccount(v11.connection.sqlite, at);
    v11.connection.sqlite
      .prepare(
        `insert into crisis (id, title, type, severity, regions_json, description, first_signal_at, phase, status,
           lead_spokesperson_id, created_by, created_at, updated_at, closed_at)
         values ('k1', 'Banjir', 'natural_disaster', 2, '[]', '', ?, 'initial', 'open', null, 'a1', ?, ?, null)`,
      )
      .run(at, at, at);
    await v11.close();

    const latest = await openStore({ dataDir, migrations: migrations.slice(0, 12) });
    try {
      const sqlite = latest.connection.sqlite;
      const lesson = sqlite.prepare(
        `insert into crisis_lesson (crisis_id, section, text, updated_by, updated_at) values ('k1', ?, 'x', 'a1', ?)`,
      );
      lesson.run('went_well', at);
      expect(() => lesson.run('gossip', at)).toThrow(/CHECK/);
      expect(() => lesson.run('went_well', at)).toThrow(/UNIQUE|PRIMARY/);
      expect(() =>
        sqlite
          .prepare(
            `insert into statement_figure (statement_id, series_id, figure_id, quoted_by, quoted_at)
             values ('nope', 's1', 'nope', 'a1', ?)`,
          )
          .run(at),
      ).toThrow(/FOREIGN KEY/);
    } finally {
      await latest.close();
    }
  });
});
