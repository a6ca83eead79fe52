import type { Language } from '../../../shared/ipc/preferences';
import type { StatementContent } from '../../../shared/ipc/statements';
import type { HoaxPlatform, HoaxVerdict } from '../../../shared/hoaxes/vocabulary';
import { normalizeRichText, type RichNode } from '../../../shared/statements/richText';
import { doc, h, p, text } from '../../../shared/statements/templates/build';
import { formatInstant } from '../../../shared/time/formatInstant';
import { hoaxWords } from '../../../shared/hoaxes/hoaxWords';

export interface ClarificationFacts {
  claim: string;
  topic: string;
  verdict: HoaxVerdict;
  explanation: string;
  firstSeenAt: string;
  platforms: HoaxPlatform[];
  officialSources: { title: string; url: string; sourceAt: string | null }[];
  office: { name: string; website: string; timeZone: string };
}

const titleClaimLength = 120;

/** "WhatsApp, Facebook dan X" */
function listed(items: string[], and: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

/** Openers that shout rather than say anything: "PENGUMUMAN!!", "Info penting", "Viral", "Sebarkan!". */
const shouting =
  /^(pengumuman|info(rmasi)?( penting)?|penting|breaking( news)?|hot news|viral|waspada|perhatian|segera|sebarkan|share|urgent|darurat|berita terkini)$/iu;

/** A sentence written in capitals ("BENDUNGAN SERMO JEBOL") in sentence case; mixed case kept. */
function calm(sentence: string): string {
  const letters = sentence.replace(/[^\p{L}]/gu, '');
  const upper = sentence.replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 8 || upper.length / letters.length < 0.7) return sentence;
  const lower = sentence.toLocaleLowerCase('id');
  return lower.charAt(0).toLocaleUpperCase('id') + lower.slice(1);
}

/**
 * The claim's substance for the title: its first sentence that says something — past openers that
 * only shout ("PENGUMUMAN!!"), without links, emoji and runs of "!!", capitals calmed — cut at a
 * word near the limit. The statement's title after the verdict label.
 */
export function titleClaim(claim: string): string {
  const sentences = claim
    // Links go, but not the full stop after them.
    .replace(/(?:https?:\/\/|\b[\w-]+\.[a-z]{2,}\/)\S*?(?=[.,!?)]*(?:\s|$))/giu, '')
    .replace(/[^\p{L}\p{N}\p{P}\s]/gu, '')
    .split(/(?<=[.!?])\s+|\n+/u)
    .map((sentence) =>
      sentence
        .replace(/([!?.,])\1+/gu, '$1')
        .replace(/\s+([.,!?;:])/gu, '$1')
        .replace(/\s+/gu, ' ')
        .replace(/^[\s\p{P}]+|[\s!?,;:]+$/gu, '')
        .trim(),
    )
    .filter(Boolean);
  const said = sentences.find(
    (sentence) => !shouting.test(sentence.replace(/[.!?]+$/u, '').trim()) && sentence.split(' ').length >= 3,
  );
  const first = calm(said ?? sentences.join(' '))
    .replace(/[.]$/u, '')
    .trim();
  if (first.length <= titleClaimLength) return first;
  const cut = first.slice(0, titleClaimLength);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60)).trim()}…`;
}

/**
 * A hoax-clarification statement drafted from the record, in the format Indonesian government
 * offices publish: the verdict label and the claim as the title, the claim as it went round, the
 * explanation ("Penjelasan"), the official sources with links and times, the conclusion and the
 * appeal. The desk edits it like any draft; it then goes through the office's approval chain.
 */
export function clarificationContent(facts: ClarificationFacts, language: Language): StatementContent {
  const words = hoaxWords[language];
  const label = words.labels[facts.verdict];
  const where = facts.platforms.length
    ? listed(
        facts.platforms.map((platform) => words.platforms[platform]),
        words.and,
      )
    : words.socialMedia;
  const since = formatInstant(facts.firstSeenAt, facts.office.timeZone, language);
  const explanation = facts.explanation
    .split(/\n\s*\n/u)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => p(paragraph));
  // Adjacent plain runs are joined into one text node, as the editor keeps them: a draft opened
  // unchanged must not look edited (submitting waits for unsaved edits).
  const sources: RichNode[] = facts.officialSources.map((source) => {
    const time = source.sourceAt ? ` (${formatInstant(source.sourceAt, facts.office.timeZone, language)})` : '';
    const parts: RichNode[] = source.url
      ? [
          text(`${source.title} — `),
          { type: 'text', text: source.url, marks: [{ type: 'link', attrs: { href: source.url } }] },
          ...(time ? [text(time)] : []),
        ]
      : [text(`${source.title}${time}`)];
    return { type: 'listItem', content: [{ type: 'paragraph', content: parts }] };
  });
  const body = doc(
    h(words.claimHeading),
    p(words.claimLine(where, since)),
    { type: 'blockquote', content: [p(text(facts.claim))] },
    h(words.explanationHeading),
    ...explanation,
    ...(sources.length ? [h(words.sourcesHeading), { type: 'bulletList', content: sources } satisfies RichNode] : []),
    h(words.conclusionHeading),
    p(text(words.conclusion(facts.verdict, label), true)),
    p(words.appeal(facts.office.name, facts.office.website)),
  );
  return {
    kind: 'hoax_clarification',
    language,
    title: `[${label}] ${titleClaim(facts.claim)}`,
    summary: words.summary(facts.office.name, where),
    body: normalizeRichText(body),
    datelinePlace: '',
    spokespersonId: null,
    mediaContactId: null,
    tags: [...new Set([words.tag, ...(facts.topic ? [facts.topic.toLowerCase().slice(0, 40)] : [])])],
    embargoUntil: null,
    nextUpdateAt: null,
    attachments: [],
  };
}
