import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../../../test/coreHarness';
import { usePostgresDatabases } from '../../../../test/postgres/pgTest';
import { openStatementsTeam, readyStatement, submit } from '../../../../test/statementsTeam';
import { useTempDirs } from '../../../../test/tempDir';
import { verifyAuditChain } from '../db/auditChain';

describe('two desks on one office server', () => {
  const database = usePostgresDatabases();
  const tempDir = useTempDirs();
  const opened: TestCore[] = [];
  afterEach(async () => {
    for (const test of opened.splice(0)) await test.core.close();
  });

  it('50 statements finally approved from two desks at once get 50 distinct numbers with no gap', async () => {
    const url = await database();
    const { test: deskA, team } = await openStatementsTeam(tempDir(), undefined, { databaseUrl: url });
    opened.push(deskA);
    // The second desk: its own folder, the same server (the people signed in at the first desk).
    const deskB = await openTestCore(tempDir(), undefined, { databaseUrl: url });
    opened.push(deskB);

    const reviewed = [];
    for (let index = 0; index < 50; index += 1) {
      const submitted = await submit(
        deskA,
        team,
        await readyStatement(deskA, team.drafter.sessionId, `Banjir ${index}`),
      );
      reviewed.push(
        await deskA.value(
          'statements.approve',
          { id: submitted.id, revisionId: submitted.currentRevisionId, comment: '' },
          team.reviewer.sessionId,
        ),
      );
    }
    // The final approvals, alternating desks, all in flight together.
    const approved = await Promise.all(
      reviewed.map((statement, index) =>
        (index % 2 === 0 ? deskA : deskB).value(
          'statements.approve',
          { id: statement.id, revisionId: statement.currentRevisionId, comment: '' },
          team.approver.sessionId,
        ),
      ),
    );
    const numbers = approved.map((statement) => statement.number!);
    expect(new Set(numbers).size).toBe(50);
    const sequence = numbers.map((number) => Number(number.split('/')[0])).sort((a, b) => a - b);
    expect(sequence).toEqual(Array.from({ length: 50 }, (_, index) => index + 1));
    // Every approval from either desk is one link of one chain.
    const report = await verifyAuditChain(deskB.core.store.connection.db);
    expect(report.ok).toBe(true);
  }, 120_000);

  it('two desks deciding the same statement at once: one decision stands, the other is told it is done', async () => {
    const url = await database();
    const { test: deskA, team } = await openStatementsTeam(tempDir(), undefined, { databaseUrl: url });
    opened.push(deskA);
    const deskB = await openTestCore(tempDir(), undefined, { databaseUrl: url });
    opened.push(deskB);
    for (let round = 0; round < 10; round += 1) {
      const ready = await readyStatement(deskA, team.drafter.sessionId, `Rapat ${round}`);
      const submitted = await submit(deskA, team, ready);
      const reviewed = await deskA.value(
        'statements.approve',
        { id: submitted.id, revisionId: submitted.currentRevisionId, comment: '' },
        team.reviewer.sessionId,
      );
      // The final decision from both desks at once.
      const input = { id: reviewed.id, revisionId: reviewed.currentRevisionId, comment: '' };
      const results = await Promise.all(
        [deskA, deskB].map((desk) => desk.call('statements.approve', input, team.approver.sessionId)),
      );
      expect(results.map((result) => (result.ok ? 'OK' : result.error.code)).sort()).toEqual(['CONFLICT', 'OK']);
      const standing = await deskB.core.store.connection.db
        .selectFrom('statement_approval')
        .select('id')
        .where('statement_id', '=', reviewed.id)
        .where('voided_at', 'is', null)
        .execute();
      expect(standing).toHaveLength(2);
    }
  }, 120_000);
});
