import { edited, readyStatement } from '../../../../test/statementsTeam';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/tempDir';
import { tickingClock } from '../../../../test/clock';
import { useStatementsTeam } from '../../../../test/statementsHarness';
import { startSmtpServer, waitFor, type TestSmtpServer } from '../../../../test/smtpHarness';
import {
  approvedStatement,
  distribute,
  fastSender,
  journalistList,
  mailSettings,
} from '../../../../test/distributionHarness';
import { contactInput } from '../../../../test/contactsHarness';
import { pdfText } from '../../../../test/readers';

describe('distribution by e-mail through the outbox', () => {
  const tempDir = useTempDirs();
  const open = useStatementsTeam(tempDir);
  let smtp: TestSmtpServer | undefined;
  afterEach(async () => {
    await smtp?.close();
    smtp = undefined;
  });

  async function desk(serverOptions: Parameters<typeof startSmtpServer>[0] = {}, count = 5) {
    smtp = await startSmtpServer(serverOptions);
    const now = tickingClock();
    const opened = await open(now, fastSender);
    const { test, team } = opened;
    await test.value('distribution.saveSettings', mailSettings(smtp), team.admin);
    const list = await journalistList(test, team.drafter.sessionId, count);
    const statement = await approvedStatement(test, team);
    const jobDone = (id: string) =>
      waitFor(
        async () => {
          const job = await test.value('distribution.get', { id }, team.drafter.sessionId);
          return job.status === 'completed' || job.status === 'cancelled';
        },
        15_000,
        'the job to complete',
      );
    return { ...opened, ...list, statement, smtp, jobDone, now };
  }

  it('sends one message per person from the approved revision, then marks the statement released', async () => {
    const { test, team, listId, contactIds, statement, smtp, jobDone } = await desk();
    // A do-not-contact person and a colleague sharing an address are left out.
    const blocked = await test.value(
      'contacts.create',
      contactInput('Tidak Dihubungi', { emails: [{ address: 'dnc@media.test', primary: true }], doNotContact: true }),
      team.drafter.sessionId,
    );
    const shared = await test.value(
      'contacts.create',
      contactInput('Rekan Satu Meja', { emails: [{ address: 'jurnalis-1@media.test', primary: true }] }),
      team.drafter.sessionId,
    );
    const requestId = crypto.randomUUID();
    const created = await distribute(
      test,
      team,
      statement,
      { listIds: [listId], contactIds: [blocked.id, shared.id] },
      { requestId, attachment: 'pdf' },
    );
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(created.value.total).toBe(5);
    // The same submission again (a double click) is the same job.
    const again = await distribute(test, team, statement, { listIds: [listId] }, { requestId });
    expect(again.ok && again.value.id).toBe(created.value.id);

    await jobDone(created.value.id);
    expect(smtp.received).toHaveLength(5);
    const revision = await test.value(
      'statements.revision',
      { id: statement.id, revisionId: statement.currentRevisionId },
      team.drafter.sessionId,
    );
    const recipients = await test.value('distribution.recipients', { id: created.value.id }, team.drafter.sessionId);
    for (const message of smtp.received) {
      expect(message.to).toHaveLength(1);
      const parsed = message.parsed!;
      expect(parsed.subject).toContain('Banjir di Kecamatan Mlati');
      expect(parsed.text).toContain('120 keluarga mengungsi');
      expect(parsed.html).toContain('Banjir di Kecamatan Mlati');
      expect(parsed.headers.get('x-siaga-revision')).toBe(revision.hash);
      expect(parsed.replyTo?.text).toContain('redaksi@slemankab.go.id');
      // How to stop receiving them: a header mail clients offer, and a line at the foot.
      expect(message.raw.toString('latin1')).toMatch(
        /^List-Unsubscribe:\s+<mailto:redaksi@slemankab\.go\.id\?subject=Berhenti%20berlangganan>\r$/m,
      );
      expect(parsed.text).toContain('Balas dengan subjek "Berhenti berlangganan"');
      expect(parsed.html).toContain('Balas dengan subjek "Berhenti berlangganan"');
      const to = Array.isArray(parsed.to) ? parsed.to : [parsed.to!];
      expect(to.flatMap((address) => address.value.map((entry) => entry.address))).toEqual(message.to);
      const row = recipients.items.find((item) => item.address === message.to[0])!;
      expect(parsed.messageId).toBe(row.messageId);
    }
    expect(recipients.items.every((item) => item.status === 'sent')).toBe(true);
    // The PDF of the approved revision rides along, numbered and without DRAF.
    const pdf = smtp.received[0]!.parsed!.attachments.find((part) => part.contentType === 'application/pdf')!;
    const { text } = await pdfText(pdf.content);
    expect(text).toContain('Banjir di Kecamatan Mlati');
    expect(text).toMatch(/\d{3}\/SP\/HUMAS\/[IVX]+\/\d{4}/);
    expect(text).not.toContain('DRAF');

    const released = await test.value('statements.get', { id: statement.id }, team.drafter.sessionId);
    expect(released.status).toBe('released');
    const history = await test.value('distribution.list', { statementId: statement.id }, team.drafter.sessionId);
    expect(history[0]).toMatchObject({ status: 'completed', counts: { sent: 5 }, revisionHash: revision.hash });
    const person = await test.value('distribution.contactHistory', { id: contactIds[1]! }, team.drafter.sessionId);
    expect(person).toMatchObject([{ statementId: statement.id, status: 'sent' }]);
    const contact = await test.value('contacts.get', { id: contactIds[1]! }, team.drafter.sessionId);
    expect(contact.lastContactedAt).not.toBeNull();
    // "All data about this person" lists the messages sent to them.
    const data = await test.value(
      'contacts.exportPersonalData',
      { id: contactIds[1]!, format: 'json' },
      team.drafter.sessionId,
    );
    const document = JSON.parse(Buffer.from(data.dataBase64, 'base64').toString('utf8')) as { messages: unknown[] };
    expect(document.messages).toMatchObject([
      { statement: 'Banjir di Kecamatan Mlati', status: 'sent', address: 'jurnalis-2@media.test' },
    ]);
  });

  it('retries 421/450/451/452 and dropped connections, and fails 550/553/554 for good with the reply kept', async () => {
    const temporary: Record<string, { code: number; message: string } | 'drop'> = {
      'jurnalis-1@media.test': { code: 421, message: 'Service not available, closing channel' },
      'jurnalis-2@media.test': { code: 450, message: 'Mailbox busy' },
      'jurnalis-3@media.test': { code: 451, message: 'Local error in processing' },
      'jurnalis-4@media.test': { code: 452, message: 'Insufficient system storage' },
      'jurnalis-5@media.test': 'drop',
    };
    const permanent: Record<string, { code: number; message: string }> = {
      'jurnalis-6@media.test': { code: 550, message: 'Mailbox unavailable' },
      'jurnalis-7@media.test': { code: 553, message: 'Mailbox name not allowed' },
      'jurnalis-8@media.test': { code: 554, message: 'Transaction failed' },
    };
    const { test, team, listId, statement, smtp, jobDone } = await desk(
      {
        verdict: (address, attempt) =>
          permanent[address] ?? (attempt === 1 ? (temporary[address] ?? 'accept') : 'accept'),
      },
      9,
    );
    const created = await distribute(test, team, statement, { listIds: [listId] });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    await jobDone(created.value.id);

    const { items } = await test.value('distribution.recipients', { id: created.value.id }, team.drafter.sessionId);
    const byAddress = new Map(items.map((item) => [item.address, item]));
    for (const address of Object.keys(temporary)) {
      expect(byAddress.get(address)).toMatchObject({ status: 'sent', attempts: 2 });
      expect(smtp.attemptsFor(address)).toBe(2);
    }
    for (const [address, verdict] of Object.entries(permanent)) {
      const row = byAddress.get(address)!;
      expect(row).toMatchObject({ status: 'failed', reason: 'rejected', attempts: 1 });
      expect(row.reply).toContain(String(verdict.code));
      expect(row.reply).toContain(verdict.message);
    }
    expect(byAddress.get('jurnalis-9@media.test')).toMatchObject({ status: 'sent', attempts: 1 });
    const job = await test.value('distribution.get', { id: created.value.id }, team.drafter.sessionId);
    expect(job.counts).toMatchObject({ sent: 6, failed: 3 });

    // Retry failed: the server now takes them.
    for (const address of Object.keys(permanent)) delete permanent[address];
    await test.value('distribution.retryFailed', { id: created.value.id }, team.drafter.sessionId);
    await waitFor(
      async () =>
        (await test.value('distribution.get', { id: created.value.id }, team.drafter.sessionId)).counts.sent === 9,
    );
  });

  it('never exceeds the rate limit in any sliding window', async () => {
    smtp = await startSmtpServer({ parse: false });
    const opened = await open(undefined, { distribution: { ...fastSender.distribution, minuteMs: 600 } });
    const { test, team } = opened;
    await test.value('distribution.saveSettings', mailSettings(smtp, { perMinute: 4 }), team.admin);
    const { listId } = await journalistList(test, team.drafter.sessionId, 14);
    const statement = await approvedStatement(test, team);
    const created = await distribute(test, team, statement, { listIds: [listId] });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    await waitFor(() => smtp!.received.length === 14, 20_000, 'all 14 messages');
    const times = smtp.received.map((message) => message.receivedAt).sort((a, b) => a - b);
    for (let start = 0; start < times.length; start++) {
      const inWindow = times.filter((time) => time >= times[start]! && time < times[start]! + 600).length;
      expect(inWindow).toBeLessThanOrEqual(4);
    }
  });

  it('pauses, resumes and cancels mid-job', async () => {
    smtp = await startSmtpServer({ parse: false });
    const opened = await open(undefined, { distribution: { ...fastSender.distribution, minuteMs: 400 } });
    const { test, team } = opened;
    await test.value('distribution.saveSettings', mailSettings(smtp, { perMinute: 2 }), team.admin);
    const { listId } = await journalistList(test, team.drafter.sessionId, 12);
    const statement = await approvedStatement(test, team);
    const created = await distribute(test, team, statement, { listIds: [listId] });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    const id = created.value.id;
    await waitFor(() => smtp!.received.length >= 2);
    const paused = await test.value('distribution.pause', { id }, team.drafter.sessionId);
    expect(paused.status).toBe('paused');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const atPause = smtp.received.length;
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(smtp.received.length).toBe(atPause);

    await test.value('distribution.resume', { id }, team.drafter.sessionId);
    await waitFor(() => smtp!.received.length >= atPause + 2);
    const cancelled = await test.value('distribution.cancel', { id }, team.drafter.sessionId);
    expect(cancelled.status).toBe('cancelled');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const atCancel = smtp.received.length;
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(smtp.received.length).toBe(atCancel);
    const job = await test.value('distribution.get', { id }, team.drafter.sessionId);
    expect(job.counts.sent).toBe(atCancel);
    expect(job.counts.cancelled).toBe(12 - atCancel);
    // Whoever received it has it: the statement is released.
    expect((await test.value('statements.get', { id: statement.id }, team.drafter.sessionId)).status).toBe('released');
    const refused = await test.call('distribution.resume', { id }, team.drafter.sessionId);
    expect(refused.ok || refused.error.details).toMatchObject({ reason: 'distributionWrongStatus' });
  });

  it('waits for the embargo, and refuses a revision that is no longer the approved one', async () => {
    const { test, team, listId, smtp, jobDone, now } = await desk();
    const { readyStatement, edited, approveFully } = await import('../../../../test/statementsHarness');
    const draft = await readyStatement(test, team.drafter.sessionId, 'Embargo sampai pukul sepuluh');
    const embargoAt = new Date(now().getTime() + 1500).toISOString();
    const withEmbargo = await test.value(
      'statements.save',
      edited(draft, { embargoUntil: { at: embargoAt, zone: 'Asia/Jakarta' } }),
      team.drafter.sessionId,
    );
    const approved = await approveFully(test, team, withEmbargo);
    const created = await distribute(test, team, approved, { listIds: [listId] });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    expect(created.value.status).toBe('scheduled');
    expect(created.value.notBefore).toBe(embargoAt);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(smtp.received).toHaveLength(0);
    await jobDone(created.value.id);
    expect(smtp.received.every((message) => message.receivedAt >= now.wallTime(embargoAt))).toBe(true);

    // An approved statement edited afterwards goes back to draft: sending the old preview is refused.
    const other = await approvedStatement(test, team, 'Pernyataan yang diubah');
    await test.value(
      'statements.save',
      edited(other, { summary: 'Ringkasan baru setelah disetujui.' }),
      team.drafter.sessionId,
    );
    const refused = await distribute(test, team, other, { listIds: [listId] });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toMatchObject({ code: 'CONFLICT' });
  });

  it('pauses a job with a clear reason when the server refuses the password, is unreachable, or speaks no TLS', async () => {
    const { test, team, listId, statement, smtp } = await desk({ auth: { user: 'humas', pass: 'rahasia-benar' } });
    await test.value(
      'distribution.saveSettings',
      mailSettings(smtp, { username: 'humas', password: 'salah' }),
      team.admin,
    );
    const wrong = await test.value('distribution.testSettings', { to: 'admin@slemankab.go.id' }, team.admin);
    expect(wrong).toMatchObject({ delivered: false, reason: 'smtpAuth' });

    const created = await distribute(test, team, statement, { listIds: [listId] });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    await waitFor(
      async () =>
        (await test.value('distribution.get', { id: created.value.id }, team.drafter.sessionId)).status === 'paused',
    );
    const paused = await test.value('distribution.get', { id: created.value.id }, team.drafter.sessionId);
    expect(paused).toMatchObject({ pauseReason: 'smtpAuth', counts: { queued: 5, sent: 0 } });

    // The right password, then resume: everyone gets it, nobody was lost.
    await test.value(
      'distribution.saveSettings',
      mailSettings(smtp, { username: 'humas', password: 'rahasia-benar' }),
      team.admin,
    );
    expect(await test.value('distribution.testSettings', { to: 'admin@slemankab.go.id' }, team.admin)).toMatchObject({
      delivered: true,
    });
    await test.value('distribution.resume', { id: created.value.id }, team.drafter.sessionId);
    await waitFor(
      async () =>
        (await test.value('distribution.get', { id: created.value.id }, team.drafter.sessionId)).counts.sent === 5,
    );

    await test.value('distribution.saveSettings', mailSettings({ port: 1 }), team.admin);
    expect(await test.value('distribution.testSettings', { to: 'admin@slemankab.go.id' }, team.admin)).toMatchObject({
      delivered: false,
      reason: 'smtpUnreachable',
    });
    await test.value(
      'distribution.saveSettings',
      mailSettings(smtp, { security: 'tls', username: 'humas', password: 'rahasia-benar' }),
      team.admin,
    );
    expect(await test.value('distribution.testSettings', { to: 'admin@slemankab.go.id' }, team.admin)).toMatchObject({
      delivered: false,
      reason: 'smtpTls',
    });
  });

  it('fails only the recipient whose address turns out invalid at send time', async () => {
    const { test, team, listId, contactIds, statement, store, jobDone } = await (async () => {
      const d = await desk();
      return { ...d, store: d.test.core.store };
    })();
    await store.connection.db
      .updateTable('contact_email')
      .set({ address: 'bukan alamat@@' })
      .where('contact_id', '=', contactIds[2]!)
      .execute();
    const created = await distribute(test, team, statement, { listIds: [listId] });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    await jobDone(created.value.id);
    const job = await test.value('distribution.get', { id: created.value.id }, team.drafter.sessionId);
    expect(job.counts).toMatchObject({ sent: 4, failed: 1 });
    const failed = await test.value(
      'distribution.recipients',
      { id: created.value.id, status: 'failed' },
      team.drafter.sessionId,
    );
    expect(failed.items[0]).toMatchObject({ address: 'bukan alamat@@' });
    expect(['invalidAddress', 'rejected']).toContain(failed.items[0]!.reason);
  });

  it('keeps headers on one line and erases the person from the outbox on request', async () => {
    const { test, team, listId, contactIds, smtp, jobDone } = await desk();
    // The core refuses a line break in a title (mailMessage.test.ts keeps a stored one on one line).
    const draft = await readyStatement(test, team.drafter.sessionId, 'Draf lain');
    const refused = await test.call(
      'statements.save',
      edited(draft, { title: 'Banjir\r\nBcc: penyusup@jahat.test' }),
      team.drafter.sessionId,
    );
    expect(refused.ok ? 'ok' : refused.error.code).toBe('VALIDATION');
    const statement = await approvedStatement(test, team, 'Banjir Bcc: penyusup@jahat.test');
    const created = await distribute(test, team, statement, { listIds: [listId] });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    await jobDone(created.value.id);
    for (const message of smtp.received) {
      expect(message.to).toHaveLength(1);
      expect(message.parsed!.bcc).toBeUndefined();
      expect(message.parsed!.subject).not.toMatch(/[\r\n]/);
      const headers = message.raw.toString('latin1').split(/\r\n\r\n/)[0]!;
      expect(headers).not.toMatch(/^bcc:/im);
      expect(headers).toMatch(/^Subject: .*Banjir Bcc: penyusup@jahat\.test\r$/m);
    }
    await test.value('contacts.erase', { id: contactIds[0]!, reason: 'Permintaan penghapusan' }, team.admin);
    const rows = await test.core.store.connection.db
      .selectFrom('outbox')
      .select(['contact_id', 'recipient_name', 'address'])
      .where('distribution_id', '=', created.value.id)
      .where('address', 'is', null)
      .execute();
    expect(rows).toEqual([{ contact_id: null, recipient_name: null, address: null }]);
    const job = await test.value('distribution.get', { id: created.value.id }, team.drafter.sessionId);
    expect(job.counts.sent).toBe(5);
  });

  it('never sends to a person erased while their message waited', async () => {
    smtp = await startSmtpServer({ parse: false });
    const opened = await open(undefined, { distribution: { ...fastSender.distribution, minuteMs: 60_000 } });
    const { test, team } = opened;
    await test.value('distribution.saveSettings', mailSettings(smtp, { perMinute: 1 }), team.admin);
    const { listId, contactIds } = await journalistList(test, team.drafter.sessionId, 3);
    const statement = await approvedStatement(test, team);
    const created = await distribute(test, team, statement, { listIds: [listId] });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    await waitFor(() => smtp!.received.length === 1);
    const waiting = contactIds.find(
      (id) => !smtp!.received[0]!.to.includes(`jurnalis-${contactIds.indexOf(id) + 1}@media.test`),
    )!;
    await test.value('contacts.erase', { id: waiting, reason: 'Permintaan penghapusan' }, team.admin);
    test.core.sender.wake();
    await waitFor(async () => {
      const job = await test.value('distribution.get', { id: created.value.id }, team.drafter.sessionId);
      return job.counts.cancelled === 1;
    });
    const cancelled = await test.value(
      'distribution.recipients',
      { id: created.value.id, status: 'cancelled' },
      team.drafter.sessionId,
    );
    expect(cancelled.items).toMatchObject([{ reason: 'erased', address: null, name: null }]);
  });
});
