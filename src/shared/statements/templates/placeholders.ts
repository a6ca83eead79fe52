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
