import { crisisAwaitingApproval } from '../../../../test/approverNoticesHarness';
import { afterEach, describe, expect, it } from 'vitest';
import { tickingClock } from '../../../../test/clock';
import { openTestCore, userPassword, type TestCore } from '../../../../test/coreHarness';
import { fastSender } from '../../../../test/distributionHarness';
import { usePostgresDatabases } from '../../../../test/postgres/pgTest';
import { startSmtpServer, waitFor, type TestSmtpServer } from '../../../../test/smtpHarness';
import { openStatementsTeam } from '../../../../test/statementsTeam';
import { useTempDirs } from '../../../../test/tempDir';

const minute = 60_000;

/**
 * Two desks on one office server look for approver notices over an hour of the office's time:
 * only the desk holding the duty looks, another takes over when it goes away, and each notice
 * goes once.
 */
describe('approver notices on an office server with two desks', () => {
  const database = usePostgresDatabases();
  const tempDir = useTempDirs();
  const opened: TestCore[] = [];
  let smtp: TestSmtpServer | undefined;
  afterEach(async () => {
    for (const test of opened.splice(0)) await test.core.close().catch(() => undefined);
    await smtp?.close();
    smtp = undefined;
  });

  it('an hour of both desks looking every five minutes tells each person once; the duty moves when its desk closes', async () => {
    smtp = await startSmtpServer();
    const url = await database();
    let offsetMs = 0;
    const ticking = tickingClock(new Date('2026-11-28T03:05:00.000Z'));
    const now = () => new Date(ticking().getTime() + offsetMs);
    const { test: deskA, team } = await openStatementsTeam(tempDir(), now, { ...fastSender, databaseUrl: url });
    opened.push(deskA);
    const deskB = await openTestCore(tempDir(), now, { ...fastSender, databaseUrl: url });
    opened.push(deskB);
    const { written } = await crisisAwaitingApproval(deskA, team, smtp);
    await deskA.value(
      'statements.submit',
      { id: written.id, revisionId: written.currentRevisionId },
      team.drafter.sessionId,
    );
    await waitFor(() => smtp!.received.length === 1, 10_000, 'the request');

    // Both desks look every five minutes for an hour; only one of them holds the duty.
    const looked = { a: 0, b: 0 };
    for (let step = 0; step < 12; step++) {
      offsetMs += 5 * minute;
      looked.a += await deskA.core.approverNotices.lookNow();
      looked.b += await deskB.core.approverNotices.lookNow();
      // Sent before the clock moves on (a claim older than its lease counts as abandoned).
      await waitFor(() => smtp!.received.length === 1 + looked.a + looked.b, 10_000, 'the notices recorded');
    }
    expect(looked.a + looked.b).toBe(2);
    expect(looked.a === 0 || looked.b === 0).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.received.map((message) => [message.to[0], message.parsed!.subject!.split(':')[0]])).toEqual([
      ['pimpinan@sleman.test', '[Siaga] Menunggu persetujuan Anda'],
      ['pimpinan@sleman.test', '[Siaga] Pengingat — masih menunggu persetujuan Anda'],
      ['redaktur2@sleman.test', '[Siaga] Sebagai pengganti — menunggu persetujuan'],
    ]);

    // The desk holding the duty closes: the other takes it over and tells whoever is owed next.
    const holder = looked.a > 0 ? deskA : deskB;
    const other = holder === deskA ? deskB : deskA;
    await holder.core.close();
    opened.splice(opened.indexOf(holder), 1);
    // (An hour passed: both sign in again.) The leader asks for changes; the drafter submits again — a new round.
    const signIn = (username: string) => other.value('accounts.login', { username, password: userPassword });
    const leader = await signIn('pimpinan');
    await other.value(
      'statements.requestChanges',
      { id: written.id, revisionId: written.currentRevisionId, comment: 'Tambahkan jumlah pengungsi.' },
      leader.sessionId,
    );
    const drafter = await signIn('penyusun');
    await other.value(
      'statements.submit',
      { id: written.id, revisionId: written.currentRevisionId },
      drafter.sessionId,
    );
    expect(await other.core.approverNotices.lookNow()).toBeGreaterThanOrEqual(0);
    await waitFor(() => smtp!.received.length === 4, 10_000, "the new round's request");
    expect(smtp.received[3]!.to).toEqual(['pimpinan@sleman.test']);
  });
});
