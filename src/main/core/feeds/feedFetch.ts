import { feedText } from './feedText';

export interface FetchLimits {
  /** The whole request, headers and body: a server that stalls mid-body is cut off at this. */
  timeoutMs: number;
  /** A feed larger than this is refused (while reading, whatever its Content-Length claims). */
  maxBytes: number;
  maxRedirects: number;
}

export const defaultFetchLimits: FetchLimits = { timeoutMs: 20_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };

/** What the last successful poll was told, sent back so an unchanged feed answers 304 with no body. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type FetchOutcome =
  | { kind: 'unchanged' }
  | { kind: 'fetched'; text: string; validators: Validators; url: string; contentType: string | null };

export type FetchFailure = 'bad_url' | 'timeout' | 'too_large' | 'too_many_redirects' | 'http_status' | 'network';

/** Why a poll failed: a reason word the feed's health shows (translated), and the HTTP status if there was one. */
export class FeedFetchError extends Error {
  constructor(
    readonly reason: FetchFailure,
    readonly status: number | null = null,
  ) {
    super(status ? `Feed request failed: ${reason} ${status}` : `Feed request failed: ${reason}`);
  }
}

const accept =
  'application/rss+xml, application/atom+xml, application/cap+xml, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.9, */*;q=0.5';

/**
 * One conditional GET of a feed, bounded in time, size and redirects, so a slow, broken or
 * hostile server costs the desk at most `timeoutMs` of one background request and `maxBytes` of
 * memory. Redirects are followed by hand to count them (a loop ends at the limit) and to keep to
 * http(s); the body is read as a stream and dropped the moment it passes the limit.
 */
export async function fetchFeed(
  url: string,
  validators: Validators,
  limits: FetchLimits = defaultFetchLimits,
  userAgent = 'Siaga',
): Promise<FetchOutcome> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let current = webUrl(url);
  const headers: Record<string, string> = { accept, 'user-agent': userAgent };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  try {
    for (let redirects = 0; ; redirects += 1) {
      const response = await fetch(current, { headers, redirect: 'manual', signal });
      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location) throw new FeedFetchError('http_status', response.status);
        if (redirects >= limits.maxRedirects) throw new FeedFetchError('too_many_redirects');
        current = webUrl(new URL(location, current).href);
        continue;
      }
      if (response.status === 304) {
        await response.body?.cancel();
        return { kind: 'unchanged' };
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new FeedFetchError('http_status', response.status);
      }
      const bytes = await boundedBody(response, limits.maxBytes);
      const contentType = response.headers.get('content-type');
      return {
        kind: 'fetched',
        text: feedText(bytes, contentType),
        validators: { etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') },
        url: current,
        contentType,
      };
    }
  } catch (error) {
    if (error instanceof FeedFetchError) throw error;
    if (signal.aborted) throw new FeedFetchError('timeout');
    throw new FeedFetchError('network');
  }
}

function webUrl(value: string): string {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new FeedFetchError('bad_url');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new FeedFetchError('bad_url');
  return parsed.href;
}

async function boundedBody(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw new FeedFetchError('too_large');
  }
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new FeedFetchError('too_large');
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
