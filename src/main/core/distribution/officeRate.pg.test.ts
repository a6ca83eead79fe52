import { afterEach, describe, expect, it } from 'vitest';
import { tickingClock } from '../../../../test/clock';
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

/** The "minute" of this test, short so that the job takes seconds. */
const minuteMs = 800;
const perMinute = 4;

describe("the mail server's rate limit is the office's, not each desk's", () => {
  const database = usePostgresDatabases();
  const tempDir = useTempDirs();
  const opened: TestCore[] = [];
  let smtp: TestSmtpServer | undefined;
  afterEach(async () => {
    for (const test of opened.splice(0)) await test.core.close();
    await smtp?.close();
    smtp = undefined;
  });

  it('two desks sending one job together stay within the limit in every sliding window', async () => {
    smtp = await startSmtpServer({ parse: false });
    const url = await database();
    const now = tickingClock();
    const sender = { distribution: { ...fastSender.distribution, minuteMs } };
    const { test: deskA, team } = await openStatementsTeam(tempDir(), now, { ...sender, databaseUrl: url });
    opened.push(deskA);
    const deskB = await openTestCore(tempDir(), now, { ...sender, databaseUrl: url });
    opened.push(deskB);
    await deskA.value('distribution.saveSettings', mailSettings(smtp, { perMinute }), team.admin);
    const { listId } = await journalistList(deskA, team.drafter.sessionId, 16);
    const statement = await approvedStatement(deskA, team);
    const created = await distribute(deskA, team, statement, { listIds: [listId] });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    deskB.core.sender.wake();

    await waitFor(() => smtp!.received.length === 16, 30_000, 'all 16 messages');
    const times = smtp.received.map((message) => message.receivedAt).sort((a, b) => a - b);
    for (const start of times) {
      const inWindow = times.filter((time) => time >= start && time < start + minuteMs).length;
      expect(inWindow).toBeLessThanOrEqual(perMinute);
    }
    await waitFor(
      async () =>
        (await deskA.value('distribution.get', { id: created.value.id }, team.drafter.sessionId)).counts.sent === 16,
      10_000,
      'all 16 recorded as sent',
    );
  });
});
