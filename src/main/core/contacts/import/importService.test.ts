import { parse } from 'csv-parse/sync';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { databaseFileIn } from '../../db/store';
import { verifyAuditChain } from '../../db/auditChain';
import { verifyStore } from '../../db/verifyStore';
import { readImportFile } from './readImportFile';
import type { RunImportInput } from '../../../../shared/ipc/contactImport';
import { contactInput } from '../../../../../test/contactsHarness';
import { failure, useStatementsTeam } from '../../../../../test/statementsHarness';
import { useTempDirs } from '../../../../../test/tempDir';

/** Windows-1252 bytes (what Excel in an Indonesian locale saves as "CSV"): é = 0xE9. */
const cp1252 = (text: string) => Buffer.from([...text].map((char) => char.charCodeAt(0)));
const b64 = (data: Buffer | string) => Buffer.from(data).toString('base64');
const defaults = {
  lawfulBasis: 'public_task',
  dataSource: 'Daftar hadir konferensi pers',
  collectedOn: '2026-11-20',
  outletType: 'online',
} as const;

const semicolonFile = cp1252(
  [
    'Nama;Media;Jabatan;Surel;No. HP;Liputan;Wilayah;Catatan',
    'René Siregar;Harian Pikiran Rakyat;Redaktur;rene@pr.co.id;0812-3456-7890;Kesehatan, Bencana;Jawa Barat;"Suka ""data"", kirim pagi"',
    'Siti Aisyah;Kompas TV;Wartawan;siti@kompas.tv;+62 811 2233 4455;kesehatan;Kota Bandung;',
    ';Tempo;Wartawan;tanpa.nama@tempo.co;;;;',
    'Budi Santoso;Tempo;Wartawan;budi(at)tempo.co;0812;;;',
    'Dewi Lestari;Detik;Pewarta Foto;dewi@detik.com;;Kuliner;Atlantis;',
  ].join('\r\n'),
);

