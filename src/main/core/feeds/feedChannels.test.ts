import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountWithRoles, openTestCore, setUpOffice } from '../../../../test/coreHarness';
import { failure } from '../../../../test/statementsTeam';
import { slemanRules, useFeedServer } from '../../../../test/feedServer';
import { useTempDirs } from '../../../../test/tempDir';

const gempa = readFileSync(join(__dirname, '../../../../test/fixtures/feeds/bmkg-gempaterkini.json'), 'utf8');

describe('the feeds channels', () => {
  const tempDir = useTempDirs();
  const { base } = useFeedServer((_request, response) => response.writeHead(200).end(gempa));

  it('the administrator subscribes and sets the rules; the desk reads the early warnings; others are refused', async () => {
    const test = await openTestCore(tempDir());
    const admin = await setUpOffice(test);
    const { sessionId: staff } = await accountWithRoles(test, admin, 'staf', ['drafter']);
    const changed: unknown[] = [];
    const stop = test.core.onEvent((event) => {
      if (event.event === 'feeds.changed') changed.push(event.payload);
    });
    const feed = {
      kind: 'bmkg_quake',
      name: 'BMKG M5+',
      url: `${base()}/gempaterkini.json`,
      outletId: null,
      intervalMinutes: 2,
    } as const;

    // Bad input is refused with the field's reason; nothing is written.
    expect(failure(await test.call('feeds.add', { ...feed, url: 'javascript:alert(1)' }, admin))).toMatchObject({
      code: 'VALIDATION',
    });
    expect(failure(await test.call('feeds.add', { ...feed, intervalMinutes: 0 }, admin))).toMatchObject({
      code: 'VALIDATION',
    });
    expect(failure(await test.call('feeds.add', feed, staff))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await test.value('feeds.list', {}, staff)).toEqual([]);

    const added = await test.value('feeds.add', feed, admin);
    expect(added).toMatchObject({ name: 'BMKG M5+', failures: 0, signals: 0, lastSuccessAt: null });
    expect(failure(await test.call('feeds.add', feed, admin))).toEqual({ code: 'CONFLICT', reason: 'feedExists' });
    expect(changed).toEqual([{ feedId: added.id }]);

    // The rules: defaults first, then the office's; an unknown region or a bad point is refused.
    expect(await test.value('feeds.rules', {}, staff)).toMatchObject({
      centre: null,
      regionCodes: [],
      retentionDays: 90,
    });
    expect(
      failure(await test.call('feeds.saveRules', { ...slemanRules, regionCodes: ['99.99'] }, admin)),
    ).toMatchObject({
      code: 'VALIDATION',
    });
    expect(
      failure(await test.call('feeds.saveRules', { ...slemanRules, centre: { latitude: -95, longitude: 110 } }, admin)),
    ).toMatchObject({ code: 'VALIDATION' });
    expect(failure(await test.call('feeds.saveRules', slemanRules, staff))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await test.value('feeds.saveRules', slemanRules, admin)).toEqual(slemanRules);

    expect(failure(await test.call('feeds.poll', { id: added.id }, staff))).toMatchObject({ code: 'FORBIDDEN' });
    expect(failure(await test.call('feeds.poll', { id: '01a2427a-0000-7000-8000-000000000000' }, admin))).toMatchObject(
      {
        code: 'NOT_FOUND',
      },
    );
    expect(await test.value('feeds.poll', { id: added.id }, admin)).toMatchObject({
      outcome: 'read',
      newSignals: 3,
      matched: 1,
    });
    const warnings = await test.value('feeds.signals', { matchedOnly: true }, staff);
    expect(warnings).toEqual([
      expect.objectContaining({
        feedName: 'BMKG M5+',
        kind: 'quake',
        title: '38 km BaratDaya BANTUL-DIY',
        occurredAt: '2026-12-04T03:15:30.000Z',
        match: [{ kind: 'distance', km: expect.any(Number) }],
        crisisId: null,
      }),
    ]);
    expect(await test.value('feeds.signals', {}, staff)).toHaveLength(3);
    expect((await test.value('feeds.list', {}, staff))[0]).toMatchObject({ signals: 3, failures: 0 });

    // Subscribing and the rules are on the audit trail; polling is not a person's act.
    const audit = await test.value('audit.list', { limit: 20 }, admin);
    expect(audit.events.map((event) => event.action).filter((action) => action.startsWith('feed.'))).toEqual([
      'feed.rulesSaved',
      'feed.added',
    ]);
    stop();
    await test.core.close();
  });
});
