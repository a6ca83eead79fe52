import { create } from 'xmlbuilder2';

export interface FeedItem {
  id: string;
  title: string;
  link: string;
  description: string;
  publishedAt: string;
}

/** RFC 822 dates, as RSS 2.0 wants them ("Sat, 28 Nov 2026 03:00:00 GMT"). */
const rfc822 = (instant: string) => new Date(instant).toUTCString();

/** An RSS 2.0 feed of released statements (newest first); xmlbuilder2 escapes every text. */
export function rssFeed(
  channel: { title: string; link: string; description: string; language: string },
  items: FeedItem[],
  builtAt: string,
): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const rss = doc.ele('rss', { version: '2.0' });
  const ch = rss.ele('channel');
  ch.ele('title').txt(channel.title);
  ch.ele('link').txt(channel.link);
  ch.ele('description').txt(channel.description);
  ch.ele('language').txt(channel.language);
  ch.ele('lastBuildDate').txt(rfc822(builtAt));
  ch.ele('generator').txt('Siaga');
  for (const item of items) {
    const entry = ch.ele('item');
    entry.ele('title').txt(item.title);
    entry.ele('link').txt(item.link);
    entry.ele('description').txt(item.description);
    entry.ele('pubDate').txt(rfc822(item.publishedAt));
    entry.ele('guid', { isPermaLink: 'false' }).txt(item.id);
  }
  return doc.end({ prettyPrint: true });
}
