import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestCore } from '../../../../test/coreHarness';
import { slemanRules, useFeedServer } from '../../../../test/feedServer';
import { useTempDirs } from '../../../../test/tempDir';
import { commandLineActor } from '../kernel/context';
import { createEventBus } from '../kernel/eventBus';
import { createWriter } from '../kernel/writeScope';
import { addFeed, listFeeds, saveSignalRules } from './feedRepository';
import { pollFeed } from './pollFeed';

const fixtures = join(__dirname, '../../../../test/fixtures/feeds');
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');

/** What the test's feed server answers per path; `hits` counts requests per path. */
const answers = new Map<string, { status: number; body: string; etag?: string }>();
const hits = new Map<string, number>();

describe('polling a feed', () => {
  const tempDir = useTempDirs();
  const { base } = useFeedServer((request, response) => {
    const path = request.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const answer = answers.get(path) ?? { status: 404, body: 'Not Found' };
    if (answer.etag && request.headers['if-none-match'] === answer.etag) {
      response.writeHead(304).end();
      return;
    }
    response.writeHead(answer.status, answer.etag ? { etag: answer.etag } : {}).end(answer.body);
  });

  /** A store, the office's rules for Pemkab Sleman, and a clock the test moves. */
  async function setUp() {
    let now = new Date('2026-12-04T03:20:00.000Z');
    const { core } = await openTestCore(tempDir(), () => now);
    const { db } = core.store.connection;
    const write = createWriter({ db, events: createEventBus(() => undefined), now: () => now });
    await write(commandLineActor, (w) => saveSignalRules(w, slemanRules));
    const deps = { db, write, now: () => now, limits: { timeoutMs: 2000, maxBytes: 1024 * 1024, maxRedirects: 3 } };
    const feed = (kind: 'bmkg_quake' | 'cap' | 'news', path: string, intervalMinutes = 2) =>
      write(commandLineActor, (w) =>
        addFeed(w, { kind, name: path, url: `${base()}${path}`, outletId: null, intervalMinutes }),
      );
    const health = async (id: string) => (await listFeeds(db)).find((row) => row.id === id)!;
    return {
      core,
      db,
      deps,
      feed,
      health,
      move: (minutes: number) => (now = new Date(now.getTime() + minutes * 60_000)),
    };
  }

  it("records BMKG's earthquakes once, matches them to the office, and asks again without a body when unchanged", async () => {
    const { core, db, deps, feed, health } = await setUp();
    answers.set('/gempaterkini.json', { status: 200, body: fixture('bmkg-gempaterkini.json'), etag: '"g1"' });
    answers.set('/autogempa.xml', { status: 200, body: fixture('bmkg-autogempa.xml') });
    const list = await feed('bmkg_quake', '/gempaterkini.json');
    expect(await pollFeed(deps, list)).toEqual({
      feedId: list,
      outcome: 'read',
      error: null,
      newSignals: 3,
      matched: 1,
      pickedUp: 0,
      unreadable: 1,
    });
    const matched = await db
      .selectFrom('feed_signal')
      .select(['title', 'occurred_at', 'match'])
      .where('match', 'is not', null)
      .execute();
    expect(matched).toEqual([
      {
        title: '38 km BaratDaya BANTUL-DIY',
        occurred_at: '2026-12-04T03:15:30.000Z',
        match: expect.stringContaining('"distance"'),
      },
    ]);
    expect(await health(list)).toMatchObject({
      lastSuccessAt: '2026-12-04T03:20:00.000Z',
      lastError: null,
      failures: 0,
      nextPollAt: '2026-12-04T03:22:00.000Z',
      signals: 3,
    });
    // Unchanged: the server answers 304 to the ETag it gave.
    expect(await pollFeed(deps, list)).toMatchObject({ outcome: 'unchanged', newSignals: 0 });
    // The same earthquake from BMKG's other list is the same signal.
    expect(await pollFeed(deps, await feed('bmkg_quake', '/autogempa.xml'))).toMatchObject({
      outcome: 'read',
      newSignals: 0,
    });
    expect(
      await db
        .selectFrom('feed_signal')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst(),
    ).toEqual({
      n: expect.toSatisfy((n: unknown) => Number(n) === 3),
    });
    await core.close();
  });

  it('a failing feed backs off, shows why, and recovers; the others are not touched', async () => {
    const { core, deps, feed, health, move } = await setUp();
    const broken = await feed('bmkg_quake', '/broken', 5);
    answers.set('/broken', { status: 500, body: 'Internal Server Error' });
    expect(await pollFeed(deps, broken)).toMatchObject({ outcome: 'failed', error: 'http_status' });
    expect(await health(broken)).toMatchObject({
      failures: 1,
      lastError: 'http_status',
      nextPollAt: '2026-12-04T03:30:00.000Z',
    });
    move(10);
    answers.set('/broken', { status: 200, body: '<html><body>Pemeliharaan</body></html>' });
    expect(await pollFeed(deps, broken)).toMatchObject({ outcome: 'failed', error: 'not_a_feed' });
    expect(await health(broken)).toMatchObject({ failures: 2, nextPollAt: '2026-12-04T03:50:00.000Z' });
    move(20);
    answers.set('/broken', { status: 200, body: fixture('bmkg-autogempa.xml') });
    expect(await pollFeed(deps, broken)).toMatchObject({ outcome: 'read', newSignals: 1 });
    expect(await health(broken)).toMatchObject({
      failures: 0,
      lastError: null,
      nextPollAt: '2026-12-04T03:55:00.000Z',
    });
    await core.close();
  });

  it('reads CAP documents from an index once each, and an outlet’s stories by the office’s words', async () => {
    const { core, db, deps, feed } = await setUp();
    const index = `<?xml version="1.0"?><rss version="2.0"><channel><title>Peringatan Dini</title>
      <item><title>a</title><link>${base()}/cap/1.xml</link></item>
      <item><title>b</title><link>${base()}/cap/2.xml</link></item>
      <item><title>c</title><link>${base()}/cap/3.xml</link></item>
      <item><title>d</title><link>${base()}/cap/missing.xml</link></item>
      <item><title>e</title><link>${base()}/cap/bent.xml</link></item></channel></rss>`;
    answers.set('/cap/index.xml', { status: 200, body: index });
    answers.set('/cap/1.xml', { status: 200, body: fixture('cap-alert.xml') });
    answers.set('/cap/2.xml', { status: 200, body: fixture('cap-update.xml') });
    answers.set('/cap/3.xml', { status: 200, body: fixture('cap-cancel.xml') });
    // Readable, but not CAP 1.2 as the schema has it (`sent` in Z, `scope` missing): read all the same, marked.
    const bent = fixture('cap-alert.xml')
      .replace('BMKG-DIY-20261204-0700-001', 'BMKG-DIY-20261204-0700-009')
      .replace(/<sent>[^<]+<\/sent>/, '<sent>2026-12-04T00:00:00Z</sent>')
      .replace(/<scope>[^<]+<\/scope>/, '');
    answers.set('/cap/bent.xml', { status: 200, body: bent });
    const warnings = await feed('cap', '/cap/index.xml');
    expect(await pollFeed(deps, warnings)).toMatchObject({ outcome: 'read', newSignals: 4, matched: 3, unreadable: 1 });
    const alert = await db
      .selectFrom('feed_signal')
      .selectAll()
      .where('url', '=', `${base()}/cap/1.xml`)
      .executeTakeFirstOrThrow();
    expect(alert).toMatchObject({
      kind: 'cap',
      key: 'peringatan.dini@bmkg.go.id,BMKG-DIY-20261204-0700-001,2026-12-04T07:00:00.000Z',
      title: 'Peringatan Dini Cuaca DIY',
      occurred_at: '2026-12-04T07:00:00.000Z',
    });
    // Each document was checked against the OASIS schema, and the result kept with it.
    expect(JSON.parse(alert.facts)).toMatchObject({ schema: { valid: true, errors: [] } });
    const bentRow = await db
      .selectFrom('feed_signal')
      .select('facts')
      .where('url', '=', `${base()}/cap/bent.xml`)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(bentRow.facts)).toMatchObject({
      schema: {
        valid: false,
        errors: [
          expect.stringMatching(/^Element 'sent': \[facet 'pattern'\] The value '2026-12-04T00:00:00Z'/),
          expect.stringMatching(
            /^Element 'info': This element is not expected\. Expected is one of \( source, scope \)/,
          ),
        ],
      },
    });
    // Known documents are not fetched again.
    const before = hits.get('/cap/1.xml');
    expect(await pollFeed(deps, warnings)).toMatchObject({ newSignals: 0 });
    expect(hits.get('/cap/1.xml')).toBe(before);

    answers.set('/berita.xml', { status: 200, body: fixture('rss-outlet.xml') });
    expect(await pollFeed(deps, await feed('news', '/berita.xml', 15))).toMatchObject({ newSignals: 3, matched: 1 });
    await core.close();
  });
});
