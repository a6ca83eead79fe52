import { describe, expect, it } from 'vitest';
import { conferenceInput } from '../../../../test/conferencesHarness';
import { crisisInput } from '../../../../test/crisesHarness';
import { readyStatement, submit, useStatementsTeam } from '../../../../test/statementsHarness';
import { useTempDirs } from '../../../../test/tempDir';
import { approvalWaits } from './crisisFacts';

describe('the report’s facts, read from the store', () => {
  const tempDir = useTempDirs();
  const open = useStatementsTeam(tempDir);

  it('asks each approval step from the submission or the step before it', () => {
    const submissions = [
      { statementId: 's', at: '2026-11-28T10:00:00.000Z' },
      // Resubmitted after changes were requested.
      { statementId: 's', at: '2026-11-28T10:30:00.000Z' },
      { statementId: 't', at: '2026-11-28T09:00:00.000Z' },
    ];
    const decisions = [
      { statementId: 's', at: '2026-11-28T10:20:00.000Z' },
      { statementId: 's', at: '2026-11-28T10:40:00.000Z' },
      { statementId: 's', at: '2026-11-28T10:50:00.000Z' },
    ];
    expect(approvalWaits(submissions, decisions)).toEqual([
      { requestedAt: '2026-11-28T10:00:00.000Z', decidedAt: '2026-11-28T10:20:00.000Z' },
      { requestedAt: '2026-11-28T10:30:00.000Z', decidedAt: '2026-11-28T10:40:00.000Z' },
      { requestedAt: '2026-11-28T10:40:00.000Z', decidedAt: '2026-11-28T10:50:00.000Z' },
    ]);
  });

  it('measures a crisis: first statement 33 minutes after the signal, approvals of 4 and 7 minutes', async () => {
    let clock = new Date('2026-11-28T03:00:00.000Z');
    const at = (time: string) => (clock = new Date(`2026-11-28T${time}:00.000Z`));
    const { test, team } = await open(() => clock);
    const session = team.drafter.sessionId;
    const crisis = await test.value('crises.save', { crisis: crisisInput() }, session);
    const ready = await readyStatement(test, session, 'Pernyataan awal banjir Mlati');
    await test.value('crises.link', { crisisId: crisis.id, statementId: ready.id }, session);
    at('03:01');
    const submitted = await submit(test, team, ready);
    at('03:05');
    const reviewed = await test.value(
      'statements.approve',
      { id: submitted.id, revisionId: submitted.currentRevisionId, comment: '' },
      team.reviewer.sessionId,
    );
    at('03:12');
    await test.value(
      'statements.approve',
      { id: reviewed.id, revisionId: reviewed.currentRevisionId, comment: '' },
      team.approver.sessionId,
    );
    at('03:13');
    await test.value('statements.release', { id: ready.id }, session);
    const conference = await test.value('conferences.save', { conference: conferenceInput(team) }, session);
    await test.value('crises.link', { crisisId: crisis.id, conferenceId: conference.id }, session);
    const asked: [question: string, answer: string][] = [
      ['Berapa pengungsi?', '85 KK'],
      ['Kapan air surut?', ''],
    ];
    for (const [question, answer] of asked) {
      await test.value('conferences.saveQuestion', { conferenceId: conference.id, question, answer }, session);
    }
    await test.value('conferences.setStatus', { id: conference.id, status: 'done' }, session);
    const first = crisis.checklist[0]!;
    await test.value('crises.tick', { itemId: first.id, done: true }, session);

    const metrics = await test.value('crises.metrics', { id: crisis.id }, team.viewer.sessionId);
    expect(metrics).toMatchObject({
      minutesToFirstStatement: 33,
      approvalMinutes: { count: 2, median: 5.5, max: 7 },
      releasedByKind: [{ kind: 'press_release', count: 1 }],
      updates: { promised: 0 },
      distribution: { jobs: 0, deliveryRate: null },
      conferences: { held: 1, questions: 2, answered: 1 },
      checklist: { done: 1, total: crisis.checklist.length },
      hoaxes: { registered: 0 },
    });
  });
});
