import { describe, expect, it } from 'vitest';
import type { ConferenceInput } from '../../../shared/ipc/conferences';
import { useStatementsTeam } from '../../../../test/statementsHarness';
import { useTempDirs } from '../../../../test/tempDir';
import { contactInput } from '../../../../test/contactsHarness';
import { conferenceInput } from '../../../../test/conferencesHarness';

describe('press conferences', () => {
  const tempDir = useTempDirs();
  const open = useStatementsTeam(tempDir);

  it('refuses an end before the start, an unknown zone, an online event without a link — next to the field', async () => {
    const { test, team } = await open();
    const cases: [Partial<ConferenceInput>, string, string][] = [
      [{ endsAt: '2026-12-01T01:00:00.000Z' }, 'endsAt', 'end_before_start'],
      [{ zone: 'Asia/Tokyo' as ConferenceInput['zone'] }, 'zone', 'zone_unknown'],
      [{ venueMode: 'online', onlineLink: '' }, 'onlineLink', 'link_required'],
      [{ venueMode: 'physical', venueName: '', venueAddress: '' }, 'venueName', 'venue_required'],
    ];
    for (const [changes, field, key] of cases) {
      const result = await test.call(
        'conferences.save',
        { conference: conferenceInput(team, changes) },
        team.drafter.sessionId,
      );
      expect(result.ok, key).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.details?.issues).toEqual(
        expect.arrayContaining([expect.objectContaining({ path: ['conference', field], message: key })]),
      );
    }
    const notSpokesperson = await test.call(
      'conferences.save',
      { conference: conferenceInput(team, { spokespersonIds: [team.drafter.account.id] }) },
      team.drafter.sessionId,
    );
    expect(notSpokesperson.ok || notSpokesperson.error.details?.issues).toEqual([
      expect.objectContaining({ path: ['conference', 'spokespersonIds', 0], message: 'not_spokesperson' }),
    ]);
    expect(await test.value('conferences.list', {}, team.drafter.sessionId)).toEqual([]);
    // Viewers see the calendar but cannot plan.
    const viewer = await test.call('conferences.save', { conference: conferenceInput(team) }, team.viewer.sessionId);
    expect(viewer.ok || viewer.error.code).toBe('FORBIDDEN');
  });

  it('warns of a double-booked spokesperson or venue across zones, naming the other event', async () => {
    const { test, team } = await open();
    const first = await test.value('conferences.save', { conference: conferenceInput(team) }, team.drafter.sessionId);
    expect(first.warnings).toEqual([]);
    expect(first).toMatchObject({ status: 'planned', zone: 'Asia/Makassar', sequence: 0 });

    // 09:30 WIB is 10:30 WITA: the same spokesperson is still speaking in Makassar.
    const clash = await test.value(
      'conferences.save',
      {
        conference: conferenceInput(team, {
          title: 'Doorstop di Jakarta',
          kind: 'doorstop',
          startsAt: '2026-12-01T02:30:00.000Z',
          endsAt: '2026-12-01T03:30:00.000Z',
          zone: 'Asia/Jakarta',
          venueName: 'aula  kantor gubernur',
        }),
      },
      team.drafter.sessionId,
    );
    expect(clash.warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'spokesperson',
          what: team.spokesperson.account.fullName,
          other: expect.objectContaining({ id: first.id, title: first.title }),
        }),
        expect.objectContaining({ kind: 'venue', other: expect.objectContaining({ id: first.id }) }),
      ]),
    );
    // Opening the first event now shows the clash too, naming the doorstop.
    const reopened = await test.value('conferences.get', { id: first.id }, team.drafter.sessionId);
    expect(reopened.warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'spokesperson', other: expect.objectContaining({ id: clash.id }) }),
      ]),
    );
    // 10:00 WIB = 11:00 WITA: after the first event ends, no clash.
    const after = await test.value(
      'conferences.check',
      {
        // The doorstop moved to 10:00 WIB (11:00 WITA), as the first event ends.
        id: clash.id,
        conference: conferenceInput(team, {
          startsAt: '2026-12-01T03:00:00.000Z',
          endsAt: '2026-12-01T04:00:00.000Z',
          zone: 'Asia/Jakarta',
        }),
      },
      team.drafter.sessionId,
    );
    expect(after.filter((warning) => warning.kind !== 'officeHours')).toEqual([]);
    // Half filled in (no title, no venue yet): the form gets its warnings all the same.
    // (The form sends everything it holds; fields the warnings do not read are ignored.)
    const halfFilled = { ...conferenceInput(team), title: '', venueName: '', venueAddress: '' };
    const early = await test.value('conferences.check', { conference: halfFilled }, team.drafter.sessionId);
    expect(early).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'spokesperson', other: expect.objectContaining({ id: first.id }) }),
      ]),
    );
    // A cancelled event books nobody.
    await test.value('conferences.setStatus', { id: first.id, status: 'cancelled' }, team.drafter.sessionId);
    const freed = await test.value(
      'conferences.check',
      {
        id: clash.id,
        conference: conferenceInput(team, { startsAt: '2026-12-01T02:30:00.000Z', endsAt: '2026-12-01T03:30:00.000Z' }),
      },
      team.drafter.sessionId,
    );
    expect(freed).toEqual([]);
  });

  it('warns when the time falls outside the office hours, read in the office zone', async () => {
    const { test, team } = await open();
    // The test office is in WIB with hours 08:00–16:00 on weekdays. 17:00 WIT = 15:00 WIB: inside.
    const inside = await test.value(
      'conferences.check',
      {
        conference: conferenceInput(team, {
          startsAt: '2026-12-01T08:00:00.000Z',
          endsAt: '2026-12-01T08:30:00.000Z',
          zone: 'Asia/Jayapura',
        }),
      },
      team.drafter.sessionId,
    );
    expect(inside).toEqual([]);
    // 19:00 WIT = 17:00 WIB: after closing.
    const late = await test.value(
      'conferences.check',
      {
        conference: conferenceInput(team, {
          startsAt: '2026-12-01T10:00:00.000Z',
          endsAt: '2026-12-01T11:00:00.000Z',
          zone: 'Asia/Jayapura',
        }),
      },
      team.drafter.sessionId,
    );
    expect(late).toEqual([{ kind: 'officeHours', other: null, what: '08:00–16:00' }]);
    // Saturday 5 December.
    const weekend = await test.value(
      'conferences.check',
      {
        conference: conferenceInput(team, { startsAt: '2026-12-05T03:00:00.000Z', endsAt: '2026-12-05T04:00:00.000Z' }),
      },
      team.drafter.sessionId,
    );
    expect(weekend.map((warning) => warning.kind)).toEqual(['officeHours']);
  });

  it('keeps the history of a reschedule; cancelled and done are final', async () => {
    const { test, team } = await open();
    const created = await test.value('conferences.save', { conference: conferenceInput(team) }, team.drafter.sessionId);
    const moved = await test.value(
      'conferences.save',
      {
        id: created.id,
        conference: conferenceInput(team, { startsAt: '2026-12-02T02:00:00.000Z', endsAt: '2026-12-02T03:00:00.000Z' }),
        reason: 'Gubernur meninjau lokasi banjir',
      },
      team.drafter.sessionId,
    );
    expect(moved.startsAt).toBe('2026-12-02T02:00:00.000Z');
    expect(moved.reschedules).toEqual([
      expect.objectContaining({
        fromStartsAt: '2026-12-01T02:00:00.000Z',
        fromZone: 'Asia/Makassar',
        reason: 'Gubernur meninjau lokasi banjir',
      }),
    ]);
    // Nobody was invited yet: nothing to tell, the sequence stays.
    expect(moved.sequence).toBe(0);
    const confirmed = await test.value(
      'conferences.setStatus',
      { id: created.id, status: 'confirmed' },
      team.drafter.sessionId,
    );
    expect(confirmed.status).toBe('confirmed');
    await test.value('conferences.setStatus', { id: created.id, status: 'done' }, team.drafter.sessionId);
    const again = await test.call(
      'conferences.setStatus',
      { id: created.id, status: 'planned' },
      team.drafter.sessionId,
    );
    expect(again.ok || again.error.details).toMatchObject({ reason: 'conferenceWrongStatus' });
    const edit = await test.call(
      'conferences.save',
      { id: created.id, conference: conferenceInput(team) },
      team.drafter.sessionId,
    );
    expect(edit.ok || edit.error.details).toMatchObject({ reason: 'conferenceClosed' });
    const list = await test.value(
      'conferences.list',
      { from: '2026-12-01T00:00:00.000Z', to: '2026-12-31T00:00:00.000Z' },
      team.viewer.sessionId,
    );
    expect(list.map((item) => item.id)).toEqual([created.id]);
  });

  it('tracks questions asked to done, with an owner for follow-ups, and keeps a Q&A bank', async () => {
    const { test, team } = await open();
    const session = team.drafter.sessionId;
    const held = await test.value('conferences.save', { conference: conferenceInput(team) }, session);
    const noOwner = await test.call(
      'conferences.saveQuestion',
      {
        conferenceId: held.id,
        journalist: 'Siti Aisyah',
        outlet: 'Harian Fajar',
        question: 'Berapa pengungsi?',
        followUp: true,
      },
      session,
    );
    expect(noOwner.ok || noOwner.error.details?.issues).toEqual([
      expect.objectContaining({ path: ['ownerId'], message: 'owner_required' }),
    ]);
    const asked = await test.value(
      'conferences.saveQuestion',
      {
        conferenceId: held.id,
        journalist: 'Siti Aisyah',
        outlet: 'Harian Fajar',
        question: 'Berapa pengungsi di Kecamatan Tamalate?',
        answer: 'Data BPBD menyusul sore ini.',
        followUp: true,
        ownerId: team.reviewer.account.id,
        dueOn: '2026-12-02',
      },
      session,
    );
    expect(asked).toMatchObject({ status: 'open', owner: { id: team.reviewer.account.id }, dueOn: '2026-12-02' });
    await test.value(
      'conferences.saveQuestion',
      { conferenceId: held.id, question: 'Kapan air surut?', status: 'done' },
      session,
    );
    const done = await test.value(
      'conferences.saveQuestion',
      {
        id: asked.id,
        conferenceId: held.id,
        journalist: asked.journalist,
        outlet: asked.outlet,
        question: asked.question,
        answer: '1.240 jiwa (BPBD, 2 Des 16.00 WITA)',
        followUp: true,
        ownerId: asked.owner!.id,
        dueOn: asked.dueOn,
        status: 'done',
      },
      session,
    );
    expect(done.status).toBe('done');
    const listed = await test.value('conferences.questions', { id: held.id }, session);
    expect(listed.map((question) => question.status)).toEqual(['done', 'done']);

    const qa = await test.value(
      'conferences.saveQa',
      {
        topic: 'Banjir',
        question: 'Apakah air minum aman?',
        answer: 'Gunakan air kemasan sampai hasil uji PDAM keluar.',
      },
      session,
    );
    expect(await test.value('conferences.qaBank', {}, team.viewer.sessionId)).toEqual([
      expect.objectContaining({ id: qa.id, topic: 'Banjir' }),
    ]);
    await test.value('conferences.archiveQa', { id: qa.id }, session);
    expect(await test.value('conferences.qaBank', {}, session)).toEqual([]);
    const viewer = await test.call(
      'conferences.saveQa',
      { topic: 'x', question: 'y', answer: 'z' },
      team.viewer.sessionId,
    );
    expect(viewer.ok || viewer.error.code).toBe('FORBIDDEN');
  });

  it('checks in a walk-in as a new contact with the consent source recorded, and an invitee by a tick', async () => {
    const { test, team } = await open();
    const session = team.drafter.sessionId;
    const held = await test.value('conferences.save', { conference: conferenceInput(team) }, session);
    const walkIn = await test.value(
      'conferences.walkIn',
      {
        conferenceId: held.id,
        contact: contactInput('Andi Pratama', {
          emails: [{ address: 'andi@radio.test', primary: true }],
          dataSource: 'Daftar hadir konferensi pers 1 Des 2026, persetujuan lisan di meja registrasi',
        }),
      },
      session,
    );
    expect(walkIn).toMatchObject({ name: 'Andi Pratama', walkIn: true, invitedAt: null, address: 'andi@radio.test' });
    expect(walkIn.checkedInAt).not.toBeNull();
    const contact = await test.value('contacts.get', { id: walkIn.contactId! }, session);
    expect(contact.dataSource).toContain('persetujuan lisan');
    // The same person again is the same row, not a second one.
    await test.value('conferences.walkIn', { conferenceId: held.id, contactId: walkIn.contactId }, session);
    expect(await test.value('conferences.invitees', { id: held.id }, session)).toHaveLength(1);
    const neither = await test.call('conferences.walkIn', { conferenceId: held.id }, session);
    expect(neither.ok || neither.error.code).toBe('VALIDATION');

    // An outlet typed at the door that the address book lacks is made with the person, not dropped;
    // typed again (any case), it is the same outlet.
    const fajar = await test.value(
      'conferences.walkIn',
      {
        conferenceId: held.id,
        contact: contactInput('Rahmat Hidayat', { dataSource: 'Daftar hadir 1 Des 2026' }),
        newOutlet: { name: 'Harian Fajar', type: 'print' },
      },
      session,
    );
    expect(fajar.outlet).toBe('Harian Fajar');
    const again = await test.value(
      'conferences.walkIn',
      {
        conferenceId: held.id,
        contact: contactInput('Sri Wahyuni', { dataSource: 'Daftar hadir 1 Des 2026' }),
        newOutlet: { name: 'harian fajar', type: 'online' },
      },
      session,
    );
    expect(again.outlet).toBe('Harian Fajar');
    const outlets = await test.value('contacts.outlets', {}, session);
    expect(outlets.filter((outlet) => outlet.name === 'Harian Fajar')).toMatchObject([{ type: 'print' }]);
  });
});
