import { describe, expect, it } from 'vitest';
import { contactInput } from '../../../../test/contactsHarness';
import { failure, useStatementsTeam } from '../../../../test/statementsHarness';
import { useTempDirs } from '../../../../test/tempDir';
import { reachableContactIds } from './contactQueries';
import { contactFilterSchema } from '../../../shared/ipc/contacts';

describe('bulk actions, the retention review queue and do-not-contact', () => {
  const tempDir = useTempDirs();
  const openTeam = useStatementsTeam(tempDir);

  it('tags and marks many people at once, auditing only those it changed', async () => {
    const { test, team } = await openTeam();
    const as = team.drafter.sessionId;
    const ani = await test.value('contacts.create', contactInput('Ani', { tags: ['banjir'] }), as);
    const budi = await test.value('contacts.create', contactInput('Budi'), as);
    expect(
      await test.value('contacts.bulkUpdate', { ids: [ani.id, budi.id], addTags: ['banjir', 'prioritas'] }, as),
    ).toEqual({ changed: 2 });
    expect((await test.value('contacts.get', { id: ani.id }, as)).tags).toEqual(['banjir', 'prioritas']);
    expect(await test.value('contacts.bulkUpdate', { ids: [ani.id, budi.id], removeTags: ['banjir'] }, as)).toEqual({
      changed: 2,
    });
    expect((await test.value('contacts.get', { id: budi.id }, as)).tags).toEqual(['prioritas']);
    // The table's tag filter finds exactly the people tagged (it once answered INTERNAL).
    const tagged = async (tags: string[]) =>
      (await test.value('contacts.list', { tags }, as)).items.map((item) => item.fullName).sort();
    expect(await tagged(['prioritas'])).toEqual(['Ani', 'Budi']);
    expect(await tagged(['banjir'])).toEqual([]);
    expect(await test.value('contacts.bulkUpdate', { ids: [budi.id], doNotContact: true }, as)).toEqual({ changed: 1 });
    expect(await test.value('contacts.bulkUpdate', { ids: [budi.id], doNotContact: true }, as)).toEqual({ changed: 0 });
    const audit = await test.value('audit.list', { limit: 50 }, team.admin);
    expect(
      audit.events.filter((e) => e.action === 'contact.updated' && e.entityId === budi.id).map((e) => e.data),
    ).toEqual([
      { fields: ['doNotContact'], bulk: true },
      { fields: ['tags'], bulk: true },
      { fields: ['tags'], bulk: true },
    ]);
    expect(failure(await test.call('contacts.bulkUpdate', { ids: [ani.id] }, as))).toMatchObject({
      code: 'VALIDATION',
    });
    expect(
      failure(
        await test.call(
          'contacts.bulkUpdate',
          { ids: ['0190c0de-0000-7000-8000-000000000000'], doNotContact: true },
          as,
        ),
      ),
    ).toEqual({ code: 'NOT_FOUND', reason: 'notFound' });
  });

  it('lists people past retain-until for review, and never selects do-not-contact people for distribution', async () => {
    const { test, team } = await openTeam(() => new Date('2026-11-28T02:00:00Z'));
    const as = team.drafter.sessionId;
    const due = await test.value(
      'contacts.create',
      contactInput('Lewat Masa', { retainUntil: '2026-11-27', beats: ['health'] }),
      as,
    );
    await test.value(
      'contacts.create',
      contactInput('Masih Berlaku', { retainUntil: '2026-11-28', beats: ['health'] }),
      as,
    );
    const quiet = await test.value(
      'contacts.create',
      contactInput('Jangan Dihubungi', { doNotContact: true, beats: ['health'] }),
      as,
    );
    const queue = await test.value('contacts.list', { retentionDue: true }, as);
    expect(queue.items.map((item) => [item.fullName, item.retainUntil])).toEqual([['Lewat Masa', '2026-11-27']]);

    const health = contactFilterSchema.parse({ beats: ['health'] });
    expect((await test.value('contacts.list', health, as)).total).toBe(3);
    const reachable = await reachableContactIds(test.core.store.connection.db, health, '2026-11-28');
    expect(reachable).toHaveLength(2);
    expect(reachable).toContain(due.id);
    expect(reachable).not.toContain(quiet.id);
  });

  it('counts days where the office is: at 03:00 WIB yesterday is already past, though UTC still calls it today', async () => {
    const { test, team } = await openTeam(() => new Date('2026-11-27T20:00:00Z'));
    const as = team.drafter.sessionId;
    await test.value('contacts.create', contactInput('Kemarin WIB', { retainUntil: '2026-11-27' }), as);
    await test.value('contacts.create', contactInput('Hari Ini WIB', { retainUntil: '2026-11-28' }), as);
    const queue = await test.value('contacts.list', { retentionDue: true }, as);
    expect(queue.items.map((item) => item.fullName)).toEqual(['Kemarin WIB']);
  });
});
