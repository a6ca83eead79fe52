import { sql } from 'kysely';
import { contactMatches } from '../search/contactSearch';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pdfText } from '../../../../test/readers';
import { describe, expect, it } from 'vitest';
import type { ContactInput } from '../../../shared/ipc/contacts';
import { contactInput } from '../../../../test/contactsHarness';
import { conferenceInput } from '../../../../test/conferencesHarness';
import { failure, useStatementsTeam } from '../../../../test/statementsHarness';
import { useTempDirs } from '../../../../test/tempDir';

const email = 'wartawan.terhapus.7319@contoh-media.id';

const person: ContactInput = contactInput('Kartika Terhapuswati', {
  emails: [{ address: email, primary: true }],
  phones: [{ number: '0813 7319 7319', whatsapp: true, label: '', primary: true }],
  beats: ['health'],
  regions: ['34'],
  tags: ['uji'],
  preferredChannel: 'whatsapp',
  notes: 'Catatan pribadi',
  lawfulBasis: 'consent',
  dataSource: 'Formulir pendaftaran media',
  collectedOn: '2026-10-01',
  consentRecord: 'Setuju melalui formulir 1 Oktober 2026',
  retainUntil: '2027-10-01',
});

describe('personal-data rights', () => {
  const tempDir = useTempDirs();
  const openTeam = useStatementsTeam(tempDir);

  it('exports everything about a person, with how it was processed', async () => {
    const { test, team } = await openTeam(() => new Date('2026-11-28T02:00:00Z'));
    const created = await test.value('contacts.create', person, team.drafter.sessionId);
    const file = await test.value('contacts.exportPersonalData', { id: created.id }, team.drafter.sessionId);
    expect(file.fileName).toBe('data-pribadi-Kartika-Terhapuswati.json');
    const document = JSON.parse(Buffer.from(file.dataBase64, 'base64').toString('utf8')) as {
      subject: { emails: unknown[] };
      processing: { action: string; by: string }[];
    };
    expect(document.subject.emails).toEqual([{ address: email, primary: true }]);
    expect(document.processing).toMatchObject([{ action: 'contact.created', by: 'Pengguna penyusun' }]);

    // The same as a PDF a person can read, names in any Latin script intact.
    const pdf = await test.value(
      'contacts.exportPersonalData',
      { id: created.id, format: 'pdf', language: 'en' },
      team.drafter.sessionId,
    );
    expect(pdf).toMatchObject({ fileName: 'data-pribadi-Kartika-Terhapuswati.pdf', mimeType: 'application/pdf' });
    const { text } = await pdfText(Buffer.from(pdf.dataBase64, 'base64'));
    expect(text).toContain('Personal Data Held');
    expect(text).toContain(email);
    // Words, not codes: the action, the basis, the number as dialled, times in the office's zone.
    expect(text).toContain('Data recorded');
    expect(text).not.toContain('contact.created');
    expect(text).toContain('Consent');
    expect(text).not.toContain('consent\n');
    expect(text).toContain('0813-7319-7319');
    expect(text).toMatch(/28 November 2026, 09:00 WIB/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(text).toContain('Pengguna penyusun');
  });

  it('erasure leaves no trace of the person in any table, the search index or (after the checkpoint) the file', async () => {
    const { test, team } = await openTeam(() => new Date('2026-11-28T02:00:00Z'));
    const created = await test.value('contacts.create', person, team.drafter.sessionId);
    const { db } = test.core.store.connection;
    await sql`insert into contact_list (id, name, kind, description, created_at, updated_at)
      values ('l1', 'Desk kesehatan', 'static', '', 'a', 'a')`.execute(db);
    await sql`insert into contact_list_member values ('l1', ${created.id}, 'a')`.execute(db);
    const dir = test.core.store.dataDir;
    // The embedded file's bytes (the office server's files are the server's to vacuum).
    const embedded = test.core.store.dialect === 'sqlite';
    const onDisk = (text: string) =>
      readdirSync(dir)
        .filter((name) => name.startsWith('siaga.sqlite'))
        .some((name) => readFileSync(join(dir, name)).includes(Buffer.from(text)));
    // The check can fail: before erasure the person is in the files.
    if (embedded) expect(onDisk(email)).toBe(true);
    expect(
      failure(
        await test.call('contacts.erase', { id: created.id, reason: 'Permintaan subjek data' }, team.drafter.sessionId),
      ).code,
    ).toBe('FORBIDDEN');

    await test.value(
      'contacts.erase',
      { id: created.id, reason: 'Permintaan subjek data 28/11' },
      team.reviewer.sessionId,
    );

    expect(failure(await test.call('contacts.get', { id: created.id }, team.drafter.sessionId)).code).toBe('NOT_FOUND');
    for (const { name } of await db.introspection.getTables()) {
      const rows = (await sql`select * from ${sql.table(name)}`.execute(db)).rows;
      expect(JSON.stringify(rows).includes(email), name).toBe(false);
      expect(JSON.stringify(rows).includes('Terhapuswati'), name).toBe(false);
    }
    expect(await db.selectFrom(contactMatches(db, 'terhapuswati')!).selectAll().execute()).toEqual([]);
    const trail = await test.value('audit.list', { entityType: 'contact' }, team.admin);
    expect(trail.events.map((event) => event.action)).toEqual(['contact.erased', 'contact.created']);
    expect((await test.value('audit.head', {}, team.admin)).seq).toBeGreaterThan(0);

    // The bytes: nothing of the person in the database file or its logs.
    if (embedded) {
      expect(onDisk(email)).toBe(false);
      expect(onDisk('Terhapuswati')).toBe(false);
      expect(onDisk('7319 7319')).toBe(false);
      expect(onDisk('6281373197319')).toBe(false);
    }
  });

  it('an erased person is not brought back by import, manual entry or the walk-in desk — unless they ask', async () => {
    const { test, team } = await openTeam(() => new Date('2026-11-28T02:00:00Z'));
    const as = team.drafter.sessionId;
    const created = await test.value('contacts.create', person, as);
    await test.value('contacts.erase', { id: created.id, reason: 'Permintaan subjek data' }, team.reviewer.sessionId);
    const { db } = test.core.store.connection;
    // What is kept are keyed fingerprints, not the address or the number.
    const marks = await db.selectFrom('erased_identifier').selectAll().execute();
    expect(marks.map((mark) => mark.kind).sort()).toEqual(['email', 'phone']);
    expect(JSON.stringify(marks)).not.toMatch(/wartawan|7319/);

    // The same spreadsheet again: the row is skipped and says why; the others are imported.
    const sheet = [
      'Nama,Surel,No. HP',
      `Kartika T.,${email.toUpperCase()},`,
      'Kartika Lagi,,+62 813-7319-7319',
      'Orang Baru,baru@contoh-media.id,',
    ].join('\r\n');
    const opened = await test.value(
      'contacts.importOpen',
      { fileName: 'jurnalis.csv', dataBase64: Buffer.from(sheet).toString('base64') },
      as,
    );
    const report = await test.value(
      'contacts.importRun',
      {
        importId: opened.importId,
        mapping: opened.mapping,
        dryRun: false,
        defaults: {
          lawfulBasis: 'public_task',
          dataSource: 'Daftar hadir',
          collectedOn: '2026-11-28',
          outletType: 'online',
        },
      },
      as,
    );
    expect(report.totals).toMatchObject({ created: 1, skipped: 2 });
    expect(report.rows.filter((row) => row.outcome === 'skipped').map((row) => row.problems)).toEqual([
      [{ code: 'erased_person', value: '' }],
      [{ code: 'erased_person', value: '' }],
    ]);

    // Typed in by hand: refused on the field, nothing stored.
    const again = contactInput('Kartika Terhapuswati', {
      emails: [
        { address: 'lain@contoh.id', primary: false },
        { address: email, primary: true },
      ],
      phones: [{ number: '0813-7319-7319', whatsapp: false, label: '', primary: true }],
    });
    const refused = await test.call('contacts.create', again, as);
    expect(refused.ok || refused.error.details?.issues).toEqual([
      expect.objectContaining({ path: ['contact', 'emails', 1, 'address'], message: 'erased_person' }),
      expect.objectContaining({ path: ['contact', 'phones', 0, 'number'], message: 'erased_person' }),
    ]);
    // At the door of a conference too.
    const held = await test.value('conferences.save', { conference: conferenceInput(team) }, as);
    const door = await test.call('conferences.walkIn', { conferenceId: held.id, contact: again }, as);
    expect(door.ok || door.error.details?.issues).toEqual([
      expect.objectContaining({ path: ['contact', 'emails', 1, 'address'], message: 'erased_person' }),
      expect.objectContaining({ path: ['contact', 'phones', 0, 'number'], message: 'erased_person' }),
    ]);
    // Nor by adding the address to someone already there.
    const other = await test.value('contacts.create', contactInput('Rekan Kantor'), as);
    const added = await test.call(
      'contacts.update',
      { id: other.id, contact: { ...contactInput('Rekan Kantor'), emails: [{ address: email, primary: true }] } },
      as,
    );
    expect(added.ok || added.error.details?.issues).toEqual([
      expect.objectContaining({ path: ['contact', 'emails', 0, 'address'], message: 'erased_person' }),
    ]);
    expect((await test.value('contacts.list', { query: 'Kartika' }, as)).total).toBe(0);

    // The person asks to come back: stored on their own consent only, and the marks go.
    const wrongBasis = await test.call(
      'contacts.create',
      { ...again, returnsAfterErasure: true, lawfulBasis: 'public_task' },
      as,
    );
    expect(wrongBasis.ok || wrongBasis.error.details?.issues).toEqual([
      expect.objectContaining({ path: ['contact', 'lawfulBasis'], message: 'consent_after_erasure' }),
    ]);
    const back = await test.value(
      'contacts.create',
      { ...again, returnsAfterErasure: true, lawfulBasis: 'consent' },
      as,
    );
    expect(await db.selectFrom('erased_identifier').selectAll().execute()).toEqual([]);
    const trail = await test.value('audit.list', { entityType: 'contact' }, team.admin);
    expect(trail.events.filter((event) => event.entityId === back.id).map((event) => event.action)).toEqual([
      'contact.returnedAfterErasure',
      'contact.created',
    ]);
  });
});
