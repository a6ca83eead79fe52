import { sql } from 'kysely';
import { contactMatches } from '../search/contactSearch';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pdfText } from '../../../../test/readers';
import { describe, expect, it } from 'vitest';
import type { ContactInput } from '../../../shared/ipc/contacts';
import { contactInput } from '../../../../test/contactsHarness';
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
    expect(text).toContain('Personal data held');
    expect(text).toContain(email);
    expect(text).toContain('contact.created');
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
});