describe('contact import service', () => {
  const tempDir = useTempDirs();
  const openTeam = useStatementsTeam(tempDir);
  const run = (importId: string, changes: Partial<RunImportInput> = {}): RunImportInput => ({
    importId,
    mapping: [],
    dryRun: false,
    defaults,
    ...changes,
  });

  it('imports a semicolon Windows-1252 file: dry run writes nothing, the real run writes every good row once', async () => {
    const { test, team, dataDir } = await openTeam();
    const as = team.drafter.sessionId;
    const preview = await test.value(
      'contacts.importOpen',
      { fileName: 'jurnalis.csv', dataBase64: b64(semicolonFile) },
      as,
    );
    expect(preview).toMatchObject({ format: 'csv', encoding: 'windows-1252', delimiter: ';', rowCount: 5 });
    expect(preview.mapping).toEqual(['fullName', 'outlet', 'position', 'email', 'phone', 'beats', 'regions', 'notes']);
    expect(preview.sampleRows[0]?.[0]).toBe('René Siregar');

    const dry = await test.value(
      'contacts.importRun',
      run(preview.importId, { mapping: preview.mapping, dryRun: true }),
      as,
    );
    expect(dry.totals).toEqual({ rows: 5, created: 4, merged: 0, skipped: 0, failed: 1, outletsCreated: 0 });
    expect((await test.value('contacts.list', {}, as)).total).toBe(0);
    const byLine = new Map(dry.rows.map((row) => [row.line, row]));
    expect(byLine.get(4)?.problems.map((p) => p.code)).toEqual(['name_missing']);
    // A bad address or number is left out and reported; the person is kept.
    expect(byLine.get(5)).toMatchObject({ outcome: 'created' });
    expect(byLine.get(5)?.problems.map((p) => p.code)).toEqual(['email_invalid', 'phone_invalid']);
    // Warnings keep the row: an unknown beat and region are left out and reported.
    expect(byLine.get(6)).toMatchObject({ outcome: 'created' });
    expect(byLine.get(6)?.problems.map((p) => p.code)).toEqual(['beat_unknown', 'region_unknown']);

    const report = await test.value('contacts.importRun', run(preview.importId, { mapping: preview.mapping }), as);
    expect(report.totals).toEqual({ rows: 5, created: 4, merged: 0, skipped: 0, failed: 1, outletsCreated: 4 });
    const found = await test.value('contacts.list', { query: 'rene' }, as);
    expect(found.items.map((item) => item.fullName)).toEqual(['René Siregar']);
    const rene = await test.value('contacts.get', { id: found.items[0]!.id }, as);
    expect(rene).toMatchObject({
      affiliations: [{ outletName: 'Harian Pikiran Rakyat', position: 'editor', primary: true }],
      emails: [{ address: 'rene@pr.co.id', primary: true }],
      phones: [{ e164: '+6281234567890', primary: true }],
      beats: ['disaster', 'health'],
      regions: ['32'],
      notes: 'Suka "data", kirim pagi',
      lawfulBasis: 'public_task',
      dataSource: 'Daftar hadir konferensi pers',
      collectedOn: '2026-11-20',
    });
    // Found by a phone typed the national way, and by the segment the e2e builds.
    expect((await test.value('contacts.list', { query: '08112233' }, as)).items.map((i) => i.fullName)).toEqual([
      'Siti Aisyah',
    ]);
    const westJavaHealth = await test.value('contacts.list', { beats: ['health'], regions: ['32'] }, as);
    expect(westJavaHealth.items.map((item) => item.fullName).sort()).toEqual(['René Siregar', 'Siti Aisyah']);

    // It cannot run twice, and the audit says who imported what without naming anyone.
    expect(
      failure(await test.call('contacts.importRun', run(preview.importId, { mapping: preview.mapping }), as)),
    ).toEqual({
      code: 'CONFLICT',
      reason: 'importDone',
    });
    const audit = await test.value('audit.list', { limit: 50 }, team.admin);
    const imported = audit.events.find((event) => event.action === 'contacts.imported');
    expect(imported?.data).toMatchObject({ format: 'csv', created: 4, failed: 1, outletsCreated: 4 });
    expect(JSON.stringify(audit.events)).not.toContain('rene@pr.co.id');
    // The people created are on the trail as the import's one event, not one each.
    expect(audit.events.filter((event) => event.action === 'contact.created')).toHaveLength(0);
    // ... which a person's copy of their data still shows: they were recorded from an imported file.
    const someone = (await test.value('contacts.list', { limit: 1 }, as)).items[0]!;
    const copy = await test.value('contacts.exportPersonalData', { id: someone.id, format: 'json' }, as);
    const processing = (
      JSON.parse(Buffer.from(copy.dataBase64, 'base64').toString('utf8')) as { processing: { action: string }[] }
    ).processing.map((event) => event.action);
    expect(processing).toEqual(['contacts.imported']);
    // The bulk writer's events chain like any other: the chain (and the embedded file) verify.
    expect((await verifyAuditChain(test.core.store.connection.db)).ok).toBe(true);
    if (test.core.store.dialect === 'sqlite') expect((await verifyStore(databaseFileIn(dataDir))).ok).toBe(true);

    // The downloadable report has every row, in the reader's words.
    const file = await test.value('contacts.importReport', { importId: preview.importId }, as);
    const lines = parse(file.csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(lines.map((line) => [line.Baris, line.Hasil])).toEqual([
      ['2', 'Dibuat'],
      ['3', 'Dibuat'],
      ['4', 'Gagal'],
      ['5', 'Dibuat'],
      ['6', 'Dibuat'],
    ]);
    expect(lines[3]?.Masalah).toBe(
      'Email tidak valid (diabaikan): budi(at)tempo.co; Nomor telepon tidak valid (diabaikan): 0812',
    );
    // The report is a file beside the store, owner-only (it names people), not kept in memory.
    expect(readdirSync(join(dataDir, 'imports'))).toEqual([`${preview.importId}.jsonl`]);
    if (process.platform !== 'win32') {
      expect(statSync(join(dataDir, 'imports', `${preview.importId}.jsonl`)).mode & 0o777).toBe(0o600);
    }
    const english = await test.value('contacts.importReport', { importId: preview.importId, language: 'en' }, as);
    const inEnglish = parse(english.csv, { bom: true, columns: true }) as Record<string, string>[];
    expect([inEnglish[2]?.Line, inEnglish[2]?.Outcome, inEnglish[2]?.Problems]).toEqual([
      '4',
      'Failed',
      'Name is empty',
    ]);
  });

  it('remembers a mapping the person chose, for the next file with the same headers', async () => {
    const { test, team } = await openTeam();
    const as = team.drafter.sessionId;
    const file = b64('Wartawan,Kantor Berita,No. WA\nAni,Antara,081234567890\n');
    const first = await test.value('contacts.importOpen', { fileName: 'a.csv', dataBase64: file }, as);
    expect(first.mapping).toEqual([null, null, 'whatsapp']);
    await test.value('contacts.importRun', run(first.importId, { mapping: ['fullName', 'outlet', 'whatsapp'] }), as);
    const second = await test.value('contacts.importOpen', { fileName: 'b.csv', dataBase64: file }, as);
    expect(second.mapping).toEqual(['fullName', 'outlet', 'whatsapp']);
    // Without a name column there is nothing to import.
    expect(
      failure(await test.call('contacts.importRun', run(second.importId, { mapping: [null, 'outlet', null] }), as)),
    ).toEqual({
      code: 'VALIDATION',
      reason: 'importNoNameColumn',
    });
  });

  it('finds duplicates in the store and in the file; merge, skip and create do what they say', async () => {
    const { test, team } = await openTeam();
    const as = team.drafter.sessionId;
    const tempo = await test.value(
      'contacts.createOutlet',
      {
        name: 'Tempo',
        type: 'print',
        mediaGroup: '',
        regionCode: null,
        website: '',
        phone: '',
        email: '',
        notes: '',
      },
      as,
    );
    const ani = await test.value(
      'contacts.create',
      contactInput('Ani Rahmawati', {
        emails: [{ address: 'ani@tempo.co', primary: true }],
        affiliations: [{ outletId: tempo.id, position: 'reporter', primary: true }],
      }),
      as,
    );
    const budi = await test.value(
      'contacts.create',
      contactInput('Budi Hartono', { phones: [{ number: '081298765432', whatsapp: true, label: '', primary: true }] }),
      as,
    );
    const citra = await test.value(
      'contacts.create',
      contactInput('Citra Kirana Wulandari', {
        affiliations: [{ outletId: tempo.id, position: 'editor', primary: true }],
      }),
      as,
    );
    const csv = [
      'name,outlet,email,phone,beat',
      'Ani R.,Kompas,ANI@tempo.co,0811111111,health', // same e-mail (any case) → merge
      'Budi H,,budi@baru.id,+62 812-9876-5432,', // same phone → skip (per-row choice)
      'Citra Kirana Wulandary,PT Tempo,,,', // near-identical name at the same outlet → create anyway
      'Eko Prasetyo,Antara,eko@antara.co.id,,',
      'Eko Prasetyo,Antara,eko.p@gmail.com,0813 1111 2222,law', // same name and outlet as the row above → merged into it
    ].join('\n');
    const preview = await test.value('contacts.importOpen', { fileName: 'd.csv', dataBase64: b64(csv) }, as);
    const dry = await test.value(
      'contacts.importRun',
      run(preview.importId, { mapping: preview.mapping, dryRun: true, duplicateAction: 'merge' }),
      as,
    );
    expect(dry.rows.map((row) => [row.line, row.outcome, row.duplicate])).toEqual([
      [2, 'merged', { id: ani.id, name: 'Ani Rahmawati', reason: 'email' }],
      [3, 'merged', { id: budi.id, name: 'Budi Hartono', reason: 'phone' }],
      [4, 'merged', { id: citra.id, name: 'Citra Kirana Wulandari', reason: 'name_outlet' }],
      [6, 'merged', { id: null, name: 'Eko Prasetyo', reason: 'name_outlet' }],
    ]);
    const report = await test.value(
      'contacts.importRun',
      run(preview.importId, {
        mapping: preview.mapping,
        duplicateAction: 'merge',
        rowActions: { '3': 'skip', '4': 'create' },
      }),
      as,
    );
    expect(report.totals).toMatchObject({ created: 2, merged: 2, skipped: 1, failed: 0 });
    const aniAfter = await test.value('contacts.get', { id: ani.id }, as);
    // Merged: the new number and beat join; her name, e-mail and outlet stay as they were.
    expect(aniAfter).toMatchObject({
      fullName: 'Ani Rahmawati',
      emails: [{ address: 'ani@tempo.co', primary: true }],
      phones: [{ e164: '+62811111111', primary: true }],
      beats: ['health'],
      affiliations: [{ outletName: 'Tempo' }],
    });
    expect((await test.value('contacts.get', { id: budi.id }, as)).emails).toEqual([]);
    const citras = await test.value('contacts.list', { query: 'citra' }, as);
    expect(citras.total).toBe(2);
    const eko = await test.value('contacts.list', { query: 'eko' }, as);
    expect(eko.total).toBe(1);
    const ekoContact = await test.value('contacts.get', { id: eko.items[0]!.id }, as);
    expect(ekoContact.emails.map((e) => e.address)).toEqual(['eko@antara.co.id', 'eko.p@gmail.com']);
    expect(ekoContact.beats).toEqual(['law']);
    // The merge into Ani is audited with the fields it touched, never their values.
    const audit = await test.value('audit.list', { limit: 50 }, team.admin);
    const merge = audit.events.find((event) => event.action === 'contact.updated' && event.entityId === ani.id);
    expect(merge?.data).toMatchObject({ fields: ['beats', 'phones'], importId: preview.importId });
  });

  it('the import after a check writes what was reviewed, and checks again when anything changed since', async () => {
    const { test, team } = await openTeam();
    const as = team.drafter.sessionId;
    const file = ['nama,email,media', 'Rina Marlina,rina@media.id,Kompas', 'Rina Marlina,rina.m@media.id,Kompas'];
    const open = async () =>
      test.value('contacts.importOpen', { fileName: 'rina.csv', dataBase64: b64(file.join('\n')) }, as);
    // The checking the run itself does, seen from its progress: each row, or one report at the end.
    const checkingDuring = async (input: RunImportInput) => {
      const seen: number[] = [];
      const stop = test.core.onEvent((event) => {
        if (event.event === 'contacts.importProgress' && event.payload.phase === 'checking')
          seen.push(event.payload.done);
      });
      const report = await test.value('contacts.importRun', input, as);
      stop();
      return { report, seen };
    };

    // Unchanged: the reviewed plan is written as it is (the second row folded into the first).
    const first = await open();
    const reviewed = run(first.importId, { mapping: first.mapping, duplicateAction: 'merge' });
    const dry = await test.value('contacts.importRun', { ...reviewed, dryRun: true }, as);
    expect(dry.totals).toMatchObject({ created: 1, merged: 1 });
    const same = await checkingDuring(reviewed);
    expect(same.seen).toEqual([2]);
    expect(same.report).toMatchObject({ dryRun: false, totals: { created: 1, merged: 1 } });
    expect((await test.value('contacts.list', { query: 'rina' }, as)).total).toBe(1);

    // Someone wrote since the check (here: a contact with the first row's address): checked again,
    // so the row joins that contact instead of making a second Rina.
    const second = await open();
    const input = run(second.importId, { mapping: second.mapping, duplicateAction: 'merge' });
    await test.value('contacts.importRun', { ...input, dryRun: true }, as);
    await test.value(
      'contacts.create',
      contactInput('Rina M.', { emails: [{ address: 'rina@media.id', primary: true }] }),
      as,
    );
    const after = await checkingDuring(input);
    expect(after.seen).toEqual([0, 2]);
    expect(after.report.rows.map((row) => [row.outcome, row.duplicate?.reason])).toEqual([
      ['merged', 'email'],
      ['merged', 'email'],
    ]);

    // Other choices than the ones checked: checked again with them.
    const third = await open();
    const skip = run(third.importId, { mapping: third.mapping, duplicateAction: 'skip' });
    await test.value('contacts.importRun', { ...skip, duplicateAction: 'merge', dryRun: true }, as);
    const changed = await checkingDuring(skip);
    expect(changed.seen).toEqual([0, 2]);
    expect(changed.report.totals).toMatchObject({ created: 0, skipped: 2 });
  });

  it('a cancelled import leaves the store exactly as it was', async () => {
    const { test, team, dataDir } = await openTeam();
    const as = team.drafter.sessionId;
    const rows = Array.from({ length: 6000 }, (_, index) => `Jurnalis ${index},j${index}@media.id`);
    const preview = await test.value(
      'contacts.importOpen',
      { fileName: 'big.csv', dataBase64: b64(['nama,email', ...rows].join('\n')) },
      as,
    );
    const headBefore = await test.value('audit.head', {}, team.admin);
    const phases: string[] = [];
    const stop = test.core.onEvent((event) => {
      if (event.event !== 'contacts.importProgress') return;
      phases.push(event.payload.phase);
      // Cancel early in the checking: nothing may be written. (Early, so the cancel call has time to
      // pass its sign-in check on the office server too, a network round trip away.)
      if (event.payload.phase === 'checking' && event.payload.done === 500) {
        void test.call('contacts.importCancel', { importId: preview.importId }, as);
      }
    });
    const result = await test.call('contacts.importRun', run(preview.importId, { mapping: preview.mapping }), as);
    stop();
    expect(failure(result)).toEqual({ code: 'CONFLICT', reason: 'importCancelled' });
    expect(phases).toContain('checking');
    expect(phases).not.toContain('writing');
    expect((await test.value('contacts.list', {}, as)).total).toBe(0);
    expect(await test.value('contacts.outlets', {}, as)).toEqual([]);
    expect(await test.value('audit.head', {}, team.admin)).toEqual(headBefore);
    expect(readdirSync(join(dataDir, 'imports'))).toEqual([]); // nor half a report
    // Cancelled is not done: the same file can be imported after all.
    const again = await test.value('contacts.importRun', run(preview.importId, { mapping: preview.mapping }), as);
    expect(again.totals.created).toBe(6000);
    // Once writing has begun the import is one transaction: too late to cancel, it lands whole.
    expect(await test.value('contacts.importCancel', { importId: preview.importId }, as)).toEqual({ cancelled: false });
  });

  it('reads XLSX and vCard through the same pipeline', async () => {
    const { test, team } = await openTeam();
    const as = team.drafter.sessionId;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Jurnalis');
    sheet.addRow(['Nama Lengkap', 'Nama Media', 'Telepon', 'Masa Berlaku Akreditasi']);
    sheet.addRow(['Yohanes Kristianto', 'RRI', '=1+1', new Date(Date.UTC(2027, 5, 30))]);
    sheet.addRow(['Made Wirawan', 'Bali Post', '0361 225 764', '31/12/2026']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const fromXlsx = await test.value('contacts.importOpen', { fileName: 'kontak.xlsx', dataBase64: b64(xlsx) }, as);
    expect(fromXlsx.format).toBe('xlsx');
    const xlsxReport = await test.value(
      'contacts.importRun',
      run(fromXlsx.importId, { mapping: fromXlsx.mapping }),
      as,
    );
    // A formula is not a phone number: it is left out (and reported), the person kept; dates read day-first.
    expect(xlsxReport.totals).toMatchObject({ created: 2, failed: 0 });
    expect(xlsxReport.rows[0]).toMatchObject({
      name: 'Yohanes Kristianto',
      outcome: 'created',
      problems: [{ code: 'phone_invalid', value: '=1+1' }],
    });
    const yohanes = (await test.value('contacts.list', { query: 'yohanes' }, as)).items[0]!;
    expect((await test.value('contacts.get', { id: yohanes.id }, as)).phones).toEqual([]);
    const made = (await test.value('contacts.list', { query: 'made' }, as)).items[0]!;
    expect((await test.value('contacts.get', { id: made.id }, as)).accreditationExpiry).toBe('2026-12-31');

    const vcf = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N:Nugroho;Agus;;;',
      'ORG:Suara Merdeka',
      'TEL;CELL:0813-2222-3333',
      'EMAIL;PREF:agus@suaramerdeka.com',
      'NOTE;ENCODING=QUOTED-PRINTABLE:Liputan =',
      ' Semarang',
      'END:VCARD',
    ].join('\r\n');
    const fromVcard = await test.value('contacts.importOpen', { fileName: 'agus.vcf', dataBase64: b64(vcf) }, as);
    expect(fromVcard).toMatchObject({ format: 'vcard', headers: [], rowCount: 1 });
    const vcardReport = await test.value('contacts.importRun', run(fromVcard.importId), as);
    expect(vcardReport.totals.created).toBe(1);
    const agus = (await test.value('contacts.list', { query: 'agus' }, as)).items[0];
    expect(agus).toMatchObject({ fullName: 'Agus Nugroho', outlet: 'Suara Merdeka', email: 'agus@suaramerdeka.com' });
  });

  it('refuses files it cannot import with a reason, and keeps imports private to who opened them', async () => {
    const { test, team } = await openTeam();
    const as = team.drafter.sessionId;
    const open = (fileName: string, data: Buffer | string) =>
      test.call('contacts.importOpen', { fileName, dataBase64: b64(data) }, as);
    expect(failure(await open('kosong.csv', ''))).toEqual({ code: 'VALIDATION', reason: 'importFileEmpty' });
    expect(failure(await open('spasi.csv', '  \r\n\r\n'))).toEqual({ code: 'VALIDATION', reason: 'importFileEmpty' });
    expect(failure(await open('header.csv', 'Nama;Media;Email\r\n'))).toEqual({
      code: 'VALIDATION',
      reason: 'importNoRows',
    });
    expect(failure(await open('rusak.xlsx', Buffer.from('PK\u0003\u0004 not really a zip')))).toEqual({
      code: 'VALIDATION',
      reason: 'importUnreadable',
    });
    const preview = await test.value('contacts.importOpen', { fileName: 'a.csv', dataBase64: b64('Nama\nAni\n') }, as);
    expect(
      failure(
        await test.call(
          'contacts.importRun',
          run(preview.importId, { mapping: ['fullName'] }),
          team.reviewer.sessionId,
        ),
      ),
    ).toEqual({
      code: 'NOT_FOUND',
      reason: 'importUnknown',
    });
    expect(
      failure(
        await test.call(
          'contacts.importOpen',
          { fileName: 'a.csv', dataBase64: b64('Nama\nAni\n') },
          team.viewer.sessionId,
        ),
      ),
    ).toEqual({
      code: 'FORBIDDEN',
      reason: 'forbidden',
    });
  });

  it('takes the bad files offices really have: ragged rows, NULs, quotes and new lines, formulas, repeated columns', async () => {
    const { test, team } = await openTeam();
    const as = team.drafter.sessionId;
    const csv = [
      'Nama,Email,Email,Catatan,Nama',
      '"Rahmat ""Amat"" Hidayat",amat@radar.id,amat.h@gmail.com,"Baris satu\nbaris dua, dengan koma",Rahmat H',
      'Yusuf\u0000 Maulana,yusuf@antara.co.id,,,', // a NUL from a badly saved file
      '=HYPERLINK("http://x"),formula@x.id,,,', // a formula is only text here
      'Baris Pendek,pendek@x.id', // ragged: fewer cells than the header
    ].join('\r\n');
    const preview = await test.value('contacts.importOpen', { fileName: 'campur.csv', dataBase64: b64(csv) }, as);
    // Two e-mail columns both count; a second name column is left for the person to decide.
    expect(preview.mapping).toEqual(['fullName', 'email', 'email', 'notes', null]);
    const report = await test.value('contacts.importRun', run(preview.importId, { mapping: preview.mapping }), as);
    expect(report.totals).toMatchObject({ rows: 4, created: 4, failed: 0 });
    // Lines are where a record ends in the file: the quoted new line above makes this one line 6.
    expect(report.rows.find((row) => row.name === 'Baris Pendek')).toMatchObject({
      line: 6,
      problems: [{ code: 'row_length', value: '' }],
    });
    const amat = (await test.value('contacts.list', { query: 'amat' }, as)).items[0]!;
    expect(await test.value('contacts.get', { id: amat.id }, as)).toMatchObject({
      fullName: 'Rahmat "Amat" Hidayat',
      emails: [
        { address: 'amat@radar.id', primary: true },
        { address: 'amat.h@gmail.com', primary: false },
      ],
      notes: 'Baris satu\nbaris dua, dengan koma',
    });
    expect((await test.value('contacts.list', { query: 'yusuf' }, as)).items[0]?.fullName).toBe('Yusuf Maulana');
    expect((await test.value('contacts.list', { query: 'formula' }, as)).items[0]?.fullName).toBe(
      '=HYPERLINK("http://x")',
    );
  });

  it('refuses a 100 MB file before reading it as contacts', async () => {
    const read = await readImportFile('besar.csv', Buffer.alloc(100 * 1024 * 1024, 0x41));
    expect(read).toEqual({ ok: false, reason: 'file_too_large' });
  });
});
