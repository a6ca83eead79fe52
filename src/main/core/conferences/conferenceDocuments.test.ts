import { describe, expect, it } from 'vitest';
import { conferenceInput } from '../../../../test/conferencesHarness';
import { contactInput } from '../../../../test/contactsHarness';
import { approvedStatement, journalistList, mailSettings } from '../../../../test/distributionHarness';
import { docxText, pdfText } from '../../../../test/readers';
import { readyStatement } from '../../../../test/statementsHarness';
import { useStatementsTeam } from '../../../../test/statementsHarness';
import { useTempDirs } from '../../../../test/tempDir';

const held = { distribution: { autoStart: false } };

describe('conference paperwork: attendance record, sign-in sheet, briefing pack', () => {
  const tempDir = useTempDirs();
  const open = useStatementsTeam(tempDir);

  async function preparedConference() {
    const { test, team } = await open(undefined, held);
    const session = team.drafter.sessionId;
    // Invitations are queued (the sender is off): invitees exist, nothing needs to leave.
    await test.value('distribution.saveSettings', mailSettings({ port: 2525 }), team.admin);
    const { listId } = await journalistList(test, session, 3);
    const statement = await approvedStatement(test, team, 'Status tanggap darurat banjir Makassar');
    const draft = await readyStatement(test, session, 'Draf yang belum disetujui');
    const qa = await test.value(
      'conferences.saveQa',
      { topic: 'Pengungsian', question: 'Berapa jumlah pengungsi?', answer: 'Sesuai data BPBD pukul 08.00 WITA.' },
      session,
    );
    const conference = await test.value(
      'conferences.save',
      {
        conference: conferenceInput(team, {
          statementIds: [statement.id, draft.id],
          qaIds: [qa.id],
          keyMessages: 'Pemerintah hadir dan bekerja 24 jam.',
          talkingPoints: 'Sampaikan nomor posko: 112.\n\nJangan berspekulasi soal korban.',
          guestSpeakers: [{ name: 'Ir. Danny Pomanto', role: 'Wali Kota Makassar' }],
        }),
      },
      session,
    );
    await test.value(
      'conferences.invite',
      { conferenceId: conference.id, requestId: crypto.randomUUID(), audience: { listIds: [listId], contactIds: [] } },
      session,
    );
    const invitees = await test.value('conferences.invitees', { id: conference.id }, session);
    await test.value('conferences.setRsvp', { id: invitees[0]!.id, rsvp: 'yes' }, session);
    await test.value('conferences.setRsvp', { id: invitees[1]!.id, rsvp: 'no' }, session);
    await test.value('conferences.checkIn', { id: invitees[0]!.id, present: true }, session);
    await test.value(
      'conferences.walkIn',
      {
        conferenceId: conference.id,
        contact: contactInput('Ni Luh Putu Ayu Wéndra', { dataSource: 'Daftar hadir, persetujuan lisan' }),
      },
      session,
    );
    return { test, team, session, conference, invitees, statement };
  }

  it('prints the sign-in sheet and the attendance record as PDF and DOCX that real readers read back', async () => {
    const { test, session, conference, invitees } = await preparedConference();
    const file = (document: 'attendance' | 'signIn', format: 'pdf' | 'docx') =>
      test.value('conferences.document', { id: conference.id, document, format, language: 'id' }, session);

    const signInPdf = await file('signIn', 'pdf');
    expect(signInPdf.mimeType).toBe('application/pdf');
    expect(signInPdf.fileName).toMatch(/^Daftar-Hadir-2026-12-01-Konferensi-pers.*\.pdf$/);
    const signIn = await pdfText(Buffer.from(signInPdf.dataBase64, 'base64'));
    expect(signIn.text).toContain('Daftar Hadir');
    expect(signIn.text).toContain('Tanda tangan');
    expect(signIn.text).toContain('1 Desember 2026, 10.00–11.00 WITA');
    expect(signIn.text).toContain('Ni Luh Putu Ayu Wéndra');
    // Every invitee, so the sheet can be printed before anyone arrives (even the one who declined may come).
    for (const person of invitees) expect(signIn.text).toContain(person.name!);

    const signInDocx = await docxText(Buffer.from((await file('signIn', 'docx')).dataBase64, 'base64'));
    expect(signInDocx).toContain('Tanda tangan');
    expect(signInDocx).toContain('Ni Luh Putu Ayu Wéndra');
    // Ten empty numbered rows for walk-ins after the three invited and the one walk-in.
    expect(signInDocx).toMatch(/\b14\b/);

    const attendance = await pdfText(Buffer.from((await file('attendance', 'pdf')).dataBase64, 'base64'));
    expect(attendance.text).toContain('Diundang 3 · akan hadir 1 · sudah datang 2 · tanpa undangan 1');
    for (const person of invitees) expect(attendance.text).toContain(person.name!);
    expect(attendance.text).toMatch(/datang tanpa\s+undangan/);
    expect(attendance.pages).toBe(1);
    const attendanceDocx = await docxText(Buffer.from((await file('attendance', 'docx')).dataBase64, 'base64'));
    expect(attendanceDocx).toContain('Rekap Kehadiran');
    expect(attendanceDocx).toContain('Diundang 3 · akan hadir 1 · sudah datang 2 · tanpa undangan 1');
  });

  it('assembles the briefing pack: agenda, key messages, talking points, Q&A, approved statements, attendees', async () => {
    const { test, session, conference, invitees, statement } = await preparedConference();
    for (const format of ['pdf', 'docx'] as const) {
      const file = await test.value(
        'conferences.document',
        { id: conference.id, document: 'briefing', format, language: 'en' },
        session,
      );
      const data = Buffer.from(file.dataBase64, 'base64');
      const text = format === 'pdf' ? (await pdfText(data)).text : await docxText(data);
      expect(text, format).toContain('Spokesperson Briefing Pack');
      expect(text).toContain('1 December 2026, 10:00–11:00 WITA');
      expect(text).toContain('Situasi terkini');
      // A speaker from outside the office, named with the office they hold.
      expect(text).toContain('Ir. Danny Pomanto (Wali Kota Makassar)');
      expect(text).toContain('Pemerintah hadir dan bekerja 24 jam.');
      expect(text).toContain('Jangan berspekulasi soal korban.');
      expect(text).toContain('Berapa jumlah pengungsi?');
      expect(text).toContain('Sesuai data BPBD pukul 08.00 WITA.');
      // The approved statement whole, with its number; the draft is not briefed.
      expect(text).toContain(statement.number!);
      expect(text).toContain('Status tanggap darurat banjir Makassar');
      expect(text).not.toContain('Draf yang belum disetujui');
      expect(text).toContain(invitees[0]!.name!);
      expect(text).toContain('Ni Luh Putu Ayu Wéndra');
      // The walk-in never replied: said so, not "coming".
      expect(text).toMatch(/Ni Luh Putu Ayu Wéndra[\s\S]*walk-in/);
    }
  });

  it('refuses the paperwork to a viewer (attendees are personal data) and an unknown conference', async () => {
    const { test, team, conference } = await preparedConference();
    const viewer = await test.call(
      'conferences.document',
      { id: conference.id, document: 'briefing', format: 'pdf' },
      team.viewer.sessionId,
    );
    expect(viewer.ok || viewer.error.code).toBe('FORBIDDEN');
    const missing = await test.call(
      'conferences.document',
      { id: crypto.randomUUID(), document: 'signIn', format: 'pdf' },
      team.drafter.sessionId,
    );
    expect(missing.ok || missing.error.code).toBe('NOT_FOUND');
  });
});
