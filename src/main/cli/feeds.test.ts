import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FeedSummary } from '../../shared/ipc/feeds';
import { useFeedServer } from '../../../test/feedServer';
import { useTempDirs } from '../../../test/tempDir';
import { captureIo as io } from '../../../test/cliHarness';
import { runCli } from './run';

const bmkg = readFileSync(join(__dirname, '../../../test/fixtures/feeds/bmkg-gempaterkini.json'), 'utf8');

describe('siaga feeds', () => {
  const tempDir = useTempDirs();
  const { base } = useFeedServer((request, response) => {
    if (request.url === '/gempaterkini.json') response.writeHead(200).end(bmkg);
    else response.writeHead(503).end('Service Unavailable');
  });

  it('adds feeds, polls them with their health, and refuses bad input with the reason', async () => {
    const dataDir = join(tempDir(), 'demo');
    expect(await runCli(['demo', '--data-dir', dataDir], io().io)).toBe(0);
    const add = async (...args: string[]) => {
      const run = io();
      const code = await runCli(['feeds', 'add', ...args, '--data-dir', dataDir], run.io);
      return { code, out: run.out.join('\n'), err: run.err.join('\n') };
    };
    const quakes = await add(
      '--kind',
      'bmkg_quake',
      '--name',
      'BMKG gempa M5+',
      '--url',
      `${base()}/gempaterkini.json`,
      '--interval',
      '2',
    );
    expect(quakes.code).toBe(0);
    expect(quakes.out).toMatch(/^[0-9a-f-]{36}$/);
    expect((await add('--kind', 'cap', '--name', 'Peringatan dini', '--url', `${base()}/down.xml`)).code).toBe(0);
    // The same address twice, a wrong kind, a non-web address: refused, with why.
    const twice = await add('--kind', 'bmkg_quake', '--name', 'Lagi', '--url', `${base()}/gempaterkini.json`);
    expect(twice).toMatchObject({ code: 1, err: expect.stringContaining('feedExists') });
    expect((await add('--kind', 'rss', '--name', 'X', '--url', `${base()}/x`)).code).toBe(2);
    const file = await add('--kind', 'news', '--name', 'X', '--url', 'file:///etc/passwd');
    expect(file).toMatchObject({ code: 2, err: expect.stringContaining('--url') });

    const poll = io();
    // One feed failed: exit 1, and the other was still read.
    expect(await runCli(['feeds', 'poll', '--json', '--data-dir', dataDir], poll.io)).toBe(1);
    const results = JSON.parse(poll.out.join('\n')) as {
      name: string;
      outcome: string;
      error: string | null;
      newSignals: number;
    }[];
    expect(results.map((result) => [result.name, result.outcome, result.error, result.newSignals])).toEqual([
      ['BMKG gempa M5+', 'read', null, 3],
      ['Peringatan dini', 'failed', 'http_status', 0],
    ]);

    const list = io();
    expect(await runCli(['feeds', 'list', '--json', '--data-dir', dataDir], list.io)).toBe(0);
    const feeds = JSON.parse(list.out.join('\n')) as FeedSummary[];
    expect(feeds.map((feed) => [feed.name, feed.signals, feed.failures, feed.lastError])).toEqual([
      ['BMKG gempa M5+', 3, 0, null],
      ['Peringatan dini', 0, 1, 'http_status'],
    ]);
    // Polled again by id: nothing new.
    const again = io();
    expect(await runCli(['feeds', 'poll', quakes.out, '--data-dir', dataDir], again.io)).toBe(0);
    expect(again.out.join('\n')).toContain('read       0 new, 0 matched');
    expect(await runCli(['feeds', 'poll', 'bukan-id', '--data-dir', dataDir], io().io)).toBe(1);
    // The audit trail still verifies, the additions on it.
    expect(await runCli(['verify', '--data-dir', dataDir], io().io)).toBe(0);
  });
});
