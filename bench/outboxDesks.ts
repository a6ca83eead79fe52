import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createTestDatabase } from '../test/postgres/adminClient';
import { openTestCore, type TestCore } from '../test/coreHarness';
import { approvedStatement, journalistList, mailSettings } from '../test/distributionHarness';
import { startSmtpServer } from '../test/smtpHarness';
import { openStatementsTeam } from '../test/statementsTeam';
import { rawPoolSend, result, type BenchResult } from './measure';

const recipients = 3_000;

/**
 * One release to 3,000 people on the office server, sent by one desk and then (a fresh office) by
 * two desks together, each beside nodemailer's pool sending the same number of messages to the
 * same server in the same run. What sharing the outbox across desks costs or gains.
 */
export async function outboxDesks(adminUrl: string): Promise<BenchResult[]> {
  const smtp = await startSmtpServer({ parse: false });
  try {
    const oneDesk = await sendWithDesks(adminUrl, smtp, 1);
    const twoDesks = await sendWithDesks(adminUrl, smtp, 2);
    const rawStart = performance.now();
    await rawPoolSend(smtp.port, recipients, oneDesk.message);
    const raw = recipients / ((performance.now() - rawStart) / 1000);
    return [
      result(
        `outbox throughput, one desk (${recipients} recipients, office server)`,
        oneDesk.rate,
        'msg/s',
        raw,
        'raw nodemailer pool',
      ),
      result(
        `outbox throughput, two desks sending one job (office server)`,
        twoDesks.rate,
        'msg/s',
        raw,
        'raw nodemailer pool',
      ),
    ];
  } finally {
    await smtp.close();
  }
}

async function sendWithDesks(
  adminUrl: string,
  smtp: { port: number; received: unknown[] },
  desks: 1 | 2,
): Promise<{ rate: number; message: { subject: string; html: string; text: string } }> {
  const url = (await createTestDatabase(adminUrl, 'siaga_bench')).url;
  const dirs = [mkdtempSync(join(tmpdir(), 'siaga-bench-send-a-')), mkdtempSync(join(tmpdir(), 'siaga-bench-send-b-'))];
  const opened: TestCore[] = [];
  try {
    const { test, team } = await openStatementsTeam(dirs[0]!, () => new Date(), { databaseUrl: url });
    opened.push(test);
    if (desks === 2) opened.push(await openTestCore(dirs[1]!, () => new Date(), { databaseUrl: url }));
    await test.value('distribution.saveSettings', mailSettings(smtp), team.admin);
    const session = team.drafter.sessionId;
    const { listId } = await journalistList(test, session, recipients, 'Bench');
    const statement = await approvedStatement(test, team);
    const before = smtp.received.length;
    const start = performance.now();
    const job = await test.value(
      'distribution.create',
      {
        requestId: randomUUID(),
        statementId: statement.id,
        revisionId: statement.currentRevisionId,
        channels: ['email'],
        audience: { listIds: [listId], contactIds: [] },
        attachment: 'none',
        sendAt: null,
      },
      session,
    );
    // The other desk hears of the job through the server and claims its share.
    for (;;) {
      const now = await test.value('distribution.get', { id: job.id }, session);
      if (now.status === 'completed') break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const seconds = (performance.now() - start) / 1000;
    const { email } = await test.value('distribution.preview', { statementId: statement.id }, session);
    return { rate: (smtp.received.length - before) / seconds, message: email };
  } finally {
    for (const desk of opened) await desk.core.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}
