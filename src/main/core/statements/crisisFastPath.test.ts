import { afterEach, describe, expect, it } from 'vitest';
import { tickingClock } from '../../../../test/clock';
import { crisisInput } from '../../../../test/crisesHarness';
import { fastSender, journalistList, mailSettings } from '../../../../test/distributionHarness';
import { startSmtpServer, waitFor, type TestSmtpServer } from '../../../../test/smtpHarness';
import { body, edited, failure, useStatementsTeam } from '../../../../test/statementsHarness';
import { useTempDirs } from '../../../../test/tempDir';
import { docToPlainText } from '../../../shared/statements/plainText';
import { bracketedPrompts, promptableText } from '../../../shared/statements/templates/placeholders';

/**
 * The golden hour's path in the core: a holding statement written by the crisis, armed with the
 * crisis's audience, submitted to the holding statement's own one-step chain and sent by the
 * approval itself.
 */
describe('the crisis fast path', () => {
  const tempDir = useTempDirs();
  const open = useStatementsTeam(tempDir);
  let smtp: TestSmtpServer | undefined;
  afterEach(async () => {
    await smtp?.close();
    smtp = undefined;
  });

  /** 10.05 WIB, 25 minutes after the first signal of a flood in Sleman, with a mail server and 12 journalists. */
  async function desk() {
    smtp = await startSmtpServer();
    const now = tickingClock(new Date('2026-11-28T03:05:00.000Z'));
    const opened = await open(now, fastSender);
    const { test, team } = opened;
    await test.value('distribution.saveSettings', mailSettings(smtp), team.admin);
    const list = await journalistList(test, team.drafter.sessionId, 12);
    const crisis = await test.value(
      'crises.save',
      {
        crisis: crisisInput({
          title: 'Banjir lahar hujan Kecamatan Cangkringan',
          leadSpokespersonId: team.spokesperson.account.id,
          audience: { listIds: [list.listId], contactIds: [] },
        }),
      },
      team.drafter.sessionId,
    );
    await test.value(
      'crises.recordFigure',
      {
        crisisId: crisis.id,
        label: 'Warga mengungsi',
        value: 1250,
        unit: 'jiwa',
        source: 'BPBD Sleman',
        asOf: '2026-11-28T03:00:00.000Z',
      },
      team.drafter.sessionId,
    );
    /** "Tulis pernyataan awal": the holding statement the crisis writes. */
    const writeHolding = () =>
      test.value(
        'statements.create',
        { kind: 'holding_statement', language: 'id', templateId: null, crisisId: crisis.id },
        team.drafter.sessionId,
      );
    /** The holding statement with what is known written over the template's prompts, saved. */
    const writtenHolding = async () =>
      test.value(
        'statements.save',
        edited(await writeHolding(), {
          body: body('Kami turut prihatin atas banjir.', 'Warga mengungsi: 1.250 jiwa.'),
        }),
        team.drafter.sessionId,
      );
    return { ...opened, ...list, crisis, now, writeHolding, writtenHolding };
  }

  it('writes the holding statement from what the crisis knows: name, place, figures, spokesperson, next update', async () => {
    const { test, team, crisis, writeHolding } = await desk();
    const holding = await writeHolding();
    const content = holding.content;
    // Named after the crisis; its name already says where, so no " di [Lokasi]" is left.
    expect(content.title).toBe(
      'Dinas Komunikasi dan Informatika Kabupaten Sleman Menangani Banjir lahar hujan Kecamatan Cangkringan',
    );
    const text = docToPlainText(content.body);
    expect(text).toContain('banjir lahar hujan Kecamatan Cangkringan yang terjadi di Kabupaten Sleman');
    expect(text).toContain('Warga mengungsi: 1.250 jiwa (sumber: BPBD Sleman, per');
    expect(text).not.toContain('[Fakta terverifikasi 2');
    // The test office has no city: the dateline takes the crisis's place.
    expect(content.datelinePlace).toBe('Sleman');
    expect(content.spokespersonId).toBe(team.spokesperson.account.id);
    // An hour on, rounded up to the quarter: 10.05 + 60 min → 11.15 WIB.
    expect(content.nextUpdateAt).toEqual({ at: '2026-11-28T04:15:00.000Z', zone: 'Asia/Jakarta' });
    // The next update is one field: the body no longer promises it a second time.
    expect(text).not.toMatch(/Pembaruan berikutnya|paling lambat/);
    // Linked to the crisis in the same step, and armed with the crisis's audience.
    const linked = await test.value('crises.get', { id: crisis.id }, team.drafter.sessionId);
    expect(linked.statements.map((statement) => statement.id)).toEqual([holding.id]);
    expect(holding.releasePlan).toMatchObject({
      channels: ['email', 'website'],
      recipients: 12,
      listNames: ['Wartawan Sleman'],
      attachment: 'pdf',
      distributionId: null,
      blocked: null,
    });
    // What the crisis could not know stays as prompts for the drafter.
    expect(bracketedPrompts(promptableText(content)).length).toBeGreaterThan(0);
  });

  it('sends the armed release with the final approval of a one-step chain, released at the first acceptance', async () => {
    const { test, team, writtenHolding } = await desk();
    await test.value(
      'statements.updateChain',
      { kind: 'holding_statement', steps: [{ roles: ['approver', 'spokesperson'] }] },
      team.admin,
    );
    const written = await writtenHolding();
    const submitted = await test.value(
      'statements.submit',
      { id: written.id, revisionId: written.currentRevisionId },
      team.drafter.sessionId,
    );
    expect(submitted.chain.map((step) => step.roles)).toEqual([['approver', 'spokesperson']]);
    // The spokesperson sees it in their tasks, and the armed release with it.
    const tasks = await test.value('statements.myTasks', {}, team.spokesperson.sessionId);
    expect(tasks.toDecide.map((item) => item.id)).toEqual([written.id]);
    // A plan cannot change under an approver who has decided; before that it can.
    const approved = await test.value(
      'statements.approve',
      { id: submitted.id, revisionId: submitted.currentRevisionId, comment: '' },
      team.spokesperson.sessionId,
    );
    expect(approved.status).toBe('approved');
    expect(approved.releasePlan?.distributionId).toEqual(expect.any(String));
    const job = await test.value(
      'distribution.get',
      { id: approved.releasePlan!.distributionId! },
      team.drafter.sessionId,
    );
    expect(job).toMatchObject({ channels: ['email', 'website'], total: 12, attachment: 'pdf' });
    // The statement turns released when the sender records the first acceptance, which comes after
    // the SMTP server has the message: wait for the record, not for the server.
    await waitFor(
      async () => (await test.value('distribution.get', { id: job.id }, team.drafter.sessionId)).counts.sent === 12,
      15_000,
      'twelve messages recorded as sent',
    );
    expect(smtp!.received).toHaveLength(12);
    const released = await test.value('statements.get', { id: written.id }, team.drafter.sessionId);
    expect(released.status).toBe('released');
    // Released when the first journalist's server accepted it, not when the last did.
    const sentAt = (
      await test.value('distribution.recipients', { id: job.id, limit: 100, offset: 0 }, team.drafter.sessionId)
    ).items
      .map((recipient) => recipient.sentAt!)
      .sort();
    expect(released.releasedAt).toBe(sentAt[0]);
    expect(new Set(smtp!.received.flatMap((message) => message.to))).toEqual(
      new Set(Array.from({ length: 12 }, (_, index) => `jurnalis-${index + 1}@media.test`)),
    );
  });

  it('refuses to change an armed release once an approver decided, and never arms for a viewer', async () => {
    const { test, team, crisis, listId, writtenHolding } = await desk();
    const written = await writtenHolding();
    const plan = {
      channels: ['email' as const],
      audience: { listIds: [listId], contactIds: [] },
      attachment: 'none' as const,
    };
    expect(
      failure(await test.call('distribution.arm', { statementId: written.id, plan }, team.viewer.sessionId)),
    ).toEqual({
      code: 'FORBIDDEN',
      reason: 'forbidden',
    });
    const rearmed = await test.value('distribution.arm', { statementId: written.id, plan }, team.drafter.sessionId);
    expect(rearmed.releasePlan).toMatchObject({ channels: ['email'], attachment: 'none' });
    const submitted = await test.value(
      'statements.submit',
      { id: written.id, revisionId: written.currentRevisionId },
      team.drafter.sessionId,
    );
    await test.value(
      'statements.approve',
      { id: submitted.id, revisionId: submitted.currentRevisionId, comment: '' },
      team.reviewer.sessionId,
    );
    const late = await test.call('distribution.arm', { statementId: written.id, plan: null }, team.drafter.sessionId);
    expect(failure(late)).toEqual({ code: 'CONFLICT', reason: 'releaseAfterDecision' });
    // Nobody reachable is said when arming, not discovered at approval.
    const empty = await test.value(
      'contacts.saveList',
      { name: 'Kosong', kind: 'static', description: '' },
      team.drafter.sessionId,
    );
    const draft = await test.value(
      'statements.create',
      { kind: 'update', language: 'id', templateId: null, crisisId: crisis.id },
      team.drafter.sessionId,
    );
    const nobody = await test.call(
      'distribution.arm',
      { statementId: draft.id, plan: { ...plan, audience: { listIds: [empty.id], contactIds: [] } } },
      team.drafter.sessionId,
    );
    expect(failure(nobody)).toEqual({ code: 'CONFLICT', reason: 'noRecipients' });
  });

  it('lets the approval stand and says why when the armed release can no longer go', async () => {
    const { test, team, contactIds, writtenHolding } = await desk();
    const written = await writtenHolding();
    expect(written.releasePlan?.recipients).toBe(12);
    // Between arming and approval, everyone on the list asked not to be contacted.
    for (const id of contactIds) {
      await test.value('contacts.recordOptOut', { id, via: 'email_reply' }, team.drafter.sessionId);
    }
    const submitted = await test.value(
      'statements.submit',
      { id: written.id, revisionId: written.currentRevisionId },
      team.drafter.sessionId,
    );
    const reviewed = await test.value(
      'statements.approve',
      { id: submitted.id, revisionId: submitted.currentRevisionId, comment: '' },
      team.reviewer.sessionId,
    );
    const approved = await test.value(
      'statements.approve',
      { id: reviewed.id, revisionId: reviewed.currentRevisionId, comment: '' },
      team.approver.sessionId,
    );
    expect(approved.status).toBe('approved');
    expect(approved.number).toEqual(expect.any(String));
    expect(approved.releasePlan).toMatchObject({ distributionId: null, blocked: 'noRecipients' });
    expect(await test.value('distribution.list', { statementId: written.id }, team.drafter.sessionId)).toEqual([]);
  });

  it('keeps distribution a separate act where the office turns release on approval off', async () => {
    const { test, team, listId, writeHolding } = await desk();
    const refused = await test.call('statements.updateReleasePolicy', { armedReleases: false }, team.drafter.sessionId);
    expect(failure(refused).code).toBe('FORBIDDEN');
    const policy = await test.value('statements.updateReleasePolicy', { armedReleases: false }, team.admin);
    expect(policy.armedReleases).toBe(false);
    const holding = await writeHolding();
    expect(holding.releasePlan).toBeNull();
    expect(holding.can.arm).toBe(false);
    const armed = await test.call(
      'distribution.arm',
      { statementId: holding.id, plan: { channels: ['email'], audience: { listIds: [listId], contactIds: [] } } },
      team.drafter.sessionId,
    );
    expect(failure(armed)).toEqual({ code: 'CONFLICT', reason: 'armedReleasesOff' });
  });

  it('suggests the audience of a new crisis from its type and region', async () => {
    const { test, team } = await desk();
    const segment = await test.value(
      'contacts.saveList',
      {
        name: 'Liputan bencana DIY',
        kind: 'segment',
        description: '',
        filter: { beats: ['disaster'], regions: ['34'] },
      },
      team.drafter.sessionId,
    );
    await test.value(
      'contacts.saveList',
      { name: 'Liputan kesehatan', kind: 'segment', description: '', filter: { beats: ['health'], regions: [] } },
      team.drafter.sessionId,
    );
    const flood = await test.value(
      'crises.save',
      { crisis: crisisInput({ title: 'Banjir Mlati' }) },
      team.drafter.sessionId,
    );
    expect(flood.audience).toEqual({ listIds: [segment.id], contactIds: [] });
    const leak = await test.value(
      'crises.save',
      { crisis: crisisInput({ title: 'Kebocoran data', type: 'cyber_data_leak' }) },
      team.drafter.sessionId,
    );
    expect(leak.audience).toEqual({ listIds: [], contactIds: [] });
  });
});

