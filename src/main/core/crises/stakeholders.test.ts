import { describe, expect, it } from 'vitest';
import { crisisInput } from '../../../../test/crisesHarness';
import { useStatementsTeam } from '../../../../test/statementsHarness';
import { useTempDirs } from '../../../../test/tempDir';

const now = new Date('2026-11-28T03:00:00.000Z');

describe('crises: agencies, the stakeholder map, coordination requests', () => {
  const tempDir = useTempDirs();
  const open = useStatementsTeam(tempDir);

  async function flood() {
    const opened = await open(() => now);
    const { test, team } = opened;
    const session = team.drafter.sessionId;
    const crisis = await test.value('crises.save', { crisis: crisisInput() }, session);
    const bpbd = await test.value(
      'crises.saveAgency',
      {
        name: 'BPBD Kabupaten Sleman',
        kind: 'disaster_agency',
        regionCode: '34.04',
        phone: '(0274) 868405',
        email: 'BPBD@slemankab.go.id',
        liaisons: [
          { name: 'Makwan', position: 'Kepala Pelaksana', phone: '0812-0000-1111' },
          { name: 'Joko Supriyanto', position: 'Pusdalops', email: 'pusdalops@slemankab.go.id' },
        ],
      },
      session,
    );
    const police = await test.value('crises.saveAgency', { name: 'Polresta Sleman', kind: 'police' }, session);
    return { ...opened, session, crisis, bpbd, police };
  }

  it('keeps a directory of agencies with their liaisons, addresses checked', async () => {
    const { test, session, bpbd } = await flood();
    expect(bpbd).toMatchObject({ email: 'bpbd@slemankab.go.id', regionCode: '34.04' });
    expect(bpbd.liaisons.map((liaison) => liaison.name)).toEqual(['Makwan', 'Joko Supriyanto']);
    const renamed = await test.value(
      'crises.saveAgency',
      { id: bpbd.id, name: 'BPBD Sleman', kind: 'disaster_agency', liaisons: [{ name: 'Makwan' }] },
      session,
    );
    expect(renamed.liaisons).toHaveLength(1);
    expect((await test.value('crises.agencies', {}, session)).map((agency) => agency.name)).toEqual([
      'BPBD Sleman',
      'Polresta Sleman',
    ]);
    const bad = await test.call('crises.saveAgency', { name: 'X', kind: 'other', email: 'bukan-surel' }, session);
    expect(bad.ok || bad.error.details?.issues).toEqual([
      expect.objectContaining({ path: ['email'], message: 'email_format' }),
    ]);
  });

  it("shows a liaison's own phone and e-mail to those who may see contacts, never to a viewer", async () => {
    const { test, team } = await flood();
    const liaisonsFor = async (sessionId: string) =>
      (await test.value('crises.agencies', {}, sessionId)).find((agency) => agency.name === 'BPBD Kabupaten Sleman')!;
    const seen = await liaisonsFor(team.spokesperson.sessionId);
    expect(seen.liaisons[0]).toMatchObject({ name: 'Makwan', phone: '0812-0000-1111' });
    const viewer = await liaisonsFor(team.viewer.sessionId);
    // The agency's own switchboard stays: it is the institution's, not a person's.
    expect(viewer.phone).toBe('(0274) 868405');
    expect(viewer.liaisons).toEqual([
      { name: 'Makwan', position: 'Kepala Pelaksana', phone: '', email: '' },
      { name: 'Joko Supriyanto', position: 'Pusdalops', phone: '', email: '' },
    ]);
  });

  it('maps stakeholders on the influence–interest grid, high first; refuses a grid value out of range', async () => {
    const { test, team, session, crisis, bpbd, police } = await flood();
    await test.value(
      'crises.saveStakeholder',
      { crisisId: crisis.id, agencyId: police.id, role: 'Pengamanan lokasi', influence: 2, interest: 1 },
      session,
    );
    await test.value(
      'crises.saveStakeholder',
      { crisisId: crisis.id, agencyId: bpbd.id, role: 'Komando tanggap darurat', influence: 3, interest: 3 },
      session,
    );
    // Saving again for the same agency updates its place on the map.
    await test.value(
      'crises.saveStakeholder',
      { crisisId: crisis.id, agencyId: police.id, role: 'Pengamanan dan lalu lintas', influence: 2, interest: 2 },
      session,
    );
    const map = await test.value('crises.stakeholders', { id: crisis.id }, team.viewer.sessionId);
    expect(map.map(({ agency, influence, interest, role }) => [agency.name, influence, interest, role])).toEqual([
      ['BPBD Kabupaten Sleman', 3, 3, 'Komando tanggap darurat'],
      ['Polresta Sleman', 2, 2, 'Pengamanan dan lalu lintas'],
    ]);
    const out = await test.call(
      'crises.saveStakeholder',
      { crisisId: crisis.id, agencyId: bpbd.id, influence: 4, interest: 1 },
      session,
    );
    expect(out.ok || out.error.details?.issues).toEqual([
      expect.objectContaining({ path: ['influence'], message: 'grid_range' }),
    ]);
    await test.value('crises.removeStakeholder', { crisisId: crisis.id, agencyId: police.id }, session);
    expect(await test.value('crises.stakeholders', { id: crisis.id }, session)).toHaveLength(1);
  });

  it('tracks coordination requests to an answer, open ones first by due time', async () => {
    const { test, session, crisis, bpbd, police } = await flood();
    const evacuees = await test.value(
      'crises.saveRequest',
      {
        crisisId: crisis.id,
        agencyId: bpbd.id,
        request: 'Data pengungsi per pukul 12.00 WIB',
        dueAt: '2026-11-28T05:00:00.000Z',
      },
      session,
    );
    await test.value(
      'crises.saveRequest',
      {
        crisisId: crisis.id,
        agencyId: police.id,
        request: 'Rekayasa lalu lintas Jl. Magelang',
        dueAt: '2026-11-28T04:00:00.000Z',
      },
      session,
    );
    const answered = await test.value(
      'crises.saveRequest',
      {
        id: evacuees.id,
        crisisId: crisis.id,
        agencyId: bpbd.id,
        request: evacuees.request,
        dueAt: evacuees.dueAt,
        status: 'answered',
        response: '85 KK di 2 titik',
      },
      session,
    );
    expect(answered).toMatchObject({ status: 'answered', closedAt: now.toISOString(), response: '85 KK di 2 titik' });
    const list = await test.value('crises.requests', { id: crisis.id }, session);
    expect(list.map((request) => [request.agency.name, request.status])).toEqual([
      ['Polresta Sleman', 'open'],
      ['BPBD Kabupaten Sleman', 'answered'],
    ]);
    const unknown = await test.call(
      'crises.saveRequest',
      { crisisId: crisis.id, agencyId: crypto.randomUUID(), request: 'x', dueAt: '2026-11-28T04:00:00.000Z' },
      session,
    );
    expect(unknown.ok || unknown.error.details?.issues).toEqual([
      expect.objectContaining({ path: ['agencyId'], message: 'unknown_agency' }),
    ]);
  });
});
