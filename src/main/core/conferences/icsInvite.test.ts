import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { instantToWallTime } from '../../../shared/time/zonedInstant';
import { inviteIcs, type InviteEvent } from './icsInvite';

const base: InviteEvent = {
  uid: '01a22216-51c0-727c-b45d-ab7f70e7116f@siaga',
  sequence: 0,
  method: 'REQUEST',
  summary: 'Konferensi pers: banjir, longsor; dan evakuasi',
  description: 'Agenda:\n1. Situasi terkini, angka resmi\n2. Tanya jawab; satu pertanyaan per media',
  location: 'Aula Kantor Gubernur, Jl. Jenderal Sudirman No. 1; Makassar',
  url: null,
  // 10:00 WITA = 02:00 UTC = 09:00 WIB.
  startsAt: '2026-12-01T02:00:00.000Z',
  endsAt: '2026-12-01T03:30:00.000Z',
  zone: 'Asia/Makassar',
  stamp: '2026-11-28T05:00:00.000Z',
  organizer: { name: 'Humas Pemprov Sulsel', email: 'humas@sulselprov.go.id' },
  attendee: { name: 'Siti Aisyah', email: 'siti@media.test' },
};

/** Reads our file the way a calendar does: VTIMEZONEs registered first, then the event. */
function read(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

describe('invitation calendar files (RFC 5545 / iTIP)', () => {
  it('puts a WITA event at the right hour for a WIB office', () => {
    const { calendar, event } = read(inviteIcs(base));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(event.startDate.zone?.tzid).toBe('Asia/Makassar');
    expect(event.startDate.toString()).toMatch(/^2026-12-01T10:00:00/);
    const utc = event.startDate.toJSDate().toISOString();
    expect(utc).toBe(base.startsAt);
    expect(instantToWallTime(utc, 'Asia/Jakarta')).toBe('2026-12-01T09:00');
    expect(event.endDate.toJSDate().toISOString()).toBe(base.endsAt);
  });

  it('round-trips commas, semicolons and new lines; names the organizer and the attendee', () => {
    const { vevent, event } = read(inviteIcs(base));
    expect(event.summary).toBe(base.summary);
    expect(event.description).toBe(base.description);
    expect(event.location).toBe(base.location);
    expect(event.uid).toBe(base.uid);
    expect(String(vevent.getFirstPropertyValue('organizer')).toLowerCase()).toBe('mailto:humas@sulselprov.go.id');
    const attendee = vevent.getFirstProperty('attendee')!;
    expect(String(attendee.getFirstValue()).toLowerCase()).toBe('mailto:siti@media.test');
    expect(attendee.getParameter('rsvp')).toBe('TRUE');
    expect(vevent.getFirstPropertyValue('dtstamp')?.toString()).toMatch(/Z$|^2026-11-28T05:00:00/);
  });

  it('raises SEQUENCE on changes and cancels with METHOD:CANCEL under the same UID', () => {
    const moved = read(
      inviteIcs({ ...base, sequence: 1, startsAt: '2026-12-01T03:00:00.000Z', endsAt: '2026-12-01T04:00:00.000Z' }),
    );
    expect(moved.event.sequence).toBe(1);
    expect(moved.event.startDate.toString()).toMatch(/^2026-12-01T11:00:00/);
    const cancelled = read(inviteIcs({ ...base, sequence: 2, method: 'CANCEL' }));
    expect(cancelled.calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(cancelled.vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.event.uid).toBe(base.uid);
    expect(cancelled.event.sequence).toBe(2);
  });
});
