import { describe, expect, it } from 'vitest';
import type { CrisisInput } from '../../../shared/ipc/crises';
import { approveFully, edited, readyStatement, useStatementsTeam } from '../../../../test/statementsHarness';
import { clockState } from '../../../shared/crises/goldenHour';
import { conferenceInput } from '../../../../test/conferencesHarness';
import { crisisInput } from '../../../../test/crisesHarness';
import { useTempDirs } from '../../../../test/tempDir';

const now = new Date('2026-11-28T03:00:00.000Z');

/** A data leak noticed at 09.40 WIB today, in DI Yogyakarta. */
function leak(team: { spokesperson: { account: { id: string } } }, changes: Partial<CrisisInput> = {}): CrisisInput {
  return crisisInput({
    title: 'Dugaan kebocoran data layanan perizinan',
    type: 'cyber_data_leak',
    severity: 3,
    regions: ['34'],
    leadSpokespersonId: team.spokesperson.account.id,
    ...changes,
  });
}

describe('crises: record, phases, checklist, playbook', () => {
  const tempDir = useTempDirs();
  const open = useStatementsTeam(tempDir);

  it('opens a crisis with its team and a checklist copied from the playbook, with the type’s own items', async () => {
    const { test, team } = await open(() => now);
    const crisis = await test.value(
      'crises.save',
      {
        crisis: leak(team, {
          deputyIds: [team.reviewer.account.id],
          team: [
            { accountId: team.drafter.account.id, role: 'drafting' },
            { accountId: team.drafter2.account.id, role: 'monitoring' },
          ],
        }),
      },
      team.drafter.sessionId,
    );
    expect(crisis).toMatchObject({ phase: 'initial', status: 'open', severity: 3, regions: ['34'] });
    expect(crisis.leadSpokesperson?.id).toBe(team.spokesperson.account.id);
    expect(crisis.deputies.map((person) => person.id)).toEqual([team.reviewer.account.id]);
    expect(crisis.team.map((member) => member.role).sort()).toEqual(['drafting', 'monitoring']);
    expect(crisis.phases).toEqual([expect.objectContaining({ from: null, to: 'initial' })]);
    // 12 general items (3 per phase) and the two data-leak items, none from other types.
    expect(crisis.checklist).toHaveLength(14);
    expect(crisis.checklist.map((item) => item.phase)).toEqual([
      ...Array<string>(3).fill('pre'),
      ...Array<string>(5).fill('initial'),
      ...Array<string>(3).fill('ongoing'),
      ...Array<string>(3).fill('post'),
    ]);
    expect(crisis.checklist.map((item) => item.text)).toContain(
      'Beri tahu subjek data yang terdampak paling lambat 3×24 jam (UU 27/2022 Pasal 46)',
    );
    expect(crisis.checklist.some((item) => item.text.includes('BPBD'))).toBe(false);
    expect(await test.value('crises.list', {}, team.viewer.sessionId)).toEqual([
      expect.objectContaining({ id: crisis.id, phase: 'initial' }),
    ]);
  });

  it('refuses bad input next to the field, and refuses viewers', async () => {
    const { test, team } = await open(() => now);
    const cases: [Partial<CrisisInput>, (string | number)[], string][] = [
      [{ severity: 5 }, ['crisis', 'severity'], 'severity_range'],
      [{ regions: ['99.99'] }, ['crisis', 'regions', 0], 'region_unknown'],
      [{ firstSignalAt: '2026-11-28T05:00:00.000Z' }, ['crisis', 'firstSignalAt'], 'signal_in_future'],
      [{ leadSpokespersonId: team.drafter.account.id }, ['crisis', 'leadSpokespersonId'], 'not_spokesperson'],
      [{ title: '' }, ['crisis', 'title'], 'required'],
    ];
    for (const [changes, path, key] of cases) {
      const result = await test.call('crises.save', { crisis: leak(team, changes) }, team.drafter.sessionId);
      expect(result.ok || result.error.details?.issues, key).toEqual([expect.objectContaining({ path, message: key })]);
    }
    expect(await test.value('crises.list', { status: 'all' }, team.drafter.sessionId)).toEqual([]);
    const viewer = await test.call('crises.save', { crisis: leak(team) }, team.viewer.sessionId);
    expect(viewer.ok || viewer.error.code).toBe('FORBIDDEN');
  });

  it('records every phase change with who, when and why; closes only after the post-crisis phase', async () => {
    // Two minutes a step: the sessions stay within the test office's idle lock.
    let clock = now;
    const { test, team } = await open(() => clock);
    const session = team.drafter.sessionId;
    const crisis = await test.value('crises.save', { crisis: leak(team), phase: 'pre' }, session);
    expect(crisis.phase).toBe('pre');
    clock = new Date('2026-11-28T03:02:00.000Z');
    await test.value('crises.setPhase', { id: crisis.id, phase: 'initial', note: 'Data dikonfirmasi bocor' }, session);
    clock = new Date('2026-11-28T03:04:00.000Z');
    await test.value('crises.setPhase', { id: crisis.id, phase: 'ongoing' }, team.reviewer.sessionId);
    const same = await test.call('crises.setPhase', { id: crisis.id, phase: 'ongoing' }, session);
    expect(same.ok || same.error.details?.reason).toBe('crisisSamePhase');
    const early = await test.call('crises.setStatus', { id: crisis.id, status: 'closed' }, session);
    expect(early.ok || early.error.details?.reason).toBe('crisisNotPost');
    clock = new Date('2026-11-28T03:06:00.000Z');
    await test.value('crises.setPhase', { id: crisis.id, phase: 'post' }, session);
    const closed = await test.value('crises.setStatus', { id: crisis.id, status: 'closed' }, session);
    expect(closed).toMatchObject({ status: 'closed', closedAt: '2026-11-28T03:06:00.000Z' });
    expect(closed.phases.map(({ from, to, by, at, note }) => ({ from, to, by, at, note }))).toEqual([
      { from: null, to: 'pre', by: team.drafter.account.fullName, at: '2026-11-28T03:00:00.000Z', note: '' },
      {
        from: 'pre',
        to: 'initial',
        by: team.drafter.account.fullName,
        at: '2026-11-28T03:02:00.000Z',
        note: 'Data dikonfirmasi bocor',
      },
      { from: 'initial', to: 'ongoing', by: team.reviewer.account.fullName, at: '2026-11-28T03:04:00.000Z', note: '' },
      { from: 'ongoing', to: 'post', by: team.drafter.account.fullName, at: '2026-11-28T03:06:00.000Z', note: '' },
    ]);
    // A closed crisis changes no more until it is reopened.
    const late = await test.call('crises.setPhase', { id: crisis.id, phase: 'ongoing' }, session);
    expect(late.ok || late.error.details?.reason).toBe('crisisClosed');
    expect(await test.value('crises.list', {}, session)).toEqual([]);
    await test.value('crises.setStatus', { id: crisis.id, status: 'open' }, session);
    expect((await test.value('crises.get', { id: crisis.id }, session)).closedAt).toBeNull();
    const audit = await test.value('audit.list', { entityType: 'crisis', limit: 50 }, team.admin);
    expect(audit.events.map((event) => event.action)).toEqual(
      expect.arrayContaining(['crisis.opened', 'crisis.phaseChanged', 'crisis.closed', 'crisis.reopened']),
    );
  });

  it('ticks checklist items with who and when, adds an item for this crisis only', async () => {
    const { test, team } = await open(() => now);
    const session = team.drafter.sessionId;
    const crisis = await test.value('crises.save', { crisis: leak(team) }, session);
    const item = crisis.checklist.find((entry) => entry.phase === 'initial')!;
    const ticked = await test.value('crises.tick', { itemId: item.id, done: true }, team.spokesperson.sessionId);
    expect(ticked.checklist.find((entry) => entry.id === item.id)).toMatchObject({
      doneBy: { id: team.spokesperson.account.id },
      doneAt: now.toISOString(),
    });
    const unticked = await test.value('crises.tick', { itemId: item.id, done: false }, session);
    expect(unticked.checklist.find((entry) => entry.id === item.id)).toMatchObject({ doneBy: null, doneAt: null });
    const added = await test.value(
      'crises.addItem',
      { crisisId: crisis.id, phase: 'ongoing', text: 'Siapkan pusat panggilan untuk warga terdampak' },
      session,
    );
    expect(added.checklist.filter((entry) => entry.phase === 'ongoing').at(-1)).toMatchObject({
      text: 'Siapkan pusat panggilan untuk warga terdampak',
      fromPlaybook: false,
    });
    expect(await test.value('crises.playbook', {}, session)).not.toEqual(
      expect.arrayContaining([expect.objectContaining({ text: 'Siapkan pusat panggilan untuk warga terdampak' })]),
    );
    const missing = await test.call('crises.tick', { itemId: crypto.randomUUID(), done: true }, session);
    expect(missing.ok || missing.error.code).toBe('NOT_FOUND');
  });

  it('lets the head of Humas edit the playbook; crises opened before keep their own checklist', async () => {
    const { test, team } = await open(() => now);
    const before = await test.value('crises.save', { crisis: leak(team) }, team.drafter.sessionId);
    const playbook = await test.value('crises.playbook', {}, team.reviewer.sessionId);
    expect(playbook).toHaveLength(19);
    const forbidden = await test.call(
      'crises.savePlaybookItem',
      { phase: 'pre', text: 'Latihan simulasi krisis tiap triwulan' },
      team.drafter.sessionId,
    );
    expect(forbidden.ok || forbidden.error.code).toBe('FORBIDDEN');
    const added = await test.value(
      'crises.savePlaybookItem',
      { phase: 'pre', text: 'Latihan simulasi krisis tiap triwulan' },
      team.reviewer.sessionId,
    );
    const leakOnly = playbook.find((item) => item.crisisType === 'cyber_data_leak')!;
    await test.value('crises.archivePlaybookItem', { id: leakOnly.id }, team.admin);
    const after = await test.value(
      'crises.save',
      { crisis: leak(team, { title: 'Kebocoran kedua' }) },
      team.drafter.sessionId,
    );
    const texts = after.checklist.map((item) => item.text);
    expect(texts).toContain(added.text);
    expect(texts).not.toContain(leakOnly.text);
    const unchanged = await test.value('crises.get', { id: before.id }, team.drafter.sessionId);
    expect(unchanged.checklist.map((item) => item.text)).toEqual(before.checklist.map((item) => item.text));
  });

  it('keeps official figures as versions (the old one marked superseded) and one timeline of what happened', async () => {
    let clock = now;
    const { test, team } = await open(() => clock);
    const session = team.drafter.sessionId;
    const crisis = await test.value('crises.save', { crisis: leak(team), phase: 'pre' }, session);
    clock = new Date('2026-11-28T03:01:00.000Z');
    await test.value(
      'crises.addLog',
      {
        crisisId: crisis.id,
        at: '2026-11-28T02:50:00.000Z',
        text: 'BSSN mengonfirmasi ada akses tidak sah',
        source: 'BSSN',
      },
      session,
    );
    const figure = {
      label: 'Akun terdampak',
      value: 1200,
      unit: 'akun',
      source: 'Tim TI Diskominfo',
      asOf: '2026-11-28T02:55:00.000Z',
    };
    const first = await test.value('crises.recordFigure', { crisisId: crisis.id, ...figure }, session);
    expect(first).toMatchObject({ version: 1, superseded: false });
    clock = new Date('2026-11-28T03:02:00.000Z');
    await test.value('crises.setPhase', { id: crisis.id, phase: 'initial', note: 'Terkonfirmasi' }, session);
    clock = new Date('2026-11-28T03:03:00.000Z');
    const second = await test.value(
      'crises.recordFigure',
      { ...figure, crisisId: crisis.id, seriesId: first.seriesId, value: 1350, asOf: '2026-11-28T03:00:00.000Z' },
      session,
    );
    expect(second).toMatchObject({ seriesId: first.seriesId, version: 2, value: 1350, superseded: false });
    const figures = await test.value('crises.figures', { id: crisis.id }, team.viewer.sessionId);
    expect(figures.map(({ version, value, superseded }) => ({ version, value, superseded }))).toEqual([
      { version: 2, value: 1350, superseded: false },
      { version: 1, value: 1200, superseded: true },
    ]);
    const item = crisis.checklist.find((entry) => entry.phase === 'initial')!;
    await test.value('crises.tick', { itemId: item.id, done: true }, session);

    const timeline = await test.value('crises.timeline', { id: crisis.id }, session);
    expect(timeline.map(({ at, kind, text, detail }) => ({ at: at.slice(11, 16), kind, text, detail }))).toEqual([
      { at: '02:50', kind: 'log', text: 'BSSN mengonfirmasi ada akses tidak sah', detail: 'BSSN' },
      { at: '03:00', kind: 'phase', text: 'pre', detail: '' },
      { at: '03:01', kind: 'figure', text: 'Akun terdampak: 1.200 akun', detail: 'Tim TI Diskominfo' },
      { at: '03:02', kind: 'phase', text: 'initial', detail: 'Terkonfirmasi' },
      { at: '03:03', kind: 'figure', text: 'Akun terdampak: 1.350 akun', detail: 'Tim TI Diskominfo' },
      { at: '03:03', kind: 'checklist', text: item.text, detail: 'initial' },
    ]);
    const onlyLog = await test.value('crises.timeline', { id: crisis.id, kinds: ['log', 'phase'] }, session);
    expect(onlyLog.map((entry) => entry.kind)).toEqual(['log', 'phase', 'phase']);

    // Bad input: a note from the future, a negative figure, a series of another crisis.
    const future = await test.call(
      'crises.addLog',
      { crisisId: crisis.id, at: '2026-11-28T04:00:00.000Z', text: 'x' },
      session,
    );
    expect(future.ok || future.error.details?.issues).toEqual([
      expect.objectContaining({ path: ['at'], message: 'time_in_future' }),
    ]);
    const negative = await test.call('crises.recordFigure', { ...figure, crisisId: crisis.id, value: -1 }, session);
    expect(negative.ok || negative.error.code).toBe('VALIDATION');
    const other = await test.value('crises.save', { crisis: leak(team, { title: 'Lain' }) }, session);
    const foreign = await test.call(
      'crises.recordFigure',
      { ...figure, crisisId: other.id, seriesId: first.seriesId },
      session,
    );
    expect(foreign.ok || foreign.error.details?.issues).toEqual([
      expect.objectContaining({ path: ['seriesId'], message: 'unknown_figure' }),
    ]);
  });

  it('links statements and conferences; the clock reads the first release and its next-update promise', async () => {
    const { test, team } = await open(() => now);
    const session = team.drafter.sessionId;
    const crisis = await test.value('crises.save', { crisis: leak(team) }, session);
    const ready = await readyStatement(test, session, 'Pernyataan awal dugaan kebocoran data');
    const promised = await test.value(
      'statements.save',
      edited(ready, { nextUpdateAt: { at: '2026-11-28T06:00:00.000Z', zone: 'Asia/Jakarta' } }),
      session,
    );
    const approved = await approveFully(test, team, promised);
    await test.value('crises.link', { crisisId: crisis.id, statementId: approved.id }, session);
    await test.value('statements.release', { id: approved.id }, session);
    const conference = await test.value('conferences.save', { conference: conferenceInput(team) }, session);
    const linked = await test.value('crises.link', { crisisId: crisis.id, conferenceId: conference.id }, session);
    expect(linked.statements).toEqual([
      expect.objectContaining({
        id: approved.id,
        releasedAt: now.toISOString(),
        nextUpdateAt: '2026-11-28T06:00:00.000Z',
      }),
    ]);
    expect(linked.conferences).toEqual([expect.objectContaining({ id: conference.id })]);
    expect(linked.goldenHourTargets).toEqual([15, 30, 60]);

    // The clock the view runs: released 20 minutes after the signal (02:40 → 03:00).
    const clock = clockState(
      {
        firstSignalAt: linked.firstSignalAt,
        targets: linked.goldenHourTargets,
        releases: linked.statements.flatMap((statement) =>
          statement.releasedAt
            ? [{ statementId: statement.id, releasedAt: statement.releasedAt, nextUpdateAt: statement.nextUpdateAt }]
            : [],
        ),
      },
      '2026-11-28T06:30:00.000Z',
    );
    expect(clock.firstStatement?.minutes).toBe(20);
    expect(clock.prompts.map((prompt) => prompt.state)).toEqual(['missed', 'met', 'met']);
    expect(clock.nextUpdate).toEqual({ statementId: approved.id, dueAt: '2026-11-28T06:00:00.000Z', overdue: true });

    const timeline = await test.value(
      'crises.timeline',
      { id: crisis.id, kinds: ['statement', 'conference'] },
      session,
    );
    expect(timeline.map((entry) => [entry.kind, entry.refId])).toEqual([
      ['statement', approved.id],
      ['conference', conference.id],
    ]);

    // One crisis per statement; unlinking frees it.
    const other = await test.value('crises.save', { crisis: leak(team, { title: 'Lain' }) }, session);
    const taken = await test.call('crises.link', { crisisId: other.id, statementId: approved.id }, session);
    expect(taken.ok || taken.error.details?.reason).toBe('statementInOtherCrisis');
    await test.value('crises.link', { crisisId: crisis.id, statementId: approved.id, linked: false }, session);
    await test.value('crises.link', { crisisId: other.id, statementId: approved.id }, session);
    expect((await test.value('crises.get', { id: crisis.id }, session)).statements).toEqual([]);
    const neither = await test.call('crises.link', { crisisId: crisis.id }, session);
    expect(neither.ok || neither.error.code).toBe('VALIDATION');
  });
});
