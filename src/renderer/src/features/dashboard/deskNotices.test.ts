import { describe, expect, it } from 'vitest';
import type { CrisisBoard } from '../../../../shared/ipc/crises';
import type { SignalSummary } from '../../../../shared/ipc/feeds';
import type { HoaxSummary } from '../../../../shared/ipc/hoaxes';
import type { StatementSummary } from '../../../../shared/ipc/statements';
import { deskNotices } from './deskNotices';

const crisis = (changes: Partial<CrisisBoard['crises'][number]> = {}): CrisisBoard['crises'][number] => ({
  id: 'k1',
  title: 'Banjir Mlati',
  type: 'natural_disaster',
  severity: 2,
  phase: 'initial',
  status: 'open',
  firstSignalAt: '2026-11-28T02:40:00.000Z',
  updatedAt: '2026-11-28T02:40:00.000Z',
  leadSpokesperson: null,
  goldenHourTargets: [15, 30, 60],
  releases: [],
  overdueRequests: 0,
  checklist: { done: 0, total: 12 },
  ...changes,
});
const board = (...crises: CrisisBoard['crises']): CrisisBoard => ({ crises, failedSends: [] });

describe('desk notices', () => {
  it('says nothing while the first prompt has not passed', () => {
    expect(deskNotices(board(crisis()), [], '2026-11-28T02:50:00.000Z')).toEqual([]);
  });

  it('announces only the latest golden-hour prompt missed, once per prompt', () => {
    const at35 = deskNotices(board(crisis()), [], '2026-11-28T03:15:00.000Z');
    expect(at35).toEqual([
      { key: 'prompt:k1:30', kind: 'promptMissed', params: { title: 'Banjir Mlati', minutes: 30 }, path: '/crises/k1' },
    ]);
  });

  it('flags an overdue update promise and stops once a newer release keeps it', () => {
    const released = crisis({
      releases: [
        { statementId: 's1', releasedAt: '2026-11-28T03:00:00.000Z', nextUpdateAt: '2026-11-28T05:00:00.000Z' },
      ],
    });
    expect(deskNotices(board(released), [], '2026-11-28T04:59:00.000Z')).toEqual([]);
    expect(deskNotices(board(released), [], '2026-11-28T05:01:00.000Z')).toEqual([
      expect.objectContaining({ key: 'overdue:k1:2026-11-28T05:00:00.000Z', kind: 'updateOverdue' }),
    ]);
    const kept = crisis({
      releases: [
        ...released.releases,
        { statementId: 's2', releasedAt: '2026-11-28T04:55:00.000Z', nextUpdateAt: null },
      ],
    });
    expect(deskNotices(board(kept), [], '2026-11-28T05:01:00.000Z')).toEqual([]);
  });

  it('names every statement waiting for my decision, per revision', () => {
    const waiting = { id: 's9', title: 'Update 2', revisionNo: 3 } as StatementSummary;
    expect(deskNotices(undefined, [waiting], '2026-11-28T05:00:00.000Z')).toEqual([
      {
        key: 'approval:s9:3',
        kind: 'awaitingApproval',
        params: { title: 'Update 2', statementId: 's9' },
        path: '/statements/s9',
      },
    ]);
  });

  it('names a claim newly reported about an open crisis, once per claim, and no other claim', () => {
    const claim = (id: string, changes: Partial<HoaxSummary>) =>
      ({
        id,
        claim: 'Bendungan jebol',
        status: 'reported',
        crisis: { id: 'k1', title: 'Banjir Mlati' },
        ...changes,
      }) as HoaxSummary;
    const claims = [
      claim('h1', {}),
      claim('h2', { crisis: null }),
      claim('h3', { crisis: { id: 'k-closed', title: 'Lama' } }),
      claim('h4', { status: 'verifying' }),
    ];
    expect(deskNotices(board(crisis()), [], '2026-11-28T02:41:00.000Z', claims)).toEqual([
      {
        key: 'hoax:h1',
        kind: 'hoaxReported',
        params: { title: 'Banjir Mlati', claim: 'Bendungan jebol' },
        path: '/hoaxes/h1',
      },
    ]);
  });

  it('announces an early warning read in the last day until someone acts on it', () => {
    const signal = (changes: Partial<SignalSummary> = {}): SignalSummary => ({
      id: 'g1',
      feedId: 'f1',
      feedName: 'BMKG',
      kind: 'quake',
      title: '38 km BaratDaya BANTUL-DIY',
      occurredAt: '2026-12-04T03:15:30.000Z',
      fetchedAt: '2026-12-04T03:16:00.000Z',
      url: null,
      match: [{ kind: 'distance', km: 39 }],
      crisisId: null,
      dismissedAt: null,
      hoaxId: null,
      pickup: false,
      ...changes,
    });
    const at = (now: string, ...signals: SignalSummary[]) => deskNotices(undefined, [], now, [], signals);
    expect(at('2026-12-04T03:20:00.000Z', signal())).toEqual([
      {
        key: 'signal:g1',
        kind: 'earlyWarning',
        params: { title: '38 km BaratDaya BANTUL-DIY', source: 'BMKG' },
        path: '/monitoring',
      },
    ]);
    // Acted on (a crisis, a sighting, set aside), not matched, our coverage, or a day old: no notice.
    expect(at('2026-12-04T03:20:00.000Z', signal({ crisisId: 'k1' }))).toEqual([]);
    expect(at('2026-12-04T03:20:00.000Z', signal({ hoaxId: 'h1' }))).toEqual([]);
    expect(at('2026-12-04T03:20:00.000Z', signal({ dismissedAt: '2026-12-04T03:18:00.000Z' }))).toEqual([]);
    expect(at('2026-12-04T03:20:00.000Z', signal({ match: null }))).toEqual([]);
    // A story that ran our own statement is coverage, not a warning.
    expect(at('2026-12-04T03:20:00.000Z', signal({ kind: 'news', pickup: true }))).toEqual([]);
    expect(at('2026-12-05T03:16:01.000Z', signal())).toEqual([]);
    expect(at('2026-12-05T03:15:59.000Z', signal())).toHaveLength(1);
  });
});
