import type { RichDoc, RichNode } from '../richText';

/** What a crisis knows that a template's writing prompts ask for. */
export interface CrisisFill {
  /** The crisis's name as written ("Banjir lahar hujan Kecamatan Cangkringan"). */
  event: string;
  /** Where, in full ("Kabupaten Sleman"); empty when the crisis names no region. */
  place: string;
  /** The latest official figures, one line each, in the statement's language. */
  figures: string[];
  /** "Wilayah terdampak: …" line; empty when the crisis names no region. */
  areas: string;
}

/**
 * The built-in templates' prompts a crisis can answer, by meaning. An office's own template that
 * keeps these prompts is filled the same way; any other prompt stays for the drafter (and blocks
 * submission until it is written over).
 */
const prompts = {
  event: ['[Peristiwa]', '[Event]'],
  eventInline: ['[peristiwa]', '[the event]'],
  place: ['[Lokasi]', '[lokasi]', '[Place]', '[place]'],
  /** " di [Lokasi]" is dropped when the event's name already says where. */
  placeJoins: [' di [Lokasi]', ' di [lokasi]', ' in [Place]', ' in [place]'],
  figures: [
    '[Fakta terverifikasi 2: jumlah terdampak menurut data resmi.]',
    '[Verified fact 2: people affected, per official data.]',
    '[Angka resmi terbaru, dibandingkan update sebelumnya.]',
    '[Latest official figures, compared with the previous update.]',
  ],
  areas: ['[Wilayah terdampak.]', '[Areas affected.]'],
};

const lowerFirst = (text: string) => (/^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text);

/** A place name without its administrative prefix: "Kabupaten Sleman" → "Sleman". */
export const shortPlace = (place: string) =>
  place
    .replace(/^(Kabupaten|Kota|Provinsi|Kab\.)\s+/u, '')
    .split(',')[0]!
    .trim();

export function fillCrisisText(text: string, fill: CrisisFill): string {
  let result = text;
  const placeSaid =
    !fill.place || result.includes(shortPlace(fill.place)) || fill.event.includes(shortPlace(fill.place));
  if (placeSaid) for (const join of prompts.placeJoins) result = result.split(join).join('');
  if (fill.place) for (const prompt of prompts.place) result = result.split(prompt).join(fill.place);
  for (const prompt of prompts.event) result = result.split(prompt).join(fill.event);
  for (const prompt of prompts.eventInline) result = result.split(prompt).join(lowerFirst(fill.event));
  if (fill.areas) for (const prompt of prompts.areas) result = result.split(prompt).join(fill.areas);
  return result;
}

const plain = (node: RichNode): string =>
  node.text ?? (node.content ?? []).map(plain).join(node.type === 'paragraph' ? '' : '\n');

const listItem = (text: string): RichNode => ({
  type: 'listItem',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

function fillNodes(nodes: readonly RichNode[], fill: CrisisFill): RichNode[] {
  return nodes.flatMap((node): RichNode[] => {
    // A list item asking for the official figures becomes one item per figure.
    if (node.type === 'listItem' && fill.figures.length > 0 && prompts.figures.includes(plain(node).trim())) {
      return fill.figures.map(listItem);
    }
    return [
      {
        ...node,
        ...(node.text !== undefined ? { text: fillCrisisText(node.text, fill) } : {}),
        ...(node.content ? { content: fillNodes(node.content, fill) } : {}),
      },
    ];
  });
}

/** Fills a body's crisis prompts (see `prompts`); the rest of the document is left as it is. */
export function fillCrisisDoc(doc: RichDoc, fill: CrisisFill): RichDoc {
  return { type: 'doc', content: fillNodes(doc.content ?? [], fill) };
}
