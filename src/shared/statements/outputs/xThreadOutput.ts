import { channelLimits } from '../workflow';
import { docToPlainText } from '../plainText';
import { statementDocument, type OutputInput } from './statementDocument';

/** Sentences, keeping their end punctuation; abbreviations like "No." or "dr." may split, which X readers tolerate. */
function sentences(text: string): string[] {
  const segmenter = new Intl.Segmenter('id', { granularity: 'sentence' });
  return [...segmenter.segment(text)].map((part) => part.segment.trim()).filter(Boolean);
}

/** A too-long sentence is cut at word boundaries (and a too-long word at the limit). */
function splitLong(sentence: string, limit: number): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const word of sentence.split(/\s+/u)) {
    for (let start = 0; start < word.length; start += limit) {
      const chunk = word.slice(start, start + limit);
      const next = current ? `${current} ${chunk}` : chunk;
      if (next.length <= limit) current = next;
      else {
        pieces.push(current);
        current = chunk;
      }
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

/**
 * An X thread: the title and the body split into posts of at most 280 characters, on sentence
 * boundaries where possible, each numbered "n/N". The numbering's room is reserved up front.
 */
export function renderXThread(input: OutputInput, limit: number = channelLimits.x): string[] {
  const doc = statementDocument(input);
  const paragraphs = [
    [doc.draftLabel ? `[${doc.labels.draftShort}]` : null, doc.title, doc.numberLine ? `(${doc.numberLine})` : null]
      .filter(Boolean)
      .join(' '),
    doc.embargoLine,
    `${doc.dateline} — ${docToPlainText(input.content.body)}`,
    doc.nextUpdateLine,
  ].filter((part): part is string => Boolean(part));
  // Room for " 99/99": numbering never pushes a post over the limit.
  const room = limit - 6;
  const posts: string[] = [];
  for (const paragraph of paragraphs) {
    let current = '';
    for (const sentence of paragraph.split(/\n+/).flatMap(sentences)) {
      for (const piece of sentence.length > room ? splitLong(sentence, room) : [sentence]) {
        const next = current ? `${current} ${piece}` : piece;
        if (next.length <= room) current = next;
        else {
          posts.push(current);
          current = piece;
        }
      }
    }
    if (current) posts.push(current);
  }
  return posts.map((post, index) => `${post} ${index + 1}/${posts.length}`);
}
