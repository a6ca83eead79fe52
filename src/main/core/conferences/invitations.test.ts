import { randomUUID } from 'node:crypto';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConferenceInput } from '../../../shared/ipc/conferences';
import { fastSender, journalistList, mailSettings } from '../../../../test/distributionHarness';
import { startSmtpServer, waitFor, type ReceivedMessage, type TestSmtpServer } from '../../../../test/smtpHarness';
import { useStatementsTeam } from '../../../../test/statementsHarness';
import { useTempDirs } from '../../../../test/tempDir';

/** The calendar part of a received invitation, read with ical.js (VTIMEZONEs registered first). */
function calendarOf(message: ReceivedMessage) {
  const part = message.parsed!.attachments.find((attachment) => attachment.contentType.startsWith('text/calendar'));
  if (!part) throw new Error('no calendar part');
  const text = part.content.toString('utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return {
    method: calendar.getFirstPropertyValue('method'),
    event: new ICAL.Event(calendar.getFirstSubcomponent('vevent')!),
  };
}

describe('conference invitations through the outbox', () => {
  const tempDir = useTempDirs();
  const open = useStatementsTeam(tempDir);
  let smtp: TestSmtpServer | undefined;
  afterEach(async () => smtp?.close());

  it('invites a list with calendar files, sends changes only to those invited, then the cancellation', async () => {
    smtp = await startSmtpServer();
    const { test, team } = await open(undefined, fastSender);
    const session = team.drafter.sessionId;
    await test.value('distribution.saveSettings', mailSettings(smtp), team.admin);
    const { listId, contactIds } = await journalistList(test, session, 4);
    const input: ConferenceInput = {
      title: 'Konferensi pers: banjir, longsor; dan evakuasi',
      kind: 'press_conference',
      // 10:00–11:00 WIT.
      startsAt: '2026-12-01T01:00:00.000Z',
      endsAt: '2026-12-01T02:00:00.000Z',
      zone: 'Asia/Jayapura',
      venueMode: 'hybrid',
      venueName: 'Aula Kantor Gubernur Papua',
      venueAddress: 'Jl. Soa Siu, Dok II, Jayapura',
      onlineLink: 'https://zoom.example/j/123',
      spokespersonIds: [team.spokesperson.account.id],
    };
    const conference = await test.value('conferences.save', { conference: input }, session);
    const invited = await test.value(
      'conferences.invite',
      { conferenceId: conference.id, requestId: randomUUID(), audience: { listIds: [listId], contactIds: [] } },
      session,
    );
    expect(invited).toMatchObject({ recipients: 4, alreadyInvited: 0 });
    await waitFor(() => smtp!.received.length === 4);
    for (const message of smtp.received) {
      const { method, event } = calendarOf(message);
      expect(method).toBe('REQUEST');
      expect(event.uid).toBe(`${conference.id}@siaga`);
      expect(event.sequence).toBe(0);
      expect(event.summary).toBe('Konferensi pers: banjir, longsor; dan evakuasi');
      expect(event.location).toContain('Jl. Soa Siu, Dok II, Jayapura');
      expect(event.startDate.toJSDate().toISOString()).toBe(input.startsAt);
      expect(event.startDate.toString()).toMatch(/T10:00:00/);
      expect(message.parsed!.subject).toMatch(/^Undangan: /);
      expect(message.parsed!.text).toContain('10.00–11.00 WIT');
    }
    const invitees = await test.value('conferences.invitees', { id: conference.id }, session);
    expect(invitees).toHaveLength(4);

    // Inviting the same list again reaches nobody new; one more person gets only the first invitation.
    const extra = await test.value(
      'contacts.create',
      (await import('../../../../test/contactsHarness')).contactInput('Rekan Baru', {
        emails: [{ address: 'baru@media.test', primary: true }],
      }),
      session,
    );
    const again = await test.value(
      'conferences.invite',
      { conferenceId: conference.id, requestId: randomUUID(), audience: { listIds: [listId], contactIds: [extra.id] } },
      session,
    );
    expect(again).toMatchObject({ recipients: 1, alreadyInvited: 4 });
    await waitFor(() => smtp!.received.length === 5);

    // Moved by an hour: the update (SEQUENCE 1) goes to the five invited, nobody else.
    const moved = await test.value(
      'conferences.save',
      {
        id: conference.id,
        conference: { ...input, startsAt: '2026-12-01T02:00:00.000Z', endsAt: '2026-12-01T03:00:00.000Z' },
        reason: 'Gubernur tiba lebih lambat',
      },
      session,
    );
    expect(moved.sequence).toBe(1);
    // Invitees have not heard of the change yet: the detail view offers to send it.
    expect(moved.notifiedSequence).toBe(0);
    const update = await test.value(
      'conferences.notify',
      { conferenceId: conference.id, requestId: randomUUID() },
      session,
    );
    expect(update.recipients).toBe(5);
    await waitFor(() => smtp!.received.length === 10);
    const updates = smtp.received.slice(5);
    expect(new Set(updates.map((message) => message.to[0]))).toEqual(
      new Set([...contactIds.map((_, index) => `jurnalis-${index + 1}@media.test`), 'baru@media.test']),
    );
    for (const message of updates) {
      const { method, event } = calendarOf(message);
      expect(method).toBe('REQUEST');
      expect(event.sequence).toBe(1);
      expect(event.startDate.toString()).toMatch(/T11:00:00/);
      // The change says what changed, old beside new, and the title is not repeated after its kind.
      expect(message.parsed!.subject).toBe(
        'Perubahan undangan: Konferensi pers: banjir, longsor; dan evakuasi — waktu baru 1 Desember 2026, 11.00–12.00 WIT',
      );
      expect(message.parsed!.text).toContain(
        'Waktu baru: 1 Desember 2026, 11.00–12.00 WIT (Sebelumnya: 1 Desember 2026, 10.00–11.00 WIT)',
      );
    }

    // RSVP and the door.
    const first = invitees[0]!;
    expect((await test.value('conferences.setRsvp', { id: first.id, rsvp: 'yes' }, session)).rsvp).toBe('yes');
    expect(
      (await test.value('conferences.checkIn', { id: first.id, present: true }, session)).checkedInAt,
    ).not.toBeNull();

    // Cancelled: METHOD:CANCEL with a higher SEQUENCE under the same UID.
    const cancelled = await test.value('conferences.setStatus', { id: conference.id, status: 'cancelled' }, session);
    expect(cancelled.sequence).toBe(2);
    expect(cancelled.notifiedSequence).toBe(1);
    await test.value('conferences.notify', { conferenceId: conference.id, requestId: randomUUID() }, session);
    expect((await test.value('conferences.get', { id: conference.id }, session)).notifiedSequence).toBe(2);
    await waitFor(() => smtp!.received.length === 15);
    for (const message of smtp.received.slice(10)) {
      const { method, event } = calendarOf(message);
      expect(method).toBe('CANCEL');
      expect(event.sequence).toBe(2);
      expect(event.uid).toBe(`${conference.id}@siaga`);
    }

    // Erasure (UU 27/2022) reaches the invitee list: the row stays, the person does not.
    await test.value('contacts.erase', { id: extra.id, reason: 'Permintaan penghapusan' }, team.admin);
    const after = await test.value('conferences.invitees', { id: conference.id }, session);
    expect(after).toHaveLength(5);
    expect(after.filter((invitee) => invitee.name === null)).toEqual([
      expect.objectContaining({ contactId: null, address: null, outlet: null }),
    ]);
  });

  it('records invitations made by phone or WhatsApp without sending anything', async () => {
    smtp = await startSmtpServer();
    const { test, team } = await open(undefined, fastSender);
    const session = team.drafter.sessionId;
    await test.value('distribution.saveSettings', mailSettings(smtp), team.admin);
    const { listId } = await journalistList(test, session, 3);
    const conference = await test.value(
      'conferences.save',
      {
        conference: {
          title: 'Doorstop banjir',
          kind: 'doorstop',
          startsAt: '2026-12-01T01:00:00.000Z',
          endsAt: '2026-12-01T01:30:00.000Z',
          zone: 'Asia/Jakarta',
          venueMode: 'physical',
          venueName: 'Lobi Kantor Bupati',
        },
      },
      session,
    );
    const recorded = await test.value(
      'conferences.invite',
      {
        conferenceId: conference.id,
        requestId: randomUUID(),
        audience: { listIds: [listId], contactIds: [] },
        delivery: 'recorded',
      },
      session,
    );
    expect(recorded).toEqual({ distributionId: null, recipients: 3, alreadyInvited: 0 });
    const invitees = await test.value('conferences.invitees', { id: conference.id }, session);
    expect(invitees.map((person) => person.invitedAt !== null)).toEqual([true, true, true]);
    const after = await test.value('conferences.get', { id: conference.id }, session);
    expect(after).toMatchObject({ invitedCount: 3, notifiedSequence: null });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.received).toHaveLength(0);
  });
});
