import type { RichDoc, RichNode } from '../richText';

/** Small builders so templates read like the documents they produce. */
export const text = (value: string, bold = false): RichNode =>
  bold ? { type: 'text', text: value, marks: [{ type: 'bold' }] } : { type: 'text', text: value };
export const p = (...parts: (string | RichNode)[]): RichNode => ({
  type: 'paragraph',
  content: parts.map((part) => (typeof part === 'string' ? text(part) : part)),
});
export const h = (value: string): RichNode => ({ type: 'heading', attrs: { level: 2 }, content: [text(value)] });
export const ul = (...items: string[]): RichNode => ({
  type: 'bulletList',
  content: items.map((item) => ({ type: 'listItem', content: [p(item)] })),
});
export const ol = (...items: string[]): RichNode => ({
  type: 'orderedList',
  content: items.map((item) => ({ type: 'listItem', content: [p(item)] })),
});
export const doc = (...content: RichNode[]): RichDoc => ({ type: 'doc', content });

export interface BuiltInTemplate {
  /** Stable key: an office's edits to a built-in are kept under it across upgrades. */
  key: string;
  name: string;
  title: string;
  summary: string;
  body: RichDoc;
}
