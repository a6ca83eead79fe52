import { describe, expect, it } from 'vitest';
import { ftsQuery } from '../search/statementSearch';
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
import { tickingClock } from '../../../../test/clock';

describe('statement lists, search, tasks and attachments', () => {
  const tempDir = useTempDirs();
  const openTeam = useStatementsTeam(tempDir);

  it('turns typed words into a safe prefix query', () => {
    expect(ftsQuery('banjir  mlati')).toBe('"banjir"* "mlati"*');
    expect(ftsQuery('"a" OR b* ( NEAR')).toBe('"a"* "OR"* "b"* "NEAR"*');
    expect(ftsQuery('  ')).toBeNull();
    // A NUL (or any control character) would cut the query inside SQLite: it separates words instead.
    expect(ftsQuery('\u0000')).toBeNull();
    expect(ftsQuery('banjir\u0000mlati\u0007')).toBe('"banjir"* "mlati"*');
  });

  it('refuses a search holding a NUL on its field (it once answered INTERNAL); tabs and new lines are spaces', async () => {
    const { test, team } = await openTeam();
    await readyStatement(test, team.drafter.sessionId, 'Banjir di Kecamatan Mlati');
    const nul = await test.call('statements.list', { query: 'banjir\u0000' }, team.drafter.sessionId);
    expect(nul.ok ? 'ok' : nul.error.details?.issues).toEqual([
      { path: ['query'], rule: 'custom', message: 'control_characters' },
    ]);
    const pasted = await test.value('statements.list', { query: 'banjir\tMlati\n' }, team.drafter.sessionId);
    expect(pasted.items.map((item) => item.title)).toEqual(['Banjir di Kecamatan Mlati']);
  });

  it('filters by status, kind and author, searches the body, and sorts', async () => {
    const { test, team } = await openTeam();
    const flood = await readyStatement(test, team.drafter.sessionId, 'Banjir di Kecamatan Mlati');
    const fire = await readyStatement(test, team.drafter2.sessionId, 'Kebakaran Pasar Godean');
    await test.value(
      'statements.save',
      edited(fire, {
        body: body('Petugas pemadam kebakaran memadamkan api pukul 03.00.'),
        tags: ['Kebakaran', 'pasar'],
      }),
      team.drafter2.sessionId,
    );
    await approveFully(test, team, flood);

    const list = (input: Parameters<typeof test.value<'statements.list'>>[1]) =>
      test.value('statements.list', input, team.viewer.sessionId);
    expect((await list({})).total).toBe(2);
    expect((await list({ statuses: ['approved'] })).items.map((item) => item.id)).toEqual([flood.id]);
    expect((await list({ authorId: team.drafter2.account.id })).items.map((item) => item.id)).toEqual([fire.id]);
    expect((await list({ kinds: ['qa'] })).total).toBe(0);
    expect((await list({ query: 'pemadam' })).items.map((item) => item.id)).toEqual([fire.id]);
    expect((await list({ query: 'keluar' })).items.map((item) => item.id)).toEqual([flood.id]); // prefix of "keluarga"
    expect((await list({ query: '001/SP' })).items.map((item) => item.id)).toEqual([flood.id]); // by number
    expect((await list({ query: 'pasar', sort: 'relevance' })).items[0]?.id).toBe(fire.id);
    expect((await list({ query: '"; drop table statement; --' })).total).toBe(0);
    expect((await list({ sort: 'title_asc' })).items.map((item) => item.title)).toEqual([
      'Banjir di Kecamatan Mlati',
      'Kebakaran Pasar Godean',
    ]);
    expect((await list({ limit: 1, offset: 1, sort: 'title_asc' })).items.map((item) => item.id)).toEqual([fire.id]);
    expect(await list({ limit: 1, offset: 5 })).toEqual({ items: [], total: 2 });
    const [firstFire] = (await list({ query: 'godean' })).items;
    expect(firstFire?.tags).toEqual(['kebakaran', 'pasar']);
  });

  it('"my tasks" shows each person what waits for them', async () => {
    const { test, team } = await openTeam();
    const ready = await readyStatement(test, team.drafter.sessionId);
    await submit(test, team, ready);
    const tasks = (session: string) => test.value('statements.myTasks', {}, session);
    expect((await tasks(team.reviewer.sessionId)).toDecide.map((item) => item.id)).toEqual([ready.id]);
    expect((await tasks(team.approver.sessionId)).toDecide).toEqual([]);
    await test.value(
      'statements.approve',
      { id: ready.id, revisionId: ready.currentRevisionId, comment: '' },
      team.reviewer.sessionId,
    );
    expect((await tasks(team.reviewer.sessionId)).toDecide).toEqual([]);
    expect((await tasks(team.approver.sessionId)).toDecide.map((item) => item.pendingStep)).toEqual([
      { index: 1, roles: ['approver'] },
    ]);
    await test.value(
      'statements.approve',
      { id: ready.id, revisionId: ready.currentRevisionId, comment: '' },
      team.approver.sessionId,
    );
    expect((await tasks(team.drafter.sessionId)).toRelease.map((item) => item.id)).toEqual([ready.id]);
    expect((await tasks(team.viewer.sessionId)).toRelease).toEqual([]);
  });

  it('attachments: checked type and size, stored once by hash, only reachable through their statement', async () => {
    const { test, team } = await openTeam();
    const pdf = Buffer.from('%PDF-1.4\n% data sheet\n');
    const upload = (fileName: string, mimeType: string, data: Buffer) =>
      test.call(
        'statements.uploadAttachment',
        { fileName, mimeType: mimeType as 'application/pdf', dataBase64: data.toString('base64') },
        team.drafter.sessionId,
      );
    const uploaded = await upload('Data pengungsi.pdf', 'application/pdf', pdf);
    expect(uploaded.ok && uploaded.value).toMatchObject({
      fileName: 'Data pengungsi.pdf',
      size: pdf.length,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(failure(await upload('virus.pdf', 'application/pdf', Buffer.from('MZ\x90\x00')))).toMatchObject({
      code: 'VALIDATION',
    });
    expect(failure(await upload('x.exe', 'application/x-msdownload', Buffer.from('MZ')))).toMatchObject({
      code: 'VALIDATION',
    });
    expect(failure(await upload('besar.txt', 'text/plain', Buffer.alloc(10 * 1024 * 1024 + 1, 0x61)))).toMatchObject({
      code: 'VALIDATION',
    });

    const ready = await readyStatement(test, team.drafter.sessionId);
    const ref = uploaded.ok ? uploaded.value : undefined;
    const withFile = await test.value(
      'statements.save',
      edited(ready, { attachments: [ref!] }),
      team.drafter.sessionId,
    );
    const file = await test.value(
      'statements.attachment',
      { statementId: ready.id, sha256: ref!.sha256 },
      team.viewer.sessionId,
    );
    expect(Buffer.from(file.dataBase64, 'base64').equals(pdf)).toBe(true);
    // A name sent inside the content is cleaned like an upload's, stored and served clean.
    const renamed = await test.value(
      'statements.save',
      edited(withFile, { attachments: [{ ...ref!, fileName: '..\\..\\Windows/win.ini:x' }] }),
      team.drafter.sessionId,
    );
    expect(renamed.content.attachments[0]?.fileName).toBe('.._.._Windows_win.ini_x');
    const served = await test.value(
      'statements.attachment',
      { statementId: ready.id, sha256: ref!.sha256 },
      team.viewer.sessionId,
    );
    expect(served.fileName).toBe('.._.._Windows_win.ini_x');
    const other = await readyStatement(test, team.drafter.sessionId, 'Lain');
    expect(
      failure(
        await test.call('statements.attachment', { statementId: other.id, sha256: ref!.sha256 }, team.viewer.sessionId),
      ).code,
    ).toBe('NOT_FOUND');
    const bogus = { ...ref!, sha256: 'a'.repeat(64) };
    const missing = await test.call(
      'statements.save',
      edited(renamed, { attachments: [bogus] }),
      team.drafter.sessionId,
    );
    expect(missing.ok ? null : missing.error.details?.issues?.[0]).toMatchObject({
      path: ['content', 'attachments', 0],
      message: 'attachment_missing',
    });
  });

  it('exports any revision; only the approved current one is without DRAF', async () => {
    // The number carries the Roman month of the approval in the office's zone: 20 November 2026.
    const { test, team } = await openTeam(tickingClock('2026-11-20T03:00:00.000Z'));
    const ready = await readyStatement(test, team.drafter.sessionId);
    const approved = await approveFully(test, team, ready);
    const current = await test.value('statements.export', { id: ready.id, format: 'txt' }, team.viewer.sessionId);
    expect(current).toMatchObject({ draft: false, fileName: '001-SP-HUMAS-XI-2026-Banjir-di-Kecamatan-Mlati.txt' });
    expect(Buffer.from(current.dataBase64, 'base64').toString('utf8')).toContain('Nomor: 001/SP/HUMAS/XI/2026');
    const timeline = await test.value('statements.timeline', { id: approved.id }, team.viewer.sessionId);
    const first = await test.value(
      'statements.export',
      { id: ready.id, format: 'txt', revisionId: timeline.revisions[0]!.id },
      team.viewer.sessionId,
    );
    expect(first.draft).toBe(true);
    expect(Buffer.from(first.dataBase64, 'base64').toString('utf8')).toContain('DRAF');
  });
});
