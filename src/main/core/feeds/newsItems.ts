import { parseFeed } from '@rowanmanning/feed-parser';
import { decode } from 'html-entities';
import { FeedFormatError, refuseDocumentType } from './feedText';

/** One story from an outlet's news feed, as the desk matches it against its releases and claims. */
export interface NewsItem {
  /** The feed's own id for it (RSS guid, Atom id), else its link: the same story polled twice is one. */
  key: string;
  title: string;
  url: string | null;
  /** The story's time as the outlet gives it (UTC, ISO), or null when it gives none. */
  publishedAt: string | null;
  /** Its text without markup, at most `summaryLimit` characters: what pickup and rumours are found in. */
  summary: string;
}

const summaryLimit = 4000;

/**
 * An RSS 2.0 or Atom feed's stories. The parsing is @rowanmanning/feed-parser's (lenient with the
 * feeds outlets really publish: missing dates, relative links, HTML in titles); markup is reduced
 * to its text here, since the desk shows and searches text, never an outlet's HTML.
 */
export function readNewsItems(text: string): NewsItem[] {
  refuseDocumentType(text);
  let items;
  try {
    items = parseFeed(text).items;
  } catch {
    throw new FeedFormatError('not_a_feed');
  }
  const seen = new Set<string>();
  const stories: NewsItem[] = [];
  for (const item of items) {
    const title = plainText(item.title ?? '').slice(0, 500);
    const url = safeLink(item.url);
    const key = (item.id ?? url ?? title).slice(0, 1000);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    const published = item.published ?? item.updated;
    stories.push({
      key,
      title,
      url,
      publishedAt: published && Number.isFinite(published.getTime()) ? published.toISOString() : null,
      summary: plainText(item.content ?? item.description ?? '').slice(0, summaryLimit),
    });
  }
  return stories;
}

/** Markup to text: tags out (a block tag leaves a space), entities decoded, white space folded. */
export function plainText(html: string): string {
  return decode(html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Only web links are kept: a `javascript:` or `file:` link in a feed is dropped, not shown. */
function safeLink(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
