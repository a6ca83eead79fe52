import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { crisisInput } from '../../../../test/crisesHarness';
import { docxText, pdfText } from '../../../../test/readers';
import {
  approveFully,
  body,
  edited,
  failure,
  readyStatement,
  submit,
  useStatementsTeam,
} from '../../../../test/statementsHarness';
import { useTempDirs } from '../../../../test/tempDir';

/** 10.00 WIB; the flood's first signal came at 09.40 WIB. */
let clock = new Date('2026-11-28T03:00:00.000Z');
const now = () => clock;
const later = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000));

describe('crises: quoted figures, lessons, golden-hour targets, the home board, the report', () => {
  const tempDir = useTempDirs();
  const open = useStatementsTeam(tempDir);

  async function floodWithStatement() {
    clock = new Date('2026-11-28T03:00:00.000Z');
    const { test, team } = await open(now);
    const session = team.drafter.sessionId;
    const crisis = await test.value('crises.save', { crisis: crisisInput() }, session);
    const evacuees = await test.value(
      'crises.recordFigure',
      {
        crisisId: crisis.id,
        label: 'Pengungsi',
        value: 120,
        unit: 'jiwa',
        source: 'BPBD Sleman',
        asOf: '2026-11-28T02:55:00.000Z',
      },
      session,
    );
    const draft = await readyStatement(test, session, 'Pernyataan awal banjir Mlati');
    await test.value('crises.link', { crisisId: crisis.id, statementId: draft.id }, session);
    return { test, team, session, crisis, evacuees, draft };
  }

  it('refuses to submit a draft that quotes a superseded figure until it quotes the current one', async () => {
    const { test, team, session, crisis, evacuees, draft } = await floodWithStatement();
    const quoted = await test.value('crises.quoteFigure', { statementId: draft.id, figureId: evacuees.id }, session);
    expect(quoted.crisis).toMatchObject({ id: crisis.id, status: 'open' });
    expect(quoted.quoted).toEqual([expect.objectContaining({ label: 'Pengungsi', value: 120, superseded: false })]);

    const newer = await test.value(
      'crises.recordFigure',
      {
        ...{ crisisId: crisis.id, label: 'Pengungsi', unit: 'jiwa', source: 'BPBD Sleman' },
        seriesId: evacuees.seriesId,
        value: 185,
        asOf: '2026-11-28T02:58:00.000Z',
      },
      session,
    );
    const flagged = await test.value('crises.statementFigures', { id: draft.id }, session);
    expect(flagged.quoted).toEqual([
      expect.objectContaining({ value: 120, superseded: true, current: expect.objectContaining({ value: 185 }) }),
    ]);
    const refused = await test.call(
      'statements.submit',
      { id: draft.id, revisionId: draft.currentRevisionId },
      session,
    );
    expect(failure(refused)).toEqual({ code: 'VALIDATION', reason: 'figureSuperseded' });
    expect(refused.ok || refused.error.details?.['figures']).toBe('Pengungsi');
    // The old version may not be quoted any more, by anyone.
    const old = await test.call('crises.quoteFigure', { statementId: draft.id, figureId: evacuees.id }, session);
    expect(old.ok || old.error.details?.issues).toEqual([
      expect.objectContaining({ path: ['figureId'], message: 'figure_superseded' }),
    ]);

    await test.value('crises.quoteFigure', { statementId: draft.id, figureId: newer.id }, session);
    const submitted = await submit(test, team, draft);
    expect(submitted.status).toBe('in_review');
    // The audit trail names who quoted what.
    const events = await test.value('audit.list', { action: 'statement.figureQuoted' }, team.admin);
    expect(events.events.map((event) => event.entityId)).toEqual([draft.id, draft.id]);
  });

  it('reads the text itself: an old value left in the draft is refused, whatever the quotes say', async () => {
    const { test, team, session, crisis, evacuees, draft } = await floodWithStatement();
    await test.value('crises.quoteFigure', { statementId: draft.id, figureId: evacuees.id }, session);
    const written = await test.value(
      'statements.save',
      edited(draft, {
        body: body('Warga mengungsi: 120 jiwa (sumber: BPBD Sleman, per 28 Nov 2026 09.55 WIB).'),
      }),
      session,
    );
    const newer = await test.value(
      'crises.recordFigure',
      {
        ...{ crisisId: crisis.id, label: 'Pengungsi', unit: 'jiwa', source: 'BPBD Sleman' },
        seriesId: evacuees.seriesId,
        value: 1850,
        asOf: '2026-11-28T02:58:00.000Z',
      },
      session,
    );
    // The bookkeeping says "current", the text still says 120: refused, naming what it found.
    await test.value('crises.quoteFigure', { statementId: draft.id, figureId: newer.id }, session);
    const refused = await test.call(
      'statements.submit',
      { id: draft.id, revisionId: written.currentRevisionId },
      session,
    );
    expect(failure(refused)).toEqual({ code: 'VALIDATION', reason: 'figureStaleInText' });
    expect(refused.ok || refused.error.details?.['figures']).toBe('Pengungsi: "120 jiwa" → 1.850 jiwa');
    // Dropping the quote does not clear it either.
    await test.value('crises.unquoteFigure', { statementId: draft.id, seriesId: evacuees.seriesId }, session);
    const dropped = await test.call(
      'statements.submit',
      { id: draft.id, revisionId: written.currentRevisionId },
      session,
    );
    expect(failure(dropped)).toEqual({ code: 'VALIDATION', reason: 'figureStaleInText' });
    // Nor does hiding it in the title.
    const moved = await test.value(
      'statements.save',
      edited(written, { title: 'Update: 120 jiwa mengungsi', body: body('Warga mengungsi: 1.850 jiwa.') }),
      session,
    );
    expect(
      failure(await test.call('statements.submit', { id: draft.id, revisionId: moved.currentRevisionId }, session)),
    ).toEqual({ code: 'VALIDATION', reason: 'figureStaleInText' });
    const fixed = await test.value('statements.save', edited(moved, { title: 'Update pengungsi Mlati' }), session);
    expect((await submit(test, team, fixed)).status).toBe('in_review');
  });

  it('quotes only figures of the statement’s own crisis, and only while the draft is editable; viewers may not', async () => {
    const { test, team, session, evacuees, draft } = await floodWithStatement();
    const unlinked = await readyStatement(test, session, 'Tidak terkait krisis');
    const foreign = await test.call('crises.quoteFigure', { statementId: unlinked.id, figureId: evacuees.id }, session);
    expect(foreign.ok || foreign.error.details?.issues).toEqual([
      expect.objectContaining({ path: ['figureId'], message: 'unknown_figure' }),
    ]);
    const viewer = await test.call(
      'crises.quoteFigure',
      { statementId: draft.id, figureId: evacuees.id },
      team.viewer.sessionId,
    );
    expect(failure(viewer).code).toBe('FORBIDDEN');
    await test.value('crises.quoteFigure', { statementId: draft.id, figureId: evacuees.id }, session);
    const dropped = await test.value(
      'crises.unquoteFigure',
      { statementId: draft.id, seriesId: evacuees.seriesId },
      session,
    );
    expect(dropped.quoted).toEqual([]);
    const released = await approveFully(test, team, draft);
    await test.value('statements.release', { id: released.id }, session);
    const late = await test.call('crises.quoteFigure', { statementId: draft.id, figureId: evacuees.id }, session);
    expect(failure(late)).toEqual({ code: 'CONFLICT', reason: 'statementWrongStatus' });
  });

  it('keeps the lessons learned per section; a closed crisis is read-only', async () => {
    const { test, session, crisis } = await floodWithStatement();
    expect((await test.value('crises.lessons', { id: crisis.id }, session)).map((lesson) => lesson.text)).toEqual([
      '',
      '',
      '',
    ]);
    const written = await test.value(
      'crises.saveLesson',
      { crisisId: crisis.id, section: 'to_improve', text: 'Data pengungsi BPBD dan Dinsos sempat berbeda.' },
      session,
    );
    expect(written[1]).toMatchObject({ section: 'to_improve', updatedBy: expect.any(String) });
    for (const phase of ['ongoing', 'post'] as const)
      await test.value('crises.setPhase', { id: crisis.id, phase }, session);
    await test.value('crises.setStatus', { id: crisis.id, status: 'closed' }, session);
    const closed = await test.call(
      'crises.saveLesson',
      { crisisId: crisis.id, section: 'went_well', text: 'x' },
      session,
    );
    expect(failure(closed)).toEqual({ code: 'CONFLICT', reason: 'crisisClosed' });
    expect((await test.value('crises.lessons', { id: crisis.id }, session))[1]?.text).toBe(
      'Data pengungsi BPBD dan Dinsos sempat berbeda.',
    );
  });

  it('lets the head of Humas set the golden-hour prompts, ascending; drafters may not', async () => {
    const { test, team, crisis, session } = await floodWithStatement();
    const refused = await test.call('crises.goldenHour', { minutes: [10, 45] }, session);
    expect(failure(refused).code).toBe('FORBIDDEN');
    const unordered = await test.call('crises.goldenHour', { minutes: [30, 10] }, team.reviewer.sessionId);
    expect(unordered.ok || unordered.error.details?.issues).toEqual([
      expect.objectContaining({ path: ['minutes'], message: 'golden_hour_order' }),
    ]);
    const zero = await test.call('crises.goldenHour', { minutes: [0] }, team.reviewer.sessionId);
    expect(zero.ok || zero.error.details?.issues).toEqual([
      expect.objectContaining({ path: ['minutes', 0], message: 'golden_hour_range' }),
    ]);
    expect(await test.value('crises.goldenHour', { minutes: [10, 20, 45] }, team.reviewer.sessionId)).toEqual([
      10, 20, 45,
    ]);
    expect((await test.value('crises.get', { id: crisis.id }, session)).goldenHourTargets).toEqual([10, 20, 45]);
  });

  it('puts open crises with their clock facts on the home board', async () => {
    const { test, team, session, crisis, draft } = await floodWithStatement();
    await test.value(
      'crises.saveRequest',
      {
        crisisId: crisis.id,
        agencyId: (
          await test.value('crises.saveAgency', { name: 'BPBD Kabupaten Sleman', kind: 'disaster_agency' }, session)
        ).id,
        request: 'Data pengungsi terbaru',
        dueAt: '2026-11-28T03:05:00.000Z',
      },
      session,
    );
    const promised = await test.value(
      'statements.save',
      edited(draft, { nextUpdateAt: { at: '2026-11-28T05:00:00.000Z', zone: 'Asia/Jakarta' } }),
      session,
    );
    const approved = await approveFully(test, team, promised);
    await test.value('statements.release', { id: approved.id }, session);
    later(10);
    const board = await test.value('crises.board', {}, team.viewer.sessionId);
    expect(board.crises).toEqual([
      expect.objectContaining({
        id: crisis.id,
        phase: 'initial',
        goldenHourTargets: [15, 30, 60],
        releases: [
          {
            statementId: approved.id,
            releasedAt: '2026-11-28T03:00:00.000Z',
            nextUpdateAt: '2026-11-28T05:00:00.000Z',
          },
        ],
        overdueRequests: 1,
        checklist: { done: 0, total: 13 },
      }),
    ]);
    expect(board.failedSends).toEqual([]);
  });

  it('writes the evaluation report as PDF and DOCX that read back with its figures, timeline, lessons and audit head', async () => {
    const { test, team, session, crisis, draft } = await floodWithStatement();
    const promised = await test.value(
      'statements.save',
      edited(draft, { nextUpdateAt: { at: '2026-11-28T05:00:00.000Z', zone: 'Asia/Jakarta' } }),
      session,
    );
    const approved = await approveFully(test, team, promised);
    await test.value('statements.release', { id: approved.id }, session); // 20 minutes after the signal
    await test.value(
      'crises.addLog',
      { crisisId: crisis.id, at: '2026-11-28T02:50:00.000Z', text: 'BPBD melaporkan 12 KK mengungsi', source: 'BPBD' },
      session,
    );
    await test.value(
      'crises.saveLesson',
      { crisisId: crisis.id, section: 'went_well', text: 'Pernyataan awal terbit dalam 20 menit.' },
      session,
    );
    const head = await test.value('audit.head', {}, team.admin);

    const pdf = await test.value('crises.report', { id: crisis.id, format: 'pdf' }, team.viewer.sessionId);
    expect(pdf.fileName).toBe('Laporan-Evaluasi-Pascakrisis-Banjir-Kecamatan-Mlati.pdf');
    const { text } = await pdfText(Buffer.from(pdf.dataBase64, 'base64'));
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Laporan Evaluasi Pascakrisis');
    expect(flat).toContain('Waktu hingga pernyataan pertama 20 menit');
    expect(flat).toContain('1 dijanjikan: 0 tepat waktu, 0 terlambat, 0 tidak disampaikan, 1 belum jatuh tempo');
    expect(flat).toContain('Siaran pers 1');
    expect(flat).toContain('Pengungsi');
    expect(flat).toContain('BPBD melaporkan 12 KK mengungsi');
    expect(flat).toContain('Pernyataan awal terbit dalam 20 menit.');
    // Coverage is counted from the news feeds; none is read here.
    expect(flat).toContain('Pemberitaan belum ada berita yang memuat pernyataan kita');
    expect(flat).toContain('Gambar 1. Janji pembaruan dan ketepatannya');
    expect(flat).toContain(head.hash);

    const docx = await test.value('crises.report', { id: crisis.id, format: 'docx', language: 'en' }, session);
    const words = await docxText(Buffer.from(docx.dataBase64, 'base64'));
    expect(words).toContain('Post-Crisis Evaluation Report');
    expect(words).toContain('Entered phase: Initial crisis');
    expect(words).toContain('Figure 3. Checklist completion by phase (percent)');
    expect(words).toContain('Not written yet.');
    expect(words).toContain('no story has run our statements yet');
  });

  it('exports the timeline, filtered, as CSV that a spreadsheet reads back', async () => {
    const { test, session, crisis } = await floodWithStatement();
    await test.value(
      'crises.addLog',
      { crisisId: crisis.id, at: '2026-11-28T02:50:00.000Z', text: '=HYPERLINK("x")', source: 'Warga' },
      session,
    );
    const file = await test.value('crises.exportTimeline', { id: crisis.id, kinds: ['log', 'phase'] }, session);
    expect(file.mimeType).toBe('text/csv');
    const rows = parse(Buffer.from(file.dataBase64, 'base64').toString('utf8'), { bom: true }) as string[][];
    expect(rows[0]).toEqual(['Waktu (ISO)', 'Waktu', 'Jenis', 'Peristiwa', 'Keterangan', 'Oleh']);
    expect(rows.slice(1).map((row) => [row[2], row[3]])).toEqual([
      ['Catatan', `'=HYPERLINK("x")`],
      ['Fase', 'Masuk fase: Krisis awal'],
    ]);
    expect(rows[1]?.[1]).toBe('28 November 2026, 09.50 WIB');
  });
});
