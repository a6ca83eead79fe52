import { describe, expect, it } from 'vitest';
import type { ContactInput } from '../../../shared/ipc/contacts';
import { contactInput } from '../../../../test/contactsHarness';
import { failure, useStatementsTeam } from '../../../../test/statementsHarness';
import { useTempDirs } from '../../../../test/tempDir';

describe('contact lists and segments', () => {
  const tempDir = useTempDirs();
  const openTeam = useStatementsTeam(tempDir);

  it('a static list holds chosen people; a segment counts whoever matches now', async () => {
    const { test, team } = await openTeam(() => new Date('2026-11-28T02:00:00Z'));
    const as = team.drafter.sessionId;
    const add = (fullName: string, changes: Partial<ContactInput>) =>
      test.value('contacts.create', contactInput(fullName, changes), as);
    const ani = await add('Ani Kesehatan Bandung', { beats: ['health'], regions: ['32.73'] });
    const budi = await add('Budi Kesehatan Jakarta', { beats: ['health'], regions: ['31'] });
    await add('Citra Politik Bandung', { beats: ['politics'], regions: ['32'] });

    const segment = await test.value(
      'contacts.saveList',
      {
        name: 'Kesehatan Jawa Barat',
        kind: 'segment',
        description: '',
        filter: { beats: ['health'], regions: ['32'] },
      },
      as,
    );
    expect(segment.count).toBe(1);
    const members = await test.value('contacts.list', { listId: segment.id }, as);
    expect(members.items.map((item) => item.fullName)).toEqual(['Ani Kesehatan Bandung']);
    // Live: a new match appears without touching the segment.
    await add('Dewi Kesehatan Cirebon', { beats: ['health'], regions: ['32.09'] });
    expect((await test.value('contacts.lists', {}, as)).find((list) => list.id === segment.id)?.count).toBe(2);

    const desk = await test.value(
      'contacts.saveList',
      { name: 'Undangan rapat', kind: 'static', description: 'Rapat koordinasi' },
      as,
    );
    expect(
      await test.value('contacts.addToList', { listId: desk.id, contactIds: [ani.id, budi.id, ani.id] }, as),
    ).toEqual({ changed: 2 });
    expect(await test.value('contacts.addToList', { listId: desk.id, contactIds: [ani.id] }, as)).toEqual({
      changed: 0,
    });
    expect(
      (await test.value('contacts.list', { listId: desk.id, query: 'jakarta' }, as)).items.map((item) => item.id),
    ).toEqual([budi.id]);
    expect(await test.value('contacts.removeFromList', { listId: desk.id, contactIds: [budi.id] }, as)).toEqual({
      changed: 1,
    });

    expect(
      failure(await test.call('contacts.saveList', { name: 'Undangan rapat', kind: 'static', description: '' }, as)),
    ).toEqual({
      code: 'CONFLICT',
      reason: 'listNameTaken',
    });
    expect(
      failure(await test.call('contacts.saveList', { name: 'Tanpa filter', kind: 'segment', description: '' }, as))
        .code,
    ).toBe('VALIDATION');
    expect(failure(await test.call('contacts.addToList', { listId: segment.id, contactIds: [ani.id] }, as))).toEqual({
      code: 'CONFLICT',
      reason: 'segmentMembers',
    });
    await test.value('contacts.archiveList', { id: desk.id }, as);
    expect((await test.value('contacts.lists', {}, as)).map((list) => list.name)).toEqual(['Kesehatan Jawa Barat']);
    const trail = await test.value('audit.list', { entityType: 'contact_list' }, team.admin);
    expect(trail.events.map((event) => [event.action, event.data])).toContainEqual(['list.membersAdded', { count: 2 }]);
  });

  it('a segment saved just after midnight in the office counts by the office day, not UTC', async () => {
    // 20:00 UTC on 30 November is 03:00 WIB on 1 December: an accreditation that ran out on
    // 30 November has expired for the office, although UTC still says 30 November.
    const { test, team } = await openTeam(() => new Date('2026-11-30T20:00:00Z'));
    const as = team.drafter.sessionId;
    await test.value('contacts.create', contactInput('Eka Akreditasi', { accreditationExpiry: '2026-11-30' }), as);
    await test.value('contacts.create', contactInput('Fajar Akreditasi', { accreditationExpiry: '2026-12-01' }), as);
    const valid = await test.value(
      'contacts.saveList',
      { name: 'Akreditasi berlaku', kind: 'segment', description: '', filter: { accreditation: 'valid' } },
      as,
    );
    expect(valid.count).toBe(1);
    expect((await test.value('contacts.lists', {}, as)).find((list) => list.id === valid.id)?.count).toBe(1);
  });
});
