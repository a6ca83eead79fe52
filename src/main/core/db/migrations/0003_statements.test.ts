import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../../test/tempDir';
import { openStore } from '../store';
import { migrations } from './index';
import { insertAccount } from '../../../../../test/migrationRows';

describe('migrations 0003_statements and 0004_statement_search', () => {
  const tempDir = useTempDirs();

  it('add statements beside existing accounts and audit events, with the default chain and FTS index', async () => {
    const dataDir = tempDir();
    const v2 = await openStore({ dataDir, migrations: migrations.slice(0, 2) });
    const at = '2026-11-01T00:00:00.000Z';
    insertAccount(v2.connection.sqlite, at);
    await v2.close();

    const v4 = await openStore({ dataDir, migrations: migrations.slice(0, 4) });
    try {
      expect(v4.migration).toMatchObject({ fromVersion: 2, toVersion: 4 });
      const { db, sqlite } = v4.connection;
      expect(await db.selectFrom('account').select('username').execute()).toEqual([{ username: 'penyusun' }]);
      // approval_step was replaced by approval_chain_step in 0015.
      expect(sqlite.prepare('select * from approval_step order by position').all()).toEqual([
        { position: 0, role: 'reviewer' },
        { position: 1, role: 'approver' },
      ]);
      sqlite
        .prepare(
          `insert into statement (id, number, kind, language, status, title, summary, tags_json, author_id,
            current_revision_id, revision_no, chain_json, created_at, updated_at)
           values ('s1', null, 'press_release', 'id', 'draft', 'Judul', '', '[]', 'a1', 'r1', 1, '[]', ?, ?)`,
        )
        .run(at, at);
      sqlite
        .prepare(
          `insert into statement_revision (id, statement_id, revision_no, author_id, content_json, hash, created_at)
           values ('r1', 's1', 1, 'a1', '{}', 'h1', ?)`,
        )
        .run(at);
      expect(() => sqlite.prepare("update statement_revision set hash = 'x'").run()).toThrow(/append-only/);
      const approve = sqlite.prepare(
        `insert into statement_approval (id, statement_id, revision_id, revision_hash, step_index, role, outcome,
           account_id, comment, decided_at) values ('p1', 's1', 'r1', 'h1', 0, 'reviewer', 'approved', 'a1', '', ?)`,
      );
      expect(() => approve.run(at)).toThrow(/four-eyes/);
      expect(() =>
        sqlite
          .prepare(
            "insert into statement (id, kind, language, status, title, summary, tags_json, author_id, current_revision_id, revision_no, chain_json, created_at, updated_at) values ('s2','qa','id','draft','t','','[]','nobody','r',1,'[]','a','a')",
          )
          .run(),
      ).toThrow(/FOREIGN KEY/);
      sqlite
        .prepare(
          "insert into statement_fts (statement_id, number, title, summary, body, tags) values ('s1', '', 'Banjir bandang', '', 'Kerusakán jembatan', '')",
        )
        .run();
      const hit = sqlite.prepare("select statement_id from statement_fts where statement_fts match 'kerusakan'").all();
      expect(hit).toEqual([{ statement_id: 's1' }]);
    } finally {
      await v4.close();
    }
  });
});
