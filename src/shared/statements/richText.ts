import { z } from 'zod';

/**
 * Statement bodies are stored as TipTap/ProseMirror JSON restricted to the nodes and marks below.
 * Everything that leaves Siaga (HTML, text, WhatsApp, X, DOCX, PDF) is rendered from this shape,
 * so anything outside it is removed by `normalizeRichText` before it is stored.
 */
export const blockNodeTypes = [
  'paragraph',
  'heading',
  'bulletList',
  'orderedList',
  'listItem',
  'blockquote',
  'table',
  'tableRow',
  'tableHeader',
  'tableCell',
] as const;
export const inlineNodeTypes = ['text', 'hardBreak'] as const;
export const markTypes = ['bold', 'italic', 'underline', 'link'] as const;

export type MarkType = (typeof markTypes)[number];
export type NodeType = 'doc' | (typeof blockNodeTypes)[number] | (typeof inlineNodeTypes)[number];

export interface RichMark {
  type: MarkType;
  attrs?: { href: string };
}

export interface RichNode {
  type: NodeType;
  attrs?: { level?: number; start?: number; colspan?: number; rowspan?: number };
  content?: RichNode[];
  text?: string;
  marks?: RichMark[];
}

export interface RichDoc {
  type: 'doc';
  content: RichNode[];
}

