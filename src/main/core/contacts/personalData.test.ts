import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { contactInput } from '../../../../test/contactsHarness';
import { pdfText } from '../../../../test/readers';
import { useStatementsTeam } from '../../../../test/statementsHarness';
import { useTempDirs } from '../../../../test/tempDir';
import { personalDataCoverage } from './personalData';

/** Tables holding a foreign key to `contact`, read from the store's own schema. */
async function tablesReferringToContact(test: Awaited<ReturnType<ReturnType<typeof useStatementsTeam>>>['test']) {
  const { db } = test.core.store.connection;
  if (test.core.store.dialect === 'sqlite') {
    const { rows } = await sql<{ name: string }>`select m.name from sqlite_master m
      join pragma_foreign_key_list(m.name) f where m.type = 'table' and f."table" = 'contact'`.execute(db);
    return rows.map((row) => row.name);
  }
  const { rows } = await sql<{ name: string }>`select distinct c.conrelid::regclass::text as name
    from pg_constraint c where c.contype = 'f' and c.confrelid = 'contact'::regclass`.execute(db);
  return rows.map((row) => row.name.replace(/^.*\./, ''));
}

describe('personal-data export', () => {
  const tempDir = useTempDirs();
  const openTeam = useStatementsTeam(tempDir);

  it('covers every table that refers to a contact (found from the schema, so a new one cannot be forgotten)', async () => {
    const { test } = await openTeam(() => new Date('2026-11-28T02:00:00Z'));
    const referring = await tablesReferringToContact(test);
    expect(referring.length).toBeGreaterThan(5);
    const covered = Object.keys(personalDataCoverage).filter((table) => table !== 'contact');
    expect([...new Set(referring)].sort()).toEqual(covered.sort());
  });

  it('gives the person their invitations, answers, check-ins and questions, and records the export', async () => {
    const { test, team } = await openTeam(() => new Date('2026-11-28T02:00:00Z'));
    const drafter = team.drafter.sessionId;
    const person = await test.value('contacts.create', contactInput('Rahmat Hadirwan'), drafter);
    const conference = await test.value(
      'conferences.save',
      {
        conference: {
          title: 'Keterangan pers banjir Sleman',
          kind: 'press_conference',
          startsAt: '2026-11-29T03:00:00.000Z',
          endsAt: '2026-11-29T04:00:00.000Z',
          zone: 'Asia/Jakarta',
          venueMode: 'physical',
          venueName: 'Aula Kantor Bupati',
        },
      },
      drafter,
    );
    const invitee = await test.value(
      'conferences.walkIn',
      { conferenceId: conference.id, contactId: person.id },
      team.admin,
    );
    await test.value('conferences.setRsvp', { id: invitee.id, rsvp: 'yes' }, drafter);
    await test.value(
      'conferences.saveQuestion',
      {
        conferenceId: conference.id,
        contactId: person.id,
        question: 'Berapa pengungsi di Mlati?',
        answer: 'Sebanyak 240 jiwa.',
      },
      drafter,
    );

    const file = await test.value('contacts.exportPersonalData', { id: person.id }, team.admin);
    const document = JSON.parse(Buffer.from(file.dataBase64, 'base64').toString('utf8')) as {
      conferences: { conference: string; rsvp: string; checkedInAt: string | null; walkIn: boolean }[];
      questions: { conference: string; question: string; answer: string }[];
    };
    expect(document.conferences).toMatchObject([
      { conference: 'Keterangan pers banjir Sleman', rsvp: 'yes', walkIn: true },
    ]);
    expect(document.conferences[0]!.checkedInAt).not.toBeNull();
    expect(document.questions).toMatchObject([
      {
        conference: 'Keterangan pers banjir Sleman',
        question: 'Berapa pengungsi di Mlati?',
        answer: 'Sebanyak 240 jiwa.',
      },
    ]);
    const pdf = await test.value(
      'contacts.exportPersonalData',
      { id: person.id, format: 'pdf', language: 'id' },
      team.admin,
    );
    const { text } = await pdfText(Buffer.from(pdf.dataBase64, 'base64'));
    expect(text).toContain('Undangan dan kehadiran konferensi pers');
    expect(text).toContain('Berapa pengungsi di Mlati?');
    // On the office's letterhead, in words: no codes, no ISO times, no raw JSON.
    expect(text).toContain('Data Pribadi yang Disimpan');
    expect(text).toContain('akan hadir');
    expect(text).toMatch(/datang\s+tanpa\s+undangan/);
    expect(text).toMatch(/WIB/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T|\{"/);

    const events = (await test.value('audit.list', { action: 'contact.personalDataExported' }, team.admin)).events;
    expect(events.map((event) => [event.entityId, event.data])).toEqual([
      [person.id, { format: 'pdf' }],
      [person.id, { format: 'json' }],
    ]);
  });
});
