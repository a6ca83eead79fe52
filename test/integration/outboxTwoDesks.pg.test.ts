import { afterEach, describe, expect, it } from 'vitest';
import { claimLeaseMs } from '../../src/main/core/distribution/outboxWork';
import { openTestCore, type TestCore } from '../coreHarness';
import { approvedStatement, distribute, fastSender, journalistList, mailSettings } from '../distributionHarness';
import { tickingClock } from '../clock';
import { startOutboxChild } from '../outboxChildProcess';
import { usePostgresDatabases } from '../postgres/pgTest';
import { startSmtpServer, waitFor, type TestSmtpServer } from '../smtpHarness';
import { openStatementsTeam } from '../statementsTeam';
import { useTempDirs } from '../tempDir';

const recipients = 1000;
const kills = 8;

/**
 * Two desks on one office server work one outbox: desk B stays up, desk A is a process killed
 * with SIGKILL again and again while both send. Claims are taken row by row (`FOR UPDATE SKIP
 * LOCKED`), so no message goes out from both; what a killed desk had in flight waits for its lease
 * to run out and is then sent by the desk still there, with the same Message-ID.
 */
describe('two desks sending one job, one of them killed again and again', () => {
  const database = usePostgresDatabases();
  const tempDir = useTempDirs();
  let smtp: TestSmtpServer | undefined;
  let deskB: TestCore | undefined;
  afterEach(async () => {
    await deskB?.core.close();
    await smtp?.close();
    deskB = undefined;
    smtp = undefined;
  });

  it(`reaches each of ${recipients} recipients once, apart from messages in flight at a kill`, async () => {
    // A relay that takes 40 ms a message: the job lasts long enough for both desks to share it.
    smtp = await startSmtpServer({ parse: false, acceptDelayMs: 40 });
    const url = await database();
    const now = tickingClock();
    const setup = await openStatementsTeam(tempDir(), now, { databaseUrl: url, distribution: { autoStart: false } });
    const { test, team } = setup;
    await test.value('distribution.saveSettings', mailSettings(smtp), team.admin);
    const { listId } = await journalistList(test, team.drafter.sessionId, recipients);
    const statement = await approvedStatement(test, team);
    const created = await distribute(test, team, statement, { listIds: [listId] });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    const db = test.core.store.connection.db;
    // Addresses are blanked only by an erasure, which this test does not make.
    const inFlight = async () =>
      (await db.selectFrom('outbox').select(['address', 'message_id']).where('status', '=', 'sending').execute()).map(
        (row) => ({ address: row.address ?? '', message_id: row.message_id }),
      );

    // Desk A starts first; desk B joins once A is sending. B's clock can be moved on (the lease).
    const deskADir = tempDir();
    let run = startOutboxChild(deskADir, now(), url);
    await run.ready;
    let offsetMs = 0;
    deskB = await openTestCore(tempDir(), () => new Date(now().getTime() + offsetMs), {
      ...fastSender,
      databaseUrl: url,
    });

    // Kill desk A at random moments while both send; what it had in flight is noted at each kill.
    const flying = new Map<string, string>();
    let killed = 0;
    let withInFlight = 0;
    // Each kill strands what A had claimed (up to its 40 in flight) until the lease runs out: kill
    // while enough is still waiting for both desks to go on sending.
    const waiting = async () =>
      Number(
        (
          await db
            .selectFrom('outbox')
            .select((eb) => eb.fn.countAll().as('count'))
            .where('status', 'in', ['queued', 'retry', 'unknown'])
            .executeTakeFirstOrThrow()
        ).count,
      );
    for (; killed < kills && (await waiting()) > 150; killed++) {
      const before = smtp.received.length;
      await waitFor(() => smtp!.received.length >= before + 20, 10_000, 'both desks sending');
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 80));
      run.child.kill('SIGKILL');
      await run.exited;
      // B keeps sending meanwhile: only rows A claimed stay `sending` past B's own short sends.
      const rows = await inFlight();
      if (rows.length > 0) withInFlight++;
      for (const row of rows) flying.set(row.address, row.message_id);
      run = startOutboxChild(deskADir, now(), url);
      await run.ready;
    }
    run.child.kill('SIGKILL');
    await run.exited;
    for (const row of await inFlight()) flying.set(row.address, row.message_id);

    // A's last claims run out of lease; desk B takes them over and finishes the job.
    offsetMs = claimLeaseMs + 60_000;
    deskB.core.sender.wake();
    const counts = async () =>
      (await test.value('distribution.get', { id: created.value.id }, team.drafter.sessionId)).counts;
    await waitFor(async () => (await counts()).sent === recipients, 60_000, 'every recipient sent');
    await test.core.close();

    const rows = await openRows(url);
    expect(rows).toHaveLength(recipients);
    expect(rows.filter((row) => row.status === 'sent')).toHaveLength(recipients);
    const byAddress = new Map<string, string[]>();
    for (const message of smtp.received)
      for (const address of message.to)
        byAddress.set(address, [...(byAddress.get(address) ?? []), message.messageId ?? '']);
    for (const row of rows) {
      const copies = byAddress.get(row.address) ?? [];
      expect(copies.length, row.address).toBeGreaterThanOrEqual(1);
      for (const copy of copies) expect(copy).toBe(row.message_id);
      // What a failure needs to be understood: how often the row was claimed and why it was tried again.
      const seen = `${row.address} arrived ${copies.length} times (attempts ${row.attempts}, last reason ${row.reason ?? 'none'}, ${killed} kills)`;
      if (copies.length > 1) expect(flying.has(row.address), seen).toBe(true);
    }
    const duplicates = [...byAddress.values()].filter((copies) => copies.length > 1).length;
    console.log(
      `two-desk outbox crash test: ${killed} kills of desk A (${withInFlight} with messages in flight), ${smtp.received.length} messages for ${recipients} recipients, ${duplicates} duplicates, all in flight at a kill`,
    );
    expect(killed).toBeGreaterThanOrEqual(3);
  }, 240_000);

  /** The outbox as it stands, read by a desk of its own once the others are gone. */
  async function openRows(url: string) {
    const reader = await openTestCore(tempDir(), tickingClock(), {
      databaseUrl: url,
      distribution: { autoStart: false },
    });
    try {
      const rows = await reader.core.store.connection.db
        .selectFrom('outbox')
        .select(['address', 'status', 'message_id', 'attempts', 'reason'])
        .execute();
      return rows.map((row) => ({ ...row, address: row.address ?? '' }));
    } finally {
      await reader.core.close();
    }
  }
});
