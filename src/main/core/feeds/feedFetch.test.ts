import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { useFeedServer } from '../../../../test/feedServer';
import { fetchFeed, type FetchLimits } from './feedFetch';

const limits: FetchLimits = { timeoutMs: 1500, maxBytes: 1024 * 1024, maxRedirects: 5 };
const none = { etag: null, lastModified: null };
const feed = '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>';

/** A feed server written for these tests: good, slow, huge, looping and broken routes. */
function routes(request: IncomingMessage, response: ServerResponse): void {
  const path = request.url ?? '/';
  if (path === '/feed') {
    if (request.headers['if-none-match'] === '"v1"') {
      response.writeHead(304).end();
      return;
    }
    response
      .writeHead(200, {
        'content-type': 'application/rss+xml; charset=utf-8',
        etag: '"v1"',
        'last-modified': 'Fri, 04 Dec 2026 03:00:00 GMT',
      })
      .end(feed);
  } else if (path === '/moved') {
    response.writeHead(301, { location: '/feed' }).end();
  } else if (path.startsWith('/loop')) {
    response.writeHead(302, { location: `/loop${path.length}` }).end();
  } else if (path === '/to-file') {
    response.writeHead(302, { location: 'file:///etc/passwd' }).end();
  } else if (path === '/huge') {
    // 50 MB, streamed with no length announced: refused while reading, long before the end.
    response.writeHead(200, { 'content-type': 'application/rss+xml' });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    const pump = () => {
      while (sent < 50 * 1024 * 1024) {
        sent += chunk.length;
        if (!response.write(chunk)) return void response.once('drain', pump);
      }
      response.end();
    };
    response.on('close', () => (sent = Number.POSITIVE_INFINITY));
    pump();
  } else if (path === '/huge-declared') {
    response.writeHead(200, { 'content-length': String(50 * 1024 * 1024) });
    response.write('<rss>');
  } else if (path === '/stall') {
    // Headers, a little, then nothing for 30 seconds.
    response.writeHead(200, { 'content-type': 'application/rss+xml' });
    response.write('<rss version="2.0"><channel>');
    const timer = setTimeout(() => response.end('</channel></rss>'), 30_000);
    response.on('close', () => clearTimeout(timer));
  } else {
    response.writeHead(500).end('Internal Server Error');
  }
}

describe('fetching a feed', () => {
  const { base } = useFeedServer(routes);

  it('asks again with what the last answer said, and an unchanged feed costs no body', async () => {
    const first = await fetchFeed(`${base()}/feed`, none, limits);
    expect(first).toMatchObject({
      kind: 'fetched',
      text: feed,
      validators: { etag: '"v1"', lastModified: 'Fri, 04 Dec 2026 03:00:00 GMT' },
    });
    if (first.kind !== 'fetched') throw new Error('fetched expected');
    expect(await fetchFeed(`${base()}/feed`, first.validators, limits)).toEqual({ kind: 'unchanged' });
  });

  it('follows a redirect to the feed, and says where it ended', async () => {
    expect(await fetchFeed(`${base()}/moved`, none, limits)).toMatchObject({ kind: 'fetched', url: `${base()}/feed` });
  });

  it('gives up with a reason on a loop, a huge body, a stall, an error status and a non-web address', async () => {
    const failure = async (url: string) => {
      try {
        await fetchFeed(url, none, limits);
        return 'fetched';
      } catch (error) {
        return `${(error as { reason: string }).reason}${(error as { status: number | null }).status ? ` ${(error as { status: number }).status}` : ''}`;
      }
    };
    expect(await failure(`${base()}/loop`)).toBe('too_many_redirects');
    expect(await failure(`${base()}/huge`)).toBe('too_large');
    expect(await failure(`${base()}/huge-declared`)).toBe('too_large');
    const began = Date.now();
    expect(await failure(`${base()}/stall`)).toBe('timeout');
    expect(Date.now() - began).toBeLessThan(15_000);
    expect(await failure(`${base()}/missing`)).toBe('http_status 500');
    expect(await failure(`${base()}/to-file`)).toBe('bad_url');
    expect(await failure('file:///etc/passwd')).toBe('bad_url');
    expect(await failure('bukan alamat')).toBe('bad_url');
    // Nothing listens there: refused at once.
    expect(await failure('http://127.0.0.1:9/feed')).toBe('network');
  });
});
