import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestCore, setUpOffice } from '../../../../test/coreHarness';
import { useFeedServer } from '../../../../test/feedServer';
import { useTempDirs } from '../../../../test/tempDir';
import { commandLineActor } from '../kernel/context';
import { createEventBus } from '../kernel/eventBus';
import { createWriter } from '../kernel/writeScope';
import { addFeed, applySignalRetention, listFeeds } from './feedRepository';
import { createFeedPoller } from './feedPoller';

const fixture = (name: string) => readFileSync(join(__dirname, '../../../../test/fixtures/feeds', name), 'utf8');
const hits = new Map<string, number>();

describe('the feed poller', () => {
  const tempDir = useTempDirs();
  const { base } = useFeedServer((request, response) => {
    const path = request.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (path.startsWith('/quakes')) response.writeHead(200).end(fixture('bmkg-gempaterkini.json'));
    else if (path.startsWith('/news')) response.writeHead(200).end(fixture('rss-outlet.xml'));
    else response.writeHead(404).end();
  });

  it('reads each due feed once even with two desks looking at the same moment, and not before its time', async () => {
    let now = new Date('2026-12-04T03:20:00.000Z');
    const clock = () => now;
    const { core } = await openTestCore(tempDir(), clock);
    const { db } = core.store.connection;
    const write = createWriter({ db, events: createEventBus(() => undefined), now: clock });
    const logged: unknown[] = [];
    const logger = { error: (_message: string, error?: unknown) => void logged.push(error) };
    const add = (path: string, intervalMinutes: number) =>
      write(commandLineActor, (w) =>
        addFeed(w, {
          kind: path.startsWith('/news') ? 'news' : 'bmkg_quake',
          name: path,
          url: `${base()}${path}`,
          outletId: null,
          intervalMinutes,
        }),
      );
    const quakes = await add('/quakes-a', 2);
    const news = await add('/news-a', 30);
    const deskA = createFeedPoller({ db, write, now: clock, logger });
    const deskB = createFeedPoller({ db, write, now: clock, logger });

    const [a, b] = await Promise.all([deskA.lookNow(), deskB.lookNow()]);
    expect([...a, ...b].map((result) => result.feedId).sort()).toEqual([quakes, news].sort());
    expect(hits.get('/quakes-a')).toBe(1);
    expect(hits.get('/news-a')).toBe(1);
    expect(logged).toEqual([]);

    // A minute on: nothing is due. Two minutes on: the earthquake list is, the news is not.
    now = new Date(now.getTime() + 60_000);
    expect(await deskA.lookNow()).toEqual([]);
    now = new Date(now.getTime() + 60_000);
    expect((await deskA.lookNow()).map((result) => [result.feedId, result.newSignals])).toEqual([[quakes, 0]]);
    expect(hits.get('/news-a')).toBe(1);
    expect((await listFeeds(db)).map((feed) => feed.signals).sort()).toEqual([3, 3]);
    await core.close();
  });

  it('keeps signals for the office’s retention, and those that became something for good', async () => {
    let now = new Date('2026-12-04T03:20:00.000Z');
    const clock = () => now;
    const test = await openTestCore(tempDir(), clock);
    const { core } = test;
    await setUpOffice(test);
    const { db } = core.store.connection;
    const { id: accountId } = await db.selectFrom('account').select('id').executeTakeFirstOrThrow();
    const write = createWriter({ db, events: createEventBus(() => undefined), now: clock });
    await write(commandLineActor, (w) =>
      addFeed(w, { kind: 'bmkg_quake', name: 'q', url: `${base()}/quakes-b`, outletId: null, intervalMinutes: 5 }),
    );
    await createFeedPoller({ db, write, now: clock, logger: { error: () => undefined } }).lookNow();
    const [kept] = await db.selectFrom('feed_signal').select('id').orderBy('occurred_at').limit(1).execute();
    await db
      .insertInto('hoax')
      .values({
        id: 'h1',
        claim: 'Gempa susulan M8 malam ini',
        topic: '',
        region: null,
        reach: null,
        first_seen_at: now.toISOString(),
        reported_by: accountId,
        crisis_id: null,
        status: 'reported',
        verdict: null,
        explanation: '',
        verifier_id: null,
        verdict_at: null,
        clarification_statement_id: null,
        clarified_at: null,
        merged_into_id: null,
        close_note: '',
        created_by: accountId,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
        verdict_by: null,
      })
      .execute();
    await db
      .insertInto('hoax_sighting')
      .values({ id: 's1', hoax_id: 'h1', platform: 'whatsapp', url: '', position: 0, signal_id: kept!.id })
      .execute();
    now = new Date(now.getTime() + 89 * 24 * 60 * 60_000);
    expect(await applySignalRetention(db, now)).toBe(0);
    now = new Date(now.getTime() + 2 * 24 * 60 * 60_000);
    expect(await applySignalRetention(db, now)).toBe(2);
    expect(await db.selectFrom('feed_signal').select('id').execute()).toEqual([{ id: kept!.id }]);
    await core.close();
  });
});
