import { channelLimits } from '../workflow';
import { docToPlainText } from '../plainText';
import { statementDocument, type OutputInput } from './statementDocument';

/** A hashtag from a tag: letters and digits only ("banjir bandang" -> #banjirbandang). */
function hashtag(tag: string): string {
  const word = tag.normalize('NFKC').replace(/[^\p{L}\p{N}_]/gu, '');
  return word ? `#${word}` : '';
}

/** Cuts at a word boundary and marks the cut, so a caption never ends mid-word. */
function clip(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * An Instagram / Facebook caption: title, summary (or the opening of the body), the number and
 * the office, hashtags from the tags. Kept within Instagram's 2,200 characters, which also fits
 * Facebook.
 */
export function renderCaption(input: OutputInput, limit: number = channelLimits.instagram): string {
  const doc = statementDocument(input);
  const tags = input.content.tags.map(hashtag).filter(Boolean).join(' ');
  const footer = [doc.numberLine, doc.letterhead.agency].filter(Boolean).join('\n');
  const tail = [footer, tags].filter(Boolean).join('\n\n');
  const lead = doc.summary || docToPlainText(input.content.body);
  const room = Math.max(0, limit - tail.length - doc.title.length - 4);
  return [doc.title, clip(lead.trim(), room), tail].filter(Boolean).join('\n\n');
}
