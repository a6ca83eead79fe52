import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../../test/tempDir';
import { openStore } from '../store';
import { migrations } from './index';
import { insertAccount } from '../../../../../test/migrationRows';

describe('migrations 0005_contacts and 0006_contact_search', () => {
  const tempDir = useTempDirs();

  it('add contacts beside existing statements; erasing a contact removes its rows and index entry', async () => {
    const dataDir = tempDir();
    const v4 = await openStore({ dataDir, migrations: migrations.slice(0, 4) });
    const at = '2026-11-01T00:00:00.000Z';
    insertAccount(v4.connection.sqlite, at);
    await v4.close();

    const v6 = await openStore({ dataDir, migrations: migrations.slice(0, 6) });
    try {
      expect(v6.migration).toMatchObject({ fromVersion: 4, toVersion: 6 });
      const { sqlite } = v6.connection;
      expect(sqlite.prepare('select count(*) n from account').get()).toEqual({ n: 1 });
      sqlite
        .prepare(
          `insert into outlet (id, name, type, media_group, region_code, website, phone, email, notes, created_at, updated_at)
           values ('o1', 'Harian Jogja', 'print', 'Bisnis Indonesia', '34', '', '', '', '', ?, ?)`,
        )
        .run(at, at);
      sqlite
        .prepare(
          `insert into contact (id, full_name, language, accreditation_number, preferred_channel, notes, active,
             do_not_contact, lawful_basis, data_source, collected_on, consent_record, created_at, updated_at)
           values ('c1', 'Siti Aisyah', 'id', '', 'email', '', 1, 0, 'public_task', 'kartu pers', '2026-11-01', '', ?, ?)`,
        )
        .run(at, at);
      for (const statement of [
        "insert into contact_outlet values ('c1', 'o1', 'reporter', 1)",
        "insert into contact_email values ('c1', 'siti@harianjogja.com', 1, 0)",
        "insert into contact_phone values ('c1', '+6281234567890', 1, '', 1, 0)",
        "insert into contact_beat values ('c1', 'disaster')",
        "insert into contact_region values ('c1', '34')",
        "insert into contact_tag values ('c1', 'banjir')",
        "insert into contact_list (id, name, kind, description, created_at, updated_at) values ('l1', 'Desk bencana', 'static', '', 'a', 'a')",
        "insert into contact_list_member values ('l1', 'c1', 'a')",
        "insert into contact_fts (contact_id, name, outlets, emails, phones, beats, notes) values ('c1', 'Siti Aisyah', 'Harian Jogja', 'siti@harianjogja.com', '6281234567890 081234567890', 'disaster', '')",
      ]) {
        sqlite.prepare(statement).run();
      }
      expect(sqlite.prepare('select contact_id from contact_fts where contact_fts match \'"aisy"*\'').all()).toEqual([
        { contact_id: 'c1' },
      ]);
      expect(() => sqlite.prepare("insert into contact_email values ('nobody', 'x@y.id', 1, 0)").run()).toThrow(
        /FOREIGN KEY/,
      );

      sqlite.prepare("delete from contact_fts where contact_id = 'c1'").run();
      sqlite.prepare("delete from contact where id = 'c1'").run();
      for (const table of [
        'contact_outlet',
        'contact_email',
        'contact_phone',
        'contact_beat',
        'contact_region',
        'contact_tag',
        'contact_list_member',
      ]) {
        expect(sqlite.prepare(`select count(*) n from ${table}`).get(), table).toEqual({ n: 0 });
      }
      expect(sqlite.prepare("select count(*) n from contact_fts where contact_fts match 'siti'").get()).toEqual({
        n: 0,
      });
      expect(sqlite.prepare('select count(*) n from outlet').get()).toEqual({ n: 1 });
    } finally {
      await v6.close();
    }
  });
});
