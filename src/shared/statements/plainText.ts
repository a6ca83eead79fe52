import type { RichDoc, RichNode } from './richText';

/** The text of inline content: text nodes joined, hard breaks as new lines. */
export function inlineText(nodes: readonly RichNode[] | undefined): string {
  return (nodes ?? [])
    .map((node) => (node.type === 'hardBreak' ? '\n' : (node.text ?? inlineText(node.content))))
    .join('');
}

function blockLines(node: RichNode, prefix: string): string[] {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return [prefix + inlineText(node.content)];
    case 'bulletList':
    case 'orderedList': {
      const start = node.attrs?.start ?? 1;
      return (node.content ?? []).flatMap((item, index) => {
        const marker = node.type === 'bulletList' ? '• ' : `${start + index}. `;
        const lines = (item.content ?? []).flatMap((child) => blockLines(child, ''));
        return lines.map((line, lineIndex) => (lineIndex === 0 ? prefix + marker + line : prefix + '   ' + line));
      });
    }
    case 'blockquote':
      return (node.content ?? []).flatMap((child) => blockLines(child, prefix + '> '));
    case 'table':
      return (node.content ?? []).map(
        (row) =>
          prefix +
          (row.content ?? [])
            .map((cell) => (cell.content ?? []).flatMap((child) => blockLines(child, '')).join(' '))
            .join(' | '),
      );
    default:
      return (node.content ?? []).flatMap((child) => blockLines(child, prefix));
  }
}

/** Plain text of a body: one paragraph per block, a blank line between blocks. */
export function docToPlainText(doc: RichDoc): string {
  return doc.content
    .map((block) => blockLines(block, '').join('\n'))
    .join('\n\n')
    .trim();
}

/** Words as a reader counts them (anything between white space). */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/u).length : 0;
}
