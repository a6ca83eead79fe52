import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../../../test/coreHarness';
import {
  approvedStatement,
  distribute,
  fastSender,
  journalistList,
  mailSettings,
} from '../../../../test/distributionHarness';
import { usePostgresDatabases } from '../../../../test/postgres/pgTest';
import { startSmtpServer, waitFor, type TestSmtpServer } from '../../../../test/smtpHarness';
import { openStatementsTeam } from '../../../../test/statementsTeam';
import { useTempDirs } from '../../../../test/tempDir';
import { claimLeaseMs } from './outboxWork';

describe('claims on the office server belong to the desk that made them', () => {
  const database = usePostgresDatabases();
  const tempDir = useTempDirs();
  const opened: TestCore[] = [];
  let smtp: TestSmtpServer | undefined;
  afterEach(async () => {
    for (const test of opened.splice(0)) await test.core.close();
    await smtp?.close();
    smtp = undefined;
  });

  it("a desk starting up leaves another desk's messages in flight alone, and takes them over once their lease ran out", async () => {
    smtp = await startSmtpServer();
    const url = await database();
    // Desk A queues a release to 5 people and "dies" with every message claimed (status sending).
    const { test: deskA, team } = await openStatementsTeam(tempDir(), undefined, {
      databaseUrl: url,
      distribution: { autoStart: false },
    });
    opened.push(deskA);
    await deskA.value('distribution.saveSettings', mailSettings(smtp), team.admin);
    const { listId } = await journalistList(deskA, team.drafter.sessionId, 5);
    const statement = await approvedStatement(deskA, team);
    const created = await distribute(deskA, team, statement, { listIds: [listId] });
    expect(created.ok).toBe(true);
    const db = deskA.core.store.connection.db;
    const claimedAt = new Date().toISOString();
    await db.updateTable('outbox').set({ status: 'sending', attempts: 1, last_attempt_at: claimedAt }).execute();

    // Desk B starts its sender: A's claims are younger than the lease, so B sends nothing.
    let offsetMs = 0;
    const deskB = await openTestCore(tempDir(), () => new Date(Date.now() + offsetMs), {
      ...fastSender,
      databaseUrl: url,
    });
    opened.push(deskB);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(smtp.received).toHaveLength(0);
    const sending = await db.selectFrom('outbox').select('status').execute();
    expect(sending.map((row) => row.status)).toEqual(Array(5).fill('sending'));

    // The lease runs out: desk B takes the claims over (as `unknown`: same Message-ID) and sends each once.
    offsetMs = claimLeaseMs + 2 * 60_000;
    deskB.core.sender.wake();
    await waitFor(() => smtp!.received.length === 5, 15_000, 'the five messages');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(smtp.received).toHaveLength(5);
    const recipients = smtp.received.flatMap((message) => message.to).sort();
    expect(new Set(recipients).size).toBe(5);
    const trail = await db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'distribution.recovered')
      .execute();
    expect(trail).toHaveLength(1);
  });
});
