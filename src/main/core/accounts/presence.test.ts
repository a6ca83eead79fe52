import { describe, expect, it } from 'vitest';
import { tickingClock } from '../../../../test/clock';
import { useStatementsTeam } from '../../../../test/statementsHarness';
import { useTempDirs } from '../../../../test/tempDir';

const minute = 60_000;

/** Who is signed in now, and at which desk: shown in the editor, the approval drawer and the crisis team. */
describe('presence', () => {
  const tempDir = useTempDirs();
  const open = useStatementsTeam(tempDir);

  it('lists the people signed in with their desk, and drops whoever signed out or idled past the lock', async () => {
    let offsetMs = 0;
    const ticking = tickingClock();
    const { test, team } = await open(() => new Date(ticking().getTime() + offsetMs), { deskName: 'MEJA-HUMAS-1' });
    const signedIn = await test.value('accounts.presence', {}, team.drafter.sessionId);
    expect(signedIn.map((person) => person.fullName)).toEqual(
      expect.arrayContaining(['Pengguna penyusun', 'Pengguna pimpinan', 'Pengguna jubir']),
    );
    expect(signedIn.find((person) => person.accountId === team.approver.account.id)?.desks).toEqual(['MEJA-HUMAS-1']);
    // Signed out: gone at once.
    await test.value('accounts.logout', {}, team.approver.sessionId);
    const after = await test.value('accounts.presence', {}, team.drafter.sessionId);
    expect(after.some((person) => person.accountId === team.approver.account.id)).toBe(false);
    // Twenty minutes idle (the office locks after fifteen): only whoever was active is still there.
    offsetMs += 10 * minute;
    await test.value(
      'statements.list',
      { statuses: [], kinds: [], query: '', sort: 'updated_desc', limit: 1, offset: 0 },
      team.drafter.sessionId,
    );
    offsetMs += 10 * minute;
    const later = await test.value('accounts.presence', {}, team.drafter.sessionId);
    expect(later.map((person) => person.accountId)).toEqual([team.drafter.account.id]);
    // Anyone signed in may ask; nobody signed out may.
    expect((await test.call('accounts.presence', {})).ok).toBe(false);
  });
});
