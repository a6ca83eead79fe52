import { describe, expect, it } from 'vitest';
import { contactInput as contact } from '../../../../test/contactsHarness';
import { failure, useStatementsTeam } from '../../../../test/statementsHarness';
import { useTempDirs } from '../../../../test/tempDir';

describe('contacts and outlets', () => {
  const tempDir = useTempDirs();
  const openTeam = useStatementsTeam(tempDir);

  it('stores a journalist with normalised phones and e-mails, and finds them by name, outlet, e-mail or number', async () => {
    const { test, team } = await openTeam(() => new Date('2026-11-28T02:00:00Z'));
    const as = team.drafter.sessionId;
    const pikiran = await test.value(
      'contacts.createOutlet',
      {
        name: 'Pikiran Rakyat',
        type: 'print',
        mediaGroup: 'PR Media',
        regionCode: '32',
        website: 'https://pikiran-rakyat.com',
        phone: '',
        email: 'Redaksi@Pikiran-Rakyat.com',
        notes: '',
      },
      as,
    );
    expect(pikiran).toMatchObject({ email: 'redaksi@pikiran-rakyat.com', contactCount: 0 });
    const kompasTv = await test.value(
      'contacts.createOutlet',
      {
        name: 'Kompas TV',
        type: 'tv',
        mediaGroup: 'Kompas Gramedia',
        regionCode: '31',
        website: '',
        phone: '',
        email: '',
        notes: '',
      },
      as,
    );
    const rene = await test.value(
      'contacts.create',
      contact('René Pérez Siregar', {
        affiliations: [{ outletId: pikiran.id, position: 'reporter', primary: false }],
        emails: [
          { address: 'Rene@Pikiran-Rakyat.com', primary: false },
          { address: 'rene.p@gmail.com', primary: true },
          { address: 'rene@pikiran-rakyat.com', primary: false },
        ],
        phones: [{ number: '0812-3456-7890', whatsapp: true, label: 'HP', primary: false }],
        beats: ['health', 'disaster'],
        regions: ['32.73'],
        accreditationNumber: 'PR-0142',
        accreditationExpiry: '2027-03-31',
      }),
      as,
    );
    expect(rene.emails).toEqual([
      { address: 'rene@pikiran-rakyat.com', primary: false },
      { address: 'rene.p@gmail.com', primary: true },
    ]);
    expect(rene.phones).toEqual([{ e164: '+6281234567890', whatsapp: true, label: 'HP', primary: true }]);
    expect(rene.affiliations).toEqual([
      { outletId: pikiran.id, outletName: 'Pikiran Rakyat', position: 'reporter', primary: true },
    ]);
    await test.value(
      'contacts.create',
      contact('Ayu Lestari', {
        affiliations: [{ outletId: kompasTv.id, position: 'camera_operator', primary: true }],
        beats: ['politics'],
        regions: ['31'],
        accreditationNumber: 'KTV-9',
        accreditationExpiry: '2026-01-31',
      }),
      as,
    );

    const find = async (input: Parameters<typeof test.value<'contacts.list'>>[1]) =>
      (await test.value('contacts.list', input, team.spokesperson.sessionId)).items.map((item) => item.fullName);
    expect(await find({})).toEqual(['Ayu Lestari', 'René Pérez Siregar']);
    for (const query of ['rene', 'péREZ', 'pikiran', 'rene.p@gmail', '0812345', '62812', 'sire']) {
      expect(await find({ query }), query).toEqual(['René Pérez Siregar']);
    }
    expect(await find({ query: '" OR * NEAR(' })).toEqual([]);
    // A segment: health beat in Jawa Barat (the province finds the city code inside it).
    expect(await find({ beats: ['health'], regions: ['32'] })).toEqual(['René Pérez Siregar']);
    expect(await find({ outletTypes: ['tv'] })).toEqual(['Ayu Lestari']);
    expect(await find({ accreditation: 'expired' })).toEqual(['Ayu Lestari']);
    expect(await find({ accreditation: 'valid' })).toEqual(['René Pérez Siregar']);
    const page = await test.value('contacts.list', { query: 'rene' }, as);
    expect(page.items[0]).toMatchObject({
      outlet: 'Pikiran Rakyat',
      position: 'reporter',
      email: 'rene.p@gmail.com',
      phone: '+6281234567890',
      beats: ['disaster', 'health'],
    });

    // Renaming the outlet: its people are found under the new name.
    const {
      id: _id,
      contactCount: _count,
      createdAt: _created,
      updatedAt: _updated,
      archived: _archived,
      ...fields
    } = pikiran;
    await test.value('contacts.updateOutlet', { id: pikiran.id, outlet: { ...fields, name: 'PR Bandung' } }, as);
    expect(await find({ query: 'bandung' })).toEqual(['René Pérez Siregar']);
  });

  it('reports bad input per field and keeps personal data out of the audit trail', async () => {
    const { test, team } = await openTeam();
    const as = team.drafter.sessionId;
    const badPhone = await test.call(
      'contacts.create',
      contact('Budi', { phones: [{ number: '12', whatsapp: false, label: '', primary: true }] }),
      as,
    );
    expect(badPhone.ok ? null : badPhone.error.details?.issues?.[0]).toMatchObject({
      path: ['contact', 'phones', 0, 'number'],
      message: 'phone_invalid',
    });
    const badEmail = await test.call(
      'contacts.create',
      contact('Budi', { emails: [{ address: 'budi@', primary: true }] }),
      as,
    );
    expect(badEmail.ok ? null : badEmail.error.details?.issues?.[0]).toMatchObject({
      path: ['emails', 0, 'address'],
      message: 'email_format',
    });
    const badRegion = await test.call('contacts.create', contact('Budi', { regions: ['99'] }), as);
    expect(failure(badRegion).code).toBe('VALIDATION');
    const noOutlet = await test.call(
      'contacts.create',
      contact('Budi', {
        affiliations: [{ outletId: '01a22098-0000-7000-8000-000000000000', position: 'editor', primary: true }],
      }),
      as,
    );
    expect(noOutlet.ok ? null : noOutlet.error.details?.issues?.[0]).toMatchObject({ message: 'outlet_unknown' });
    expect(failure(await test.call('contacts.list', {}, team.viewer.sessionId)).code).toBe('FORBIDDEN');
    expect(failure(await test.call('contacts.create', contact('X'), team.approver.sessionId)).code).toBe('FORBIDDEN');

    const budi = await test.value(
      'contacts.create',
      contact('Budi Santoso', { emails: [{ address: 'budi@tempo.co', primary: true }] }),
      as,
    );
    await test.value(
      'contacts.update',
      {
        id: budi.id,
        contact: contact('Budi Santoso', {
          emails: [{ address: 'budi.s@tempo.co', primary: true }],
          notes: 'Desk hukum',
        }),
      },
      as,
    );
    const trail = await test.value('audit.list', { entityType: 'contact' }, team.admin);
    expect(trail.events.map((event) => [event.action, event.data])).toEqual([
      ['contact.updated', { fields: ['emails', 'notes'] }],
      ['contact.created', { lawfulBasis: 'public_task' }],
    ]);
    expect(JSON.stringify(trail)).not.toContain('tempo.co');
    expect(JSON.stringify(trail)).not.toContain('Budi');
  });

  it("records a person's opt-out: do-not-contact set, how it came on the record, shown while it stands", async () => {
    let clock = new Date('2026-11-28T02:00:00.000Z');
    const { test, team } = await openTeam(() => clock);
    const as = team.drafter.sessionId;
    const budi = await test.value('contacts.create', contact('Budi Santoso'), as);
    expect(budi.optOut).toBeNull();

    // Refused and nothing written: an unknown channel, an unknown person, a person who may not.
    const bad = await test.call('contacts.recordOptOut', { id: budi.id, via: 'fax' as 'phone' }, as);
    expect(failure(bad).code).toBe('VALIDATION');
    const unknown = await test.call(
      'contacts.recordOptOut',
      { id: '0190c0de-0000-7000-8000-000000000000', via: 'phone' },
      as,
    );
    expect(failure(unknown).code).toBe('NOT_FOUND');
    const viewer = await test.call('contacts.recordOptOut', { id: budi.id, via: 'phone' }, team.viewer.sessionId);
    expect(failure(viewer).code).toBe('FORBIDDEN');
    expect((await test.value('contacts.get', { id: budi.id }, as)).doNotContact).toBe(false);

    clock = new Date('2026-11-28T02:10:00.000Z');
    const optedOut = await test.value('contacts.recordOptOut', { id: budi.id, via: 'email_reply' }, as);
    expect(optedOut).toMatchObject({
      doNotContact: true,
      optOut: { at: '2026-11-28T02:10:00.000Z', via: 'email_reply' },
    });
    const trail = await test.value('audit.list', { entityType: 'contact', action: 'contact.optedOut' }, team.admin);
    expect(trail.events.map((event) => [event.actorId, event.data])).toEqual([
      [team.drafter.account.id, { via: 'email_reply' }],
    ]);

    // Asked again (by phone): the latest request is the one shown.
    clock = new Date('2026-11-28T02:20:00.000Z');
    expect((await test.value('contacts.recordOptOut', { id: budi.id, via: 'phone' }, as)).optOut).toEqual({
      at: '2026-11-28T02:20:00.000Z',
      via: 'phone',
    });
    // The person agrees to receive releases again: do-not-contact cleared, the opt-out no longer stands.
    const back = await test.value(
      'contacts.update',
      { id: budi.id, contact: { ...contact('Budi Santoso'), doNotContact: false } },
      as,
    );
    expect(back).toMatchObject({ doNotContact: false, optOut: null });
  });
});
