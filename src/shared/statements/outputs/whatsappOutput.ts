import type { RichNode } from '../richText';
import { statementDocument, type OutputInput } from './statementDocument';

/** WhatsApp's own markup: *bold*, _italic_; it has no underline, so underline is dropped. */
function inline(nodes: readonly RichNode[] | undefined): string {
  return (nodes ?? [])
    .map((node) => {
      if (node.type === 'hardBreak') return '\n';
      let text = node.text ?? inline(node.content);
      const marks = new Set((node.marks ?? []).map((mark) => mark.type));
      const link = node.marks?.find((mark) => mark.type === 'link')?.attrs?.href;
      // Markers must hug the words: "*banjir *" is not bold in WhatsApp, so spaces go outside.
      const wrap = (marker: string) => {
        const match = /^(\s*)(.*?)(\s*)$/su.exec(text);
        text = match && match[2] ? `${match[1]}${marker}${match[2]}${marker}${match[3]}` : text;
      };
      if (marks.has('italic')) wrap('_');
      if (marks.has('bold')) wrap('*');
      if (link && link !== text.trim()) text = `${text} (${link})`;
      return text;
    })
    .join('');
}

function blocks(nodes: readonly RichNode[] | undefined, indent = ''): string[] {
  return (nodes ?? []).flatMap((node) => {
    switch (node.type) {
      case 'paragraph':
        return [indent + inline(node.content)];
      case 'heading':
        return [`${indent}*${inline(node.content).trim()}*`];
      case 'bulletList':
      case 'orderedList':
        return [
          (node.content ?? [])
            .map((item, index) => {
              const marker = node.type === 'bulletList' ? '- ' : `${(node.attrs?.start ?? 1) + index}. `;
              const [first = '', ...rest] = blocks(item.content, indent + '   ');
              return [indent + marker + first.trimStart(), ...rest].join('\n');
            })
            .join('\n'),
        ];
      case 'blockquote':
        return blocks(node.content).map((line) => `> ${line}`);
      case 'table':
        return [
          (node.content ?? [])
            .map((row) => (row.content ?? []).map((cell) => blocks(cell.content).join(' ')).join(' | '))
            .join('\n'),
        ];
      default:
        return blocks(node.content, indent);
    }
  });
}

/** A WhatsApp message of the statement (broadcast lists and groups of journalists). */
export function renderWhatsApp(input: OutputInput): string {
  const doc = statementDocument(input);
  const parts = [
    doc.draftLabel ? `*${doc.draftLabel}*` : null,
    `*${doc.kindLabel}*`,
    doc.letterhead.agency,
    doc.numberLine,
    doc.embargoLine ? `_${doc.embargoLine}_` : null,
    doc.correctsLine,
    '',
    `*${doc.title}*`,
    doc.summary ? `_${doc.summary}_` : null,
    '',
    `${doc.dateline} — ${blocks(input.content.body.content).join('\n\n')}`,
    doc.nextUpdateLine ? `\n${doc.nextUpdateLine}` : null,
    ...doc.contactBlocks.map((block) => `\n*${block.heading}*\n${block.lines.join('\n')}`),
  ];
  return parts
    .filter((part): part is string => part !== null)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
