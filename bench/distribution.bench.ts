import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { approvedStatement, journalistList, mailSettings } from '../test/distributionHarness';
import { startSmtpServer } from '../test/smtpHarness';
import { openStatementsTeam } from '../test/statementsTeam';
import { rawPoolSend, result, type BenchResult } from './measure';

const recipients = 10_000;

/**
 * 10,000 recipients through the outbox (claim, send through the pool, record each result, audit
 * the job) to a local SMTP server, beside raw nodemailer pooled sending of the same messages to
 * the same server in the same run. Rate limits off.
 */
export async function benchDistribution(): Promise<BenchResult[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'siaga-bench-dist-'));
  const smtp = await startSmtpServer({ parse: false });
  try {
    const { test, team } = await openStatementsTeam(dataDir);
    await test.value('distribution.saveSettings', mailSettings(smtp), team.admin);
    const session = team.drafter.sessionId;
    const { listId: benchList, contactIds: ids } = await journalistList(test, session, recipients, 'Bench');
    const list = { id: benchList };
    const statement = await approvedStatement(test, team);

    const start = performance.now();
    const job = await test.value(
      'distribution.create',
      {
        requestId: randomUUID(),
        statementId: statement.id,
        revisionId: statement.currentRevisionId,
        channels: ['email'],
        audience: { listIds: [list.id], contactIds: [] },
        attachment: 'none',
        sendAt: null,
      },
      session,
    );
    const created = performance.now() - start;
    // Done when the job's progress says so, as a desk hears it: polling the job every few
    // milliseconds would count its 10,000 rows each time and slow the very thing measured.
    await new Promise<void>((resolve) => {
      const done = () => {
        stop();
        clearInterval(poll);
        resolve();
      };
      const stop = test.core.onEvent((event) => {
        if (event.event !== 'distribution.progress' || event.payload.distributionId !== job.id) return;
        if (event.payload.status === 'completed') done();
      });
      // A slow look as well, should the last progress event be missed.
      const poll = setInterval(() => {
        void test.value('distribution.get', { id: job.id }, session).then((now) => {
          if (now.status === 'completed') done();
        });
      }, 1000);
    });
    const ours = (performance.now() - start) / 1000;
    const sent = smtp.received.length;
    // The same subject, HTML and text alternative each recipient got.
    const { email } = await test.value('distribution.preview', { statementId: statement.id }, session);
    await test.core.close();

    // The plain way: the same message body to the same server, nodemailer's pool, nothing recorded.
    const rawStart = performance.now();
    await rawPoolSend(smtp.port, ids.length, { subject: email.subject, html: email.html, text: email.text });
    const raw = (performance.now() - rawStart) / 1000;

    return [
      result(
        `outbox: ${sent} recipients sent and recorded (job created in ${Math.round(created)} ms)`,
        ours,
        's',
        raw,
        'raw nodemailer pool (5 connections), nothing recorded',
      ),
      result('outbox throughput', sent / ours, 'msg/s', ids.length / raw, 'raw nodemailer pool', { minRatio: 0.9 }),
    ];
  } finally {
    await smtp.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
