import { crisisAwaitingApproval } from '../../../../test/approverNoticesHarness';
import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/schema';
import { tickingClock } from '../../../../test/clock';
import { fastSender } from '../../../../test/distributionHarness';
import { startSmtpServer, waitFor, type TestSmtpServer } from '../../../../test/smtpHarness';
import { failure, readyStatement, submit, useStatementsTeam } from '../../../../test/statementsHarness';
import { useTempDirs } from '../../../../test/tempDir';

const minute = 60_000;

/**
 * Approvers reached where they are: the approver of a waiting step gets an e-mail; in an open
 * crisis a reminder after the office's reminder minutes, then their stand-in after its stand-in
 * minutes; each once, however often the desk looks.
 */
describe('approver notices', () => {
  const tempDir = useTempDirs();
  const open = useStatementsTeam(tempDir);
  let smtp: TestSmtpServer | undefined;
  afterEach(async () => {
    await smtp?.close();
    smtp = undefined;
  });

  async function crisisDesk() {
    smtp = await startSmtpServer();
    let offsetMs = 0;
    const ticking = tickingClock(new Date('2026-11-28T03:05:00.000Z'));
    const now = () => new Date(ticking().getTime() + offsetMs);
    const opened = await open(now, fastSender);
    const { test, team } = opened;
    const { crisis, written } = await crisisAwaitingApproval(test, team, smtp);
    return { ...opened, crisis, written, later: (ms: number) => (offsetMs += ms) };
  }

  /**
   * The server having a message is not the desk having recorded it (that follows a moment later,
   * in a batch): the clock moves on only once nothing is left in flight, or a claim older than
   * its lease would count as abandoned and go again.
   */
  async function onRecord(test: { core: { store: { connection: { db: Kysely<Database> } } } }) {
    await waitFor(
      async () => {
        const { n } = await test.core.store.connection.db
          .selectFrom('outbox')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('status', 'in', ['queued', 'sending'])
          .executeTakeFirstOrThrow();
        return Number(n) === 0;
      },
      10_000,
      'the send on record',
    );
  }

  const received = () => smtp!.received.map((message) => ({ to: message.to, subject: message.parsed?.subject }));

  it('tells the approver at once, reminds them, then tells their stand-in; each once over an hour of looking', async () => {
    const { test, team, written, later } = await crisisDesk();
    await test.value(
      'statements.submit',
      { id: written.id, revisionId: written.currentRevisionId },
      team.drafter.sessionId,
    );
    // The submission itself makes the desk look: the request goes without waiting for the minute.
    await waitFor(() => smtp!.received.length === 1, 10_000, 'the request');
    await onRecord(test);
    const request = smtp!.received[0]!;
    expect(request.to).toEqual(['pimpinan@sleman.test']);
    expect(request.parsed!.subject).toBe(`[Siaga] Menunggu persetujuan Anda: ${written.content.title}`);
    const text = request.parsed!.text!;
    expect(text).toContain('Yth. Pengguna pimpinan,');
    expect(text).toContain('Jenis: Pernyataan awal');
    expect(text).toContain('Krisis: Banjir lahar hujan Kecamatan Cangkringan');
    expect(text).toContain('Diajukan oleh: Pengguna penyusun');
    expect(text).toContain('Tahap persetujuan: Tahap 1 dari 1 (Pimpinan)');
    expect(text).toMatch(/Menunggu sejak: 28 November 2026, 10\.0\d WIB/);
    expect(text).toContain('masuk sebagai "pimpinan"');
    expect(request.parsed!.html).toContain('<th align="left">Krisis</th>');

    // Looking again tells nobody again.
    expect(await test.core.approverNotices.lookNow()).toBe(0);
    // Ten minutes on, still waiting in an open crisis: the reminder; twenty, the stand-in.
    // (Each sent before the clock moves on: a claim older than its lease counts as abandoned on the server.)
    later(10 * minute);
    expect(await test.core.approverNotices.lookNow()).toBe(1);
    await waitFor(() => smtp!.received.length === 2, 10_000, 'the reminder');
    await onRecord(test);
    later(10 * minute);
    expect(await test.core.approverNotices.lookNow()).toBe(1);
    await waitFor(() => smtp!.received.length === 3, 10_000, 'the stand-in notice');
    await onRecord(test);
    // An hour more of looking every five minutes adds nothing.
    for (let step = 0; step < 12; step++) {
      later(5 * minute);
      expect(await test.core.approverNotices.lookNow()).toBe(0);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(received()).toEqual([
      { to: ['pimpinan@sleman.test'], subject: `[Siaga] Menunggu persetujuan Anda: ${written.content.title}` },
      {
        to: ['pimpinan@sleman.test'],
        subject: `[Siaga] Pengingat — masih menunggu persetujuan Anda: ${written.content.title}`,
      },
      {
        to: ['redaktur2@sleman.test'],
        subject: `[Siaga] Sebagai pengganti — menunggu persetujuan: ${written.content.title}`,
      },
    ]);
    expect(smtp!.received[2]!.parsed!.text).toContain('sudah lama menunggu Pengguna pimpinan');
    // On the statement's record, once each (read from the trail: the sessions idled out meanwhile).
    const trail = await test.core.store.connection.db
      .selectFrom('audit_log')
      .select('data')
      .where('action', '=', 'statement.approverNotified')
      .where('entity_id', '=', written.id)
      .execute();
    expect(trail.map((entry) => (JSON.parse(entry.data) as { kind: string }).kind)).toEqual([
      'request',
      'reminder',
      'standIn',
    ]);
  });

  it('outside a crisis only the requests go, step by step; someone without an address is recorded, not mailed', async () => {
    const { test, team, later } = await crisisDesk();
    // A press release, no crisis: the default chain, reviewers then the leader.
    const statement = await readyStatement(test, team.drafter.sessionId);
    await submit(test, team, statement);
    // Step 1 is the reviewers': redaktur2 has an address, redaktur none.
    await waitFor(() => smtp!.received.length === 1, 10_000, 'the request of step 1');
    await onRecord(test);
    expect(smtp!.received[0]!.to).toEqual(['redaktur2@sleman.test']);
    expect(smtp!.received[0]!.parsed!.text).toContain('Tahap persetujuan: Tahap 1 dari 2 (Redaktur / Kepala Humas)');
    expect(smtp!.received[0]!.parsed!.text).not.toContain('Krisis:');
    const recorded = await test.core.store.connection.db
      .selectFrom('approval_notice')
      .select(['account_id', 'kind', 'distribution_id'])
      .where('statement_id', '=', statement.id)
      .execute();
    expect(recorded).toEqual(
      expect.arrayContaining([
        { account_id: team.reviewer.account.id, kind: 'request', distribution_id: null },
        { account_id: team.reviewer2.account.id, kind: 'request', distribution_id: expect.any(String) },
      ]),
    );
    // Waiting outside a crisis reminds nobody (within the sessions' idle lock, so they may decide after).
    later(12 * minute);
    expect(await test.core.approverNotices.lookNow()).toBe(0);
    await test.value(
      'statements.approve',
      { id: statement.id, revisionId: statement.currentRevisionId, comment: '' },
      team.reviewer.sessionId,
    );
    // Step 2, the leader's: its request, once.
    await waitFor(() => smtp!.received.length === 2, 10_000, 'the request of step 2');
    await onRecord(test);
    expect(smtp!.received[1]!.to).toEqual(['pimpinan@sleman.test']);
    expect(smtp!.received[1]!.parsed!.text).toContain('Tahap persetujuan: Tahap 2 dari 2 (Pimpinan)');
    await test.value(
      'statements.approve',
      { id: statement.id, revisionId: statement.currentRevisionId, comment: '' },
      team.approver.sessionId,
    );
    later(60 * minute);
    expect(await test.core.approverNotices.lookNow()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp!.received).toHaveLength(2);
  });

  it('waits as long as the office says; 0 turns a notice off; only an administrator may say', async () => {
    const { test, team, written, later } = await crisisDesk();
    const policy = { approvalReminders: { reminderMinutes: 5, standInMinutes: 0 } };
    expect(failure(await test.call('statements.updateReleasePolicy', policy, team.drafter.sessionId))).toEqual({
      code: 'FORBIDDEN',
      reason: 'forbidden',
    });
    expect(
      failure(
        await test.call(
          'statements.updateReleasePolicy',
          { approvalReminders: { reminderMinutes: -1, standInMinutes: 0 } },
          team.admin,
        ),
      ).code,
    ).toBe('VALIDATION');
    const saved = await test.value('statements.updateReleasePolicy', policy, team.admin);
    expect(saved.approvalReminders).toEqual({ reminderMinutes: 5, standInMinutes: 0 });
    // The armed-release switch is untouched by it.
    expect(saved.armedReleases).toBe(true);
    await test.value(
      'statements.submit',
      { id: written.id, revisionId: written.currentRevisionId },
      team.drafter.sessionId,
    );
    await waitFor(() => smtp!.received.length === 1, 10_000, 'the request');
    await onRecord(test);
    later(4 * minute);
    expect(await test.core.approverNotices.lookNow()).toBe(0);
    later(2 * minute);
    expect(await test.core.approverNotices.lookNow()).toBe(1);
    await waitFor(() => smtp!.received.length === 2, 10_000, 'the reminder');
    await onRecord(test);
    later(60 * minute);
    expect(await test.core.approverNotices.lookNow()).toBe(0);
  });
});
