import { docToPlainText } from '../plainText';
import type { RichDoc, RichNode } from '../richText';

/** Placeholders a template may use, filled when a statement is created from it. */
export const templatePlaceholders = [
  'office',
  'unit',
  'date',
  'website',
  'phone',
  'email',
  'spokesperson',
  'crisis',
  'next_update',
] as const;
export type TemplatePlaceholder = (typeof templatePlaceholders)[number];

export type PlaceholderValues = Partial<Record<TemplatePlaceholder, string>>;

const pattern = new RegExp(`\\{(${templatePlaceholders.join('|')})\\}`, 'g');

/** Replaces the placeholders that have a value; the others stay visible for the drafter to fill. */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(pattern, (whole, name: TemplatePlaceholder) => values[name] || whole);
}

function fillNodes(nodes: readonly RichNode[] | undefined, values: PlaceholderValues): RichNode[] | undefined {
  return nodes?.map((node) => ({
    ...node,
    ...(node.text !== undefined ? { text: fillPlaceholders(node.text, values) } : {}),
    ...(node.content ? { content: fillNodes(node.content, values) } : {}),
  }));
}

export function fillDocPlaceholders(doc: RichDoc, values: PlaceholderValues): RichDoc {
  return { type: 'doc', content: fillNodes(doc.content, values) ?? [] };
}

/** Placeholders still present in a text (a statement cannot be submitted with any left). */
export function unfilledPlaceholders(text: string): TemplatePlaceholder[] {
  return [...new Set([...text.matchAll(pattern)].map((match) => match[1] as TemplatePlaceholder))];
}

/** The words of a statement or a template that placeholders and prompts are looked for in. */
export function promptableText(parts: { title: string; summary: string; body: RichDoc }): string {
  return [parts.title, parts.summary, docToPlainText(parts.body)].join('\n');
}

/** A bracketed writing prompt as templates use them: "[Peristiwa]", "[Judul singkat …]". */
const promptPattern = /\[[^[\]\n]{1,200}\]/g;

/**
 * The bracketed prompts in a text, in order of first appearance. A span in capitals only is a
 * label meant to stay ("[HOAKS]", "[DISINFORMASI]"), not a prompt: prompts are written in words.
 */
export function bracketedPrompts(text: string): string[] {
  return [...new Set(text.match(promptPattern) ?? [])].filter((span) => /\p{Ll}/u.test(span));
}

/**
 * The template prompts still in a statement's text. Only prompts some template offers count, so an
 * editorial insertion in a quotation ("kami [BPBD] sudah …") is not mistaken for one.
 */
export function unfilledPrompts(text: string, templatePrompts: ReadonlySet<string>): string[] {
  return bracketedPrompts(text).filter((prompt) => templatePrompts.has(prompt));
}
