import { describe, expect, it } from 'vitest';
import type { Statement } from '../../../shared/ipc/statements';
import {
  readyStatement,
  approveFully,
  edited,
  failure,
  body,
  submit,
  useStatementsTeam,
} from '../../../../test/statementsHarness';
import { useTempDirs } from '../../../../test/tempDir';
import { accountWithRoles } from '../../../../test/coreHarness';

describe('statement workflow', () => {
  const tempDir = useTempDirs();
  const openTeam = useStatementsTeam(tempDir);

  it('goes from a template draft through both steps to a numbered, released statement', async () => {
    const { test, team } = await openTeam(() => new Date('2026-11-28T02:00:00Z'));
    const created = await test.value(
      'statements.create',
      { kind: 'holding_statement', language: 'id', templateId: null },
      team.drafter.sessionId,
    );
    expect(created.status).toBe('draft');
    expect(created.content.title).toContain('Dinas Komunikasi dan Informatika Kabupaten Sleman');
    expect(JSON.stringify(created.content.body)).toContain('28 November 2026');
    // {next_update} cannot be known at creation: submitting is refused until it is filled in.
    const refused = await test.call(
      'statements.submit',
      { id: created.id, revisionId: created.currentRevisionId },
      team.drafter.sessionId,
    );
    expect(failure(refused)).toEqual({ code: 'VALIDATION', reason: 'unfilledPlaceholders' });

    const ready = await readyStatement(test, team.drafter.sessionId);
    expect(ready.revisionNo).toBe(2);
    expect(ready.pendingDeciders).toEqual([]);
    // Submitted, the drafter is told whom it waits for: the first step's reviewers.
    const submitted = await submit(test, team, ready);
    expect([...submitted.pendingDeciders].sort()).toEqual(
      [team.reviewer.account.fullName, team.reviewer2.account.fullName].sort(),
    );
    const reviewed = await test.value(
      'statements.approve',
      { id: submitted.id, revisionId: submitted.currentRevisionId, comment: '' },
      team.reviewer.sessionId,
    );
    // The next step's approver; nobody who already decided a step of this round.
    expect(reviewed.pendingDeciders).toEqual([team.approver.account.fullName]);
    const approved = await test.value(
      'statements.approve',
      { id: reviewed.id, revisionId: reviewed.currentRevisionId, comment: '' },
      team.approver.sessionId,
    );
    expect(approved.status).toBe('approved');
    expect(approved.pendingDeciders).toEqual([]);
    expect(approved.number).toBe('001/SP/HUMAS/XI/2026');
    expect(approved.chain.map((step) => step.decision?.outcome)).toEqual(['approved', 'approved']);
    expect(approved.chain[1]?.decision?.revisionHash).toBe(approved.currentRevisionHash);

    const released = await test.value('statements.release', { id: ready.id }, team.drafter.sessionId);
    expect(released.status).toBe('released');
    expect(released.releasedAt).toBe('2026-11-28T02:00:00.000Z');
    const edit = await test.call('statements.save', edited(released, { title: 'Diubah' }), team.drafter.sessionId);
    expect(failure(edit)).toEqual({ code: 'CONFLICT', reason: 'statementWrongStatus' });
  });

  it("refuses a template's bracketed prompts left in the text, but not an editor's brackets in a quote", async () => {
    const { test, team } = await openTeam(() => new Date('2026-11-28T02:00:00Z'));
    const session = team.drafter.sessionId;
    const created = await test.value(
      'statements.create',
      { kind: 'press_release', language: 'id', templateId: null },
      session,
    );
    // Everything written but the template's title prompt.
    const saved = await test.value(
      'statements.save',
      edited(created, {
        summary: 'Pemerintah menyalurkan bantuan kepada warga terdampak.',
        body: body('"Kami [BPBD] sudah menyiagakan perahu karet," ujar Kepala Pelaksana.'),
        datelinePlace: 'Sleman',
      }),
      session,
    );
    expect(saved.content.title).toBe('[Judul singkat yang menyebut apa yang terjadi atau diumumkan]');
    const submitting = (statement: Statement) =>
      test.call('statements.submit', { id: statement.id, revisionId: statement.currentRevisionId }, session);
    const refusal = async (statement: Statement) => {
      const result = await submitting(statement);
      return result.ok ? null : result.error.details;
    };
    expect(await refusal(saved)).toEqual({
      reason: 'unfilledPlaceholders',
      placeholders: '[Judul singkat yang menyebut apa yang terjadi atau diumumkan]',
    });
    expect((await test.value('statements.get', { id: saved.id }, session)).status).toBe('draft');

    // A prompt of the office's own template counts too, even after the template is removed.
    const template = await test.value(
      'statements.saveTemplate',
      {
        id: null,
        kind: 'press_release',
        language: 'id',
        name: 'Banjir per padukuhan',
        title: 'Banjir di [Nama Padukuhan]',
        summary: '',
        body: body('Banjir melanda [Nama Padukuhan].'),
      },
      team.admin,
    );
    await test.value('statements.deleteTemplate', { id: template.id }, team.admin);
    const retitle = (statement: Statement, title: string) =>
      test.value('statements.save', edited(statement, { title }), session);
    const retitled = await retitle(saved, 'Banjir di [Nama Padukuhan]');
    expect(await refusal(retitled)).toEqual({ reason: 'unfilledPlaceholders', placeholders: '[Nama Padukuhan]' });

    // Written out, it goes to review; the editor's "[BPBD]" in the quotation stays.
    const submitted = await submitting(await retitle(retitled, 'Banjir di Padukuhan Cebongan'));
    expect(submitted.ok && submitted.value.status).toBe('in_review');
  });

  it('refuses each transition to the roles and states that may not make it', async () => {
    const { test, team } = await openTeam(() => new Date('2026-11-28T02:00:00Z'));
    const ready = await readyStatement(test, team.drafter.sessionId);
    const ref = { id: ready.id, revisionId: ready.currentRevisionId };
    expect(failure(await test.call('statements.release', { id: ready.id }, team.drafter.sessionId))).toEqual({
      code: 'CONFLICT',
      reason: 'notApproved',
    });
    expect(failure(await test.call('statements.approve', { ...ref, comment: '' }, team.reviewer.sessionId))).toEqual({
      code: 'CONFLICT',
      reason: 'statementWrongStatus',
    });
    await test.value('statements.submit', ref, team.drafter.sessionId);
    expect(failure(await test.call('statements.submit', ref, team.drafter.sessionId))).toEqual({
      code: 'CONFLICT',
      reason: 'statementWrongStatus',
    });
    // The first step is the reviewer's: the approver waits, drafters and viewers may not decide at all.
    expect(failure(await test.call('statements.approve', { ...ref, comment: '' }, team.approver.sessionId))).toEqual({
      code: 'FORBIDDEN',
      reason: 'notYourStep',
    });
    expect(failure(await test.call('statements.approve', { ...ref, comment: '' }, team.drafter.sessionId)).code).toBe(
      'FORBIDDEN',
    );
    expect(failure(await test.call('statements.approve', { ...ref, comment: '' }, team.viewer.sessionId)).code).toBe(
      'FORBIDDEN',
    );
    // Requesting changes needs a comment.
    expect(
      failure(await test.call('statements.requestChanges', { ...ref, comment: ' ' }, team.reviewer.sessionId)).code,
    ).toBe('VALIDATION');
    // Another drafter may not withdraw someone else's statement; a reviewer may.
    expect(
      failure(await test.call('statements.withdraw', { id: ready.id, reason: 'x' }, team.drafter2.sessionId)),
    ).toEqual({
      code: 'FORBIDDEN',
      reason: 'notYourStatement',
    });
    const withdrawn = await test.value(
      'statements.withdraw',
      { id: ready.id, reason: 'Data belum final' },
      team.reviewer.sessionId,
    );
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawnReason: 'Data belum final' });
    expect(failure(await test.call('statements.submit', ref, team.drafter.sessionId)).code).toBe('CONFLICT');
  });

  it('changes requested with a comment go back to the drafter, and a resubmission starts a new round', async () => {
    const { test, team } = await openTeam(() => new Date('2026-11-28T02:00:00Z'));
    const ready = await readyStatement(test, team.drafter.sessionId);
    await submit(test, team, ready);
    const sentBack = await test.value(
      'statements.requestChanges',
      { id: ready.id, revisionId: ready.currentRevisionId, comment: 'Sebutkan sumber data pengungsi.' },
      team.reviewer.sessionId,
    );
    expect(sentBack.status).toBe('changes_requested');
    const tasks = await test.value('statements.myTasks', {}, team.drafter.sessionId);
    expect(tasks.changesRequested.map((item) => item.id)).toEqual([ready.id]);
    const revised = await test.value(
      'statements.save',
      edited(sentBack, { body: body('Menurut data BPBD, 120 keluarga mengungsi.') }),
      team.drafter.sessionId,
    );
    expect(revised.status).toBe('draft');
    const resubmitted = await test.value(
      'statements.submit',
      { id: ready.id, revisionId: revised.currentRevisionId },
      team.drafter.sessionId,
    );
    expect(resubmitted.pendingStep).toEqual({ index: 0, roles: ['reviewer'] });
    const timeline = await test.value('statements.timeline', { id: ready.id }, team.viewer.sessionId);
    expect(timeline.comments).toMatchObject([{ body: 'Sebutkan sumber data pengungsi.', stepIndex: 0, revisionNo: 2 }]);
    expect(timeline.revisions.map((revision) => revision.revisionNo)).toEqual([1, 2, 3]);
    expect(timeline.events.map((event) => event.action)).toEqual([
      'statement.created',
      'statement.revised',
      'statement.submitted',
      'statement.changesRequested',
      'statement.approvalVoided',
      'statement.revised',
      'statement.submitted',
    ]);
  });

  it('one person decides at most one step of a round, whatever roles their account holds', async () => {
    const { test, team } = await openTeam(() => new Date('2026-11-28T02:00:00Z'));
    const both = await accountWithRoles(test, team.admin, 'redpim', ['reviewer', 'approver']);
    const ready = await readyStatement(test, team.drafter.sessionId);
    const submitted = await submit(test, team, ready);
    const decide = (sessionId: string) =>
      test.call(
        'statements.approve',
        { id: ready.id, revisionId: submitted.currentRevisionId, comment: '' },
        sessionId,
      );
    expect((await decide(both.sessionId)).ok).toBe(true);
    // Step 2 waits for the approver role, which the same account holds: refused, and not offered.
    expect(failure(await decide(both.sessionId))).toEqual({ code: 'FORBIDDEN', reason: 'oneStepEach' });
    const view = await test.value('statements.get', { id: ready.id }, both.sessionId);
    expect(view).toMatchObject({ status: 'in_review', number: null, can: { decide: false } });
    expect((await test.value('statements.myTasks', {}, both.sessionId)).toDecide).toEqual([]);
    // Another person decides it.
    const approved = await decide(team.approver.sessionId);
    expect(approved.ok ? approved.value.status : approved.error).toBe('approved');
  });

  it('four-eyes: nobody who wrote any revision may decide on it, in the core and in the database', async () => {
    const { test, team } = await openTeam(() => new Date('2026-11-28T02:00:00Z'));
    const ready = await readyStatement(test, team.drafter.sessionId);
    await submit(test, team, ready);
    // The reviewer fixes a typo: now a co-author, so another reviewer must review.
    const fixed = await test.value(
      'statements.save',
      edited(ready, { title: 'Banjir di Kecamatan Mlati, Sleman' }),
      team.reviewer.sessionId,
    );
    await test.value(
      'statements.submit',
      { id: ready.id, revisionId: fixed.currentRevisionId },
      team.drafter.sessionId,
    );
    const mine = await test.call(
      'statements.approve',
      { id: ready.id, revisionId: fixed.currentRevisionId, comment: '' },
      team.reviewer.sessionId,
    );
    expect(failure(mine)).toEqual({ code: 'FORBIDDEN', reason: 'fourEyes' });
    expect((await test.value('statements.get', { id: ready.id }, team.reviewer.sessionId)).can.decide).toBe(false);
    expect((await test.value('statements.get', { id: ready.id }, team.reviewer2.sessionId)).can.decide).toBe(true);

    // The trigger holds even for code that skips the service.
    const db = test.core.store.connection.db;
    const insert = db.insertInto('statement_approval').values({
      id: '0193a000-0000-7000-8000-000000000001',
      statement_id: ready.id,
      revision_id: fixed.currentRevisionId,
      revision_hash: fixed.currentRevisionHash,
      step_index: 0,
      role: 'reviewer',
      outcome: 'approved',
      account_id: team.drafter.account.id,
      comment: '',
      decided_at: '2026-11-28T02:00:00.000Z',
      voided_at: null,
      void_reason: null,
      on_behalf_of: null,
    });
    await expect(insert.execute()).rejects.toThrow(/four-eyes/);
    const wrongHash = db.insertInto('statement_approval').values({
      id: '0193a000-0000-7000-8000-000000000002',
      statement_id: ready.id,
      revision_id: fixed.currentRevisionId,
      revision_hash: 'f'.repeat(64),
      step_index: 0,
      role: 'reviewer',
      outcome: 'approved',
      account_id: team.reviewer2.account.id,
      comment: '',
      decided_at: '2026-11-28T02:00:00.000Z',
      voided_at: null,
      void_reason: null,
      on_behalf_of: null,
    });
    await expect(wrongHash.execute()).rejects.toThrow(/does not match/);
    await expect(db.deleteFrom('statement_revision').where('statement_id', '=', ready.id).execute()).rejects.toThrow(
      /append-only/,
    );
  });

  it('an edit after an approval voids it and goes back to draft; re-approval keeps the number', async () => {
    const { test, team } = await openTeam(() => new Date('2026-11-28T02:00:00Z'));
    const ready = await readyStatement(test, team.drafter.sessionId);
    await submit(test, team, ready);
    await test.value(
      'statements.approve',
      { id: ready.id, revisionId: ready.currentRevisionId, comment: 'OK' },
      team.reviewer.sessionId,
    );
    const afterEdit = await test.value(
      'statements.save',
      edited(ready, { summary: 'Ringkasan baru.' }),
      team.drafter.sessionId,
    );
    expect(afterEdit.status).toBe('draft');
    expect(afterEdit.chain.every((step) => step.decision === null)).toBe(true);
    const timeline = await test.value('statements.timeline', { id: ready.id }, team.drafter.sessionId);
    expect(timeline.approvals).toMatchObject([{ outcome: 'approved', voidedAt: '2026-11-28T02:00:00.000Z' }]);
    expect(timeline.events.map((event) => event.action)).toContain('statement.approvalVoided');

    const approved = await approveFully(test, team, afterEdit);
    expect(approved.number).toBe('001/SP/HUMAS/XI/2026');
    const changed = await test.value(
      'statements.save',
      edited(approved, { summary: 'Ringkasan lagi.' }),
      team.drafter.sessionId,
    );
    expect(changed).toMatchObject({ status: 'draft', number: '001/SP/HUMAS/XI/2026' });
    const again = await approveFully(test, team, changed);
    expect(again.number).toBe('001/SP/HUMAS/XI/2026');
    const next = await approveFully(test, team, await readyStatement(test, team.drafter.sessionId, 'Kedua'));
    expect(next.number).toBe('002/SP/HUMAS/XI/2026');
  });

  it('racing final approvals never share or skip a number', async () => {
    const { test, team } = await openTeam(() => new Date('2026-11-28T02:00:00Z'));
    const waiting = [];
    for (let index = 0; index < 6; index += 1) {
      const ready = await readyStatement(test, team.drafter.sessionId, `Pernyataan ${index}`);
      await submit(test, team, ready);
      waiting.push(
        await test.value(
          'statements.approve',
          { id: ready.id, revisionId: ready.currentRevisionId, comment: '' },
          team.reviewer.sessionId,
        ),
      );
    }
    // Two approvers deciding the same statement at once: one wins, the other is told it is done.
    const [first] = waiting;
    const same = await Promise.all([
      test.call(
        'statements.approve',
        { id: first!.id, revisionId: first!.currentRevisionId, comment: '' },
        team.approver.sessionId,
      ),
      test.call(
        'statements.approve',
        { id: first!.id, revisionId: first!.currentRevisionId, comment: '' },
        team.approver.sessionId,
      ),
    ]);
    expect(same.map((result) => failure(result).code).sort()).toEqual(['CONFLICT', 'OK']);
    const results = await Promise.all(
      waiting
        .slice(1)
        .map((statement) =>
          test.value(
            'statements.approve',
            { id: statement.id, revisionId: statement.currentRevisionId, comment: '' },
            team.approver.sessionId,
          ),
        ),
    );
    const numbers = [first!, ...results].map((statement) => statement.id);
    const rows = await test.core.store.connection.db
      .selectFrom('statement')
      .select('number')
      .where('id', 'in', numbers)
      .execute();
    expect(rows.map((row) => row.number).sort()).toEqual([1, 2, 3, 4, 5, 6].map((n) => `00${n}/SP/HUMAS/XI/2026`));
  });

  it('a stale save gets CONFLICT naming who changed it, and loses nothing', async () => {
    const { test, team } = await openTeam(() => new Date('2026-11-28T02:00:00Z'));
    const ready = await readyStatement(test, team.drafter.sessionId);
    await test.value('statements.save', edited(ready, { title: 'Versi redaktur' }), team.reviewer.sessionId);
    const stale = await test.call(
      'statements.save',
      edited(ready, { title: 'Versi penyusun' }),
      team.drafter.sessionId,
    );
    expect(failure(stale)).toEqual({ code: 'CONFLICT', reason: 'staleRevision' });
    expect(stale.ok ? null : stale.error.details).toMatchObject({ changedBy: 'Pengguna redaktur', revisionNo: 3 });
    // The drafter's text was autosaved before the save: it is still there to merge.
    await test.value('statements.autosave', edited(ready, { title: 'Versi penyusun' }), team.drafter.sessionId);
    const reopened = await test.value('statements.get', { id: ready.id }, team.drafter.sessionId);
    expect(reopened.content.title).toBe('Versi redaktur');
    expect(reopened.workingCopy).toMatchObject({
      content: { title: 'Versi penyusun' },
      baseRevisionId: ready.currentRevisionId,
    });
    expect((await test.value('statements.get', { id: ready.id }, team.reviewer.sessionId)).workingCopy).toBeNull();
  });

  it('a save that changes nothing makes no revision; the canonical hash ignores key order', async () => {
    const { test, team } = await openTeam(() => new Date('2026-11-28T02:00:00Z'));
    const ready = await readyStatement(test, team.drafter.sessionId);
    const reordered = Object.fromEntries(Object.entries(ready.content).reverse());
    const same = await test.value(
      'statements.save',
      { id: ready.id, baseRevisionId: ready.currentRevisionId, content: reordered as typeof ready.content },
      team.drafter.sessionId,
    );
    expect(same.revisionNo).toBe(ready.revisionNo);
    expect(same.currentRevisionHash).toBe(ready.currentRevisionHash);
  });

  it('removes scripts, handlers and javascript: links from stored content; an oversized body is refused', async () => {
    const { test, team } = await openTeam(() => new Date('2026-11-28T02:00:00Z'));
    const ready = await readyStatement(test, team.drafter.sessionId);
    const hostile = {
      type: 'doc',
      content: [
        { type: 'script', content: [{ type: 'text', text: 'alert(1)' }] },
        {
          type: 'paragraph',
          attrs: { onclick: 'alert(1)' },
          content: [
            { type: 'text', text: 'klik', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
            {
              type: 'text',
              text: ' aman',
              marks: [{ type: 'link', attrs: { href: 'https://slemankab.go.id' } }, { type: 'bogus' }],
            },
          ],
        },
      ],
    };
    const saved = await test.value('statements.save', edited(ready, { body: hostile }), team.drafter.sessionId);
    expect(saved.content.body).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'alert(1)' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'klik' },
            { type: 'text', text: ' aman', marks: [{ type: 'link', attrs: { href: 'https://slemankab.go.id' } }] },
          ],
        },
      ],
    });
    const huge = await test.call(
      'statements.save',
      edited(saved, { body: body('kata '.repeat(90_000)) }),
      team.drafter.sessionId,
    );
    expect(huge.ok ? null : huge.error).toMatchObject({
      code: 'VALIDATION',
      details: { issues: [{ message: 'body_too_long' }] },
    });
    expect((await test.value('statements.get', { id: ready.id }, team.drafter.sessionId)).revisionNo).toBe(
      saved.revisionNo,
    );
  });

  it('corrections: a released statement is corrected by a linked statement once that one is released', async () => {
    const { test, team } = await openTeam(() => new Date('2026-11-28T02:00:00Z'));
    const original = await approveFully(test, team, await readyStatement(test, team.drafter.sessionId));
    await test.value('statements.release', { id: original.id }, team.drafter.sessionId);
    const correction = await test.value(
      'statements.correct',
      { id: original.id, mode: 'correction' },
      team.drafter.sessionId,
    );
    expect(correction).toMatchObject({
      status: 'draft',
      corrects: { id: original.id, number: '001/SP/HUMAS/XI/2026' },
    });
    expect(correction.content.title).toMatch(/^Ralat: /);
    expect(
      failure(await test.call('statements.correct', { id: original.id, mode: 'retraction' }, team.drafter.sessionId)),
    ).toEqual({
      code: 'CONFLICT',
      reason: 'correctionExists',
    });
    const approved = await approveFully(test, team, correction);
    await test.value('statements.release', { id: approved.id }, team.drafter.sessionId);
    const after = await test.value('statements.get', { id: original.id }, team.viewer.sessionId);
    expect(after).toMatchObject({ status: 'corrected', correctedBy: { id: correction.id, status: 'released' } });
  });

  it('a soft lock shows who edits; another person may take it over, which is on the record', async () => {
    let now = new Date('2026-11-28T02:00:00Z');
    const { test, team } = await openTeam(() => now);
    const ready = await readyStatement(test, team.drafter.sessionId);
    await test.value('statements.lock', { id: ready.id, takeover: false }, team.drafter.sessionId);
    const blocked = await test.call('statements.lock', { id: ready.id, takeover: false }, team.reviewer.sessionId);
    expect(failure(blocked)).toEqual({ code: 'CONFLICT', reason: 'lockedBy' });
    expect(blocked.ok ? null : blocked.error.details).toMatchObject({ holder: 'Pengguna penyusun' });
    expect((await test.value('statements.get', { id: ready.id }, team.reviewer.sessionId)).lock).toMatchObject({
      holder: { fullName: 'Pengguna penyusun' },
      mine: false,
    });
    const taken = await test.value('statements.lock', { id: ready.id, takeover: true }, team.reviewer.sessionId);
    expect(taken).toMatchObject({ mine: true, holder: { fullName: 'Pengguna redaktur' } });
    const timeline = await test.value('statements.timeline', { id: ready.id }, team.reviewer.sessionId);
    expect(timeline.events.at(-1)).toMatchObject({
      action: 'statement.lockTakenOver',
      data: { from: team.drafter.account.id },
    });
    // A lock nobody keeps alive lapses after two minutes.
    now = new Date('2026-11-28T02:03:00Z');
    expect((await test.value('statements.get', { id: ready.id }, team.drafter.sessionId)).lock).toBeNull();
    expect((await test.value('statements.lock', { id: ready.id, takeover: false }, team.drafter.sessionId)).mine).toBe(
      true,
    );
  });
});