/** Links may point to the web or to a mail address; nothing else (no javascript:, data:, file:). */
export function isSafeHref(href: string): boolean {
  const value = href.trim();
  // Checked on the raw text (shared code has no URL parser): the scheme must come first, and any
  // control character or space (browsers drop some, e.g. "java\tscript:") makes a link unsafe.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f]/.test(value) || value.length > 2000) return false;
  return /^(https?:\/\/[^/?#]+|mailto:[^@]+@)/i.test(value);
}

const knownNodes = new Set<string>(['doc', ...blockNodeTypes, ...inlineNodeTypes]);
const knownMarks = new Set<string>(markTypes);
const maxDepth = 12;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function cleanMarks(marks: unknown): RichMark[] | undefined {
  if (!Array.isArray(marks)) return undefined;
  const kept: RichMark[] = [];
  for (const mark of marks) {
    if (!isRecord(mark) || typeof mark.type !== 'string' || !knownMarks.has(mark.type)) continue;
    if (kept.some((other) => other.type === mark.type)) continue;
    if (mark.type === 'link') {
      const href = isRecord(mark.attrs) ? mark.attrs.href : undefined;
      // An unsafe link keeps its text and loses the link.
      if (typeof href === 'string' && isSafeHref(href)) kept.push({ type: 'link', attrs: { href: href.trim() } });
      continue;
    }
    kept.push({ type: mark.type as MarkType });
  }
  return kept.length > 0 ? kept : undefined;
}

function cleanAttrs(type: string, attrs: unknown): RichNode['attrs'] | undefined {
  if (!isRecord(attrs)) return type === 'heading' ? { level: 2 } : undefined;
  const int = (value: unknown, min: number, max: number) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : undefined;
  if (type === 'heading') return { level: int(attrs.level, 1, 3) ?? 2 };
  if (type === 'orderedList') {
    const start = int(attrs.start, 1, 10_000);
    return start && start !== 1 ? { start } : undefined;
  }
  if (type === 'tableCell' || type === 'tableHeader') {
    const colspan = int(attrs.colspan, 2, 50);
    const rowspan = int(attrs.rowspan, 2, 500);
    if (!colspan && !rowspan) return undefined;
    return { ...(colspan ? { colspan } : {}), ...(rowspan ? { rowspan } : {}) };
  }
  return undefined;
}

type Container = 'doc' | 'inline' | 'list' | 'table' | 'tableRow' | 'block';

/** What each allowed node may hold, a simplified form of TipTap's content expressions. */
const holds: Record<Exclude<NodeType, 'text' | 'hardBreak'>, Container> = {
  doc: 'block',
  paragraph: 'inline',
  heading: 'inline',
  bulletList: 'list',
  orderedList: 'list',
  listItem: 'block',
  blockquote: 'block',
  table: 'table',
  tableRow: 'tableRow',
  tableHeader: 'block',
  tableCell: 'block',
};

const isInline = (node: RichNode) => node.type === 'text' || node.type === 'hardBreak';
const paragraph = (content: RichNode[] = []): RichNode =>
  content.length ? { type: 'paragraph', content } : { type: 'paragraph' };

/** Cleans one raw node into zero or more allowed nodes; unknown wrappers give up their content. */
function cleanNode(node: unknown, depth: number): RichNode[] {
  if (!isRecord(node) || typeof node.type !== 'string') return [];
  if (node.type === 'text') {
    if (typeof node.text !== 'string' || node.text.length === 0) return [];
    const marks = cleanMarks(node.marks);
    return [{ type: 'text', text: node.text, ...(marks ? { marks } : {}) }];
  }
  if (node.type === 'hardBreak') return [{ type: 'hardBreak' }];
  const raw = Array.isArray(node.content) && depth < maxDepth ? node.content : [];
  const children = raw.flatMap((child) => cleanNode(child, depth + 1));
  // Unknown wrappers (a pasted <div>, a code block) are dropped but their content is kept.
  if (!knownNodes.has(node.type) || node.type === 'doc') return children;
  const type = node.type as Exclude<NodeType, 'text' | 'hardBreak' | 'doc'>;
  const container = holds[type];
  let content = fitContent(container, children);
  if (content.length === 0) {
    // Lists, tables and rows without items carry nothing; other blocks need one (empty) paragraph.
    if (container === 'list' || container === 'table' || container === 'tableRow') return [];
    if (container === 'block') content = [paragraph()];
  }
  const attrs = cleanAttrs(type, node.attrs);
  return [{ type, ...(attrs ? { attrs } : {}), ...(content.length ? { content } : {}) }];
}

function inlineOf(nodes: RichNode[]): RichNode[] {
  return nodes.flatMap((node) => (isInline(node) ? [node] : inlineOf(node.content ?? [])));
}

/** Makes cleaned children fit their parent: inline runs get a paragraph, stray rows and items are unwrapped. */
function fitContent(container: Container, children: RichNode[]): RichNode[] {
  if (container === 'inline') return inlineOf(children);
  if (container === 'list') {
    return children.map((child) =>
      child.type === 'listItem' ? child : { type: 'listItem', content: fitContent('block', [child]) },
    );
  }
  if (container === 'table') {
    return children.filter((child) => child.type === 'tableRow');
  }
  if (container === 'tableRow') {
    return children.filter((child) => child.type === 'tableCell' || child.type === 'tableHeader');
  }
  const blocks: RichNode[] = [];
  let run: RichNode[] = [];
  const flush = () => {
    if (run.length) blocks.push(paragraph(run));
    run = [];
  };
  for (const child of children) {
    if (isInline(child)) {
      run.push(child);
    } else if (
      child.type === 'listItem' ||
      child.type === 'tableRow' ||
      child.type === 'tableCell' ||
      child.type === 'tableHeader'
    ) {
      flush();
      blocks.push(...fitContent('block', child.content ?? []));
    } else {
      flush();
      blocks.push(child);
    }
  }
  flush();
  return blocks;
}

/**
 * Returns a document that holds only allowed nodes, marks, attributes and safe links. Idempotent:
 * normalizing a normalized document returns an equal document, which keeps revision hashes stable.
 */
export function normalizeRichText(value: unknown): RichDoc {
  const content = isRecord(value) && Array.isArray(value.content) ? value.content : [];
  const children = content.flatMap((node) => cleanNode(node, 1));
  return { type: 'doc', content: fitContent('block', children) };
}

export const emptyDoc: RichDoc = { type: 'doc', content: [] };

/** The largest stored body (canonical JSON, in characters): about 60 pages of plain prose. */
export const maxBodyJsonLength = 400_000;

/** Accepts any JSON object, normalizes it, then checks the size limit on what will be stored. */
export const richTextSchema = z
  .unknown()
  .transform((value) => normalizeRichText(value))
  .refine((doc) => JSON.stringify(doc).length <= maxBodyJsonLength, { error: 'body_too_long' });

/** Walks a document depth-first, calling `visit` for every node (the document itself excluded). */
export function walkNodes(nodes: readonly RichNode[] | undefined, visit: (node: RichNode) => void): void {
  for (const node of nodes ?? []) {
    visit(node);
    walkNodes(node.content, visit);
  }
}