describe('approval chains per kind and stand-ins', () => {
  const tempDir = useTempDirs();
  const open = useStatementsTeam(tempDir);

  it('refuses a round nobody may decide, names who is excluded, and lets a stand-in decide in their name', async () => {
    const now = tickingClock(new Date('2026-11-28T03:05:00.000Z'));
    const { test, team } = await open(now);
    // Official statements: the spokesperson alone approves. Here the spokesperson wrote it.
    await test.value(
      'statements.updateChain',
      { kind: 'official_statement', steps: [{ roles: ['spokesperson'] }] },
      team.admin,
    );
    const created = await test.value(
      'statements.create',
      { kind: 'official_statement', language: 'id', templateId: null },
      team.spokesperson.sessionId,
    );
    const written = await test.value(
      'statements.save',
      edited(created, {
        title: 'Pernyataan Resmi Juru Bicara',
        summary: '',
        body: body('Pemerintah Kabupaten Sleman menyampaikan duka cita.'),
      }),
      team.spokesperson.sessionId,
    );
    const refused = await test.call(
      'statements.submit',
      { id: written.id, revisionId: written.currentRevisionId },
      team.spokesperson.sessionId,
    );
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.details).toMatchObject({
      reason: 'noEligibleDecider',
      step: 1,
      roles: 'spokesperson',
      holders: 'Pengguna jubir',
    });
    expect(String(refused.error.details?.['candidates'])).toContain('Pengguna pimpinan');
    // Nothing was lost: the statement is still the saved draft.
    expect((await test.value('statements.get', { id: written.id }, team.spokesperson.sessionId)).status).toBe('draft');

    // Only the approver (or an administrator) names their stand-in, for a real period.
    const period = { startsAt: '2026-11-28T03:00:00.000Z', endsAt: '2026-11-29T03:00:00.000Z' };
    const notTheirs = await test.call(
      'statements.nameStandIn',
      { accountId: team.spokesperson.account.id, standInId: team.approver.account.id, ...period },
      team.reviewer.sessionId,
    );
    expect(failure(notTheirs)).toEqual({ code: 'FORBIDDEN', reason: 'notYourStandIn' });
    const backwards = await test.call(
      'statements.nameStandIn',
      {
        accountId: team.spokesperson.account.id,
        standInId: team.approver.account.id,
        startsAt: period.endsAt,
        endsAt: period.startsAt,
      },
      team.spokesperson.sessionId,
    );
    expect(failure(backwards).code).toBe('VALIDATION');
    const standIn = await test.value(
      'statements.nameStandIn',
      { accountId: team.spokesperson.account.id, standInId: team.approver.account.id, ...period },
      team.spokesperson.sessionId,
    );
    expect(standIn).toMatchObject({
      account: { fullName: 'Pengguna jubir' },
      standIn: { fullName: 'Pengguna pimpinan' },
    });

    const submitted = await test.value(
      'statements.submit',
      { id: written.id, revisionId: written.currentRevisionId },
      team.spokesperson.sessionId,
    );
    expect(
      (await test.value('statements.myTasks', {}, team.approver.sessionId)).toDecide.map((item) => item.id),
    ).toEqual([written.id]);
    const approved = await test.value(
      'statements.approve',
      { id: submitted.id, revisionId: submitted.currentRevisionId, comment: 'Atas nama Jubir.' },
      team.approver.sessionId,
    );
    expect(approved.status).toBe('approved');
    expect(approved.chain[0]?.decision).toMatchObject({
      by: { fullName: 'Pengguna pimpinan' },
      onBehalfOf: { fullName: 'Pengguna jubir' },
    });

    // Ended, the stand-in no longer decides.
    await test.value('statements.revokeStandIn', { id: standIn.id }, team.spokesperson.sessionId);
    expect(await test.value('statements.standIns', {}, team.admin)).toEqual([]);
  });

  it('keeps a kind on the default chain until it has its own, and back again', async () => {
    const { test, team } = await open(tickingClock());
    await test.value(
      'statements.updateChain',
      { kind: 'update', steps: [{ roles: ['reviewer', 'approver'] }] },
      team.admin,
    );
    let chains = await test.value('statements.chain', {}, team.viewer.sessionId);
    expect(chains.chains).toEqual([
      { kind: '*', steps: [{ roles: ['reviewer'] }, { roles: ['approver'] }] },
      { kind: 'update', steps: [{ roles: ['reviewer', 'approver'] }] },
    ]);
    expect(failure(await test.call('statements.updateChain', { kind: '*', steps: null }, team.admin)).code).toBe(
      'VALIDATION',
    );
    await test.value('statements.updateChain', { kind: 'update', steps: null }, team.admin);
    chains = await test.value('statements.chain', {}, team.viewer.sessionId);
    expect(chains.chains.map((chain) => chain.kind)).toEqual(['*']);
  });
});
