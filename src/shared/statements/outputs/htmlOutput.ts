import type { RichMark, RichNode } from '../richText';
import { isSafeHref } from '../richText';
import { statementDocument, type OutputInput } from './statementDocument';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => entities[char] ?? char);
}

const markTags: Record<Exclude<RichMark['type'], 'link'>, string> = { bold: 'strong', italic: 'em', underline: 'u' };

function renderText(node: RichNode): string {
  let html = escapeHtml(node.text ?? '');
  for (const mark of node.marks ?? []) {
    if (mark.type === 'link') {
      if (mark.attrs && isSafeHref(mark.attrs.href)) {
        html = `<a href="${escapeHtml(mark.attrs.href)}" rel="noopener noreferrer">${html}</a>`;
      }
    } else {
      const tag = markTags[mark.type];
      html = `<${tag}>${html}</${tag}>`;
    }
  }
  return html;
}

const blockTags: Partial<Record<RichNode['type'], string>> = {
  paragraph: 'p',
  bulletList: 'ul',
  orderedList: 'ol',
  listItem: 'li',
  blockquote: 'blockquote',
  table: 'table',
  tableRow: 'tr',
  tableHeader: 'th',
  tableCell: 'td',
};

/**
 * HTML of a rich-text body, built element by element from the allowed node types: text is always
 * escaped and links are re-checked, so the result is inert whatever the stored JSON holds.
 */
export function renderBodyHtml(nodes: readonly RichNode[] | undefined): string {
  return (nodes ?? [])
    .map((node) => {
      if (node.type === 'text') return renderText(node);
      if (node.type === 'hardBreak') return '<br>';
      const inner = renderBodyHtml(node.content);
      if (node.type === 'heading') {
        const level = Math.min(Math.max(node.attrs?.level ?? 2, 1), 3) + 1; // h1 is the title
        return `<h${level}>${inner}</h${level}>`;
      }
      const tag = blockTags[node.type];
      if (!tag) return inner;
      const attrs: string[] = [];
      if (node.type === 'orderedList' && node.attrs?.start) attrs.push(`start="${Number(node.attrs.start)}"`);
      if (node.attrs?.colspan) attrs.push(`colspan="${Number(node.attrs.colspan)}"`);
      if (node.attrs?.rowspan) attrs.push(`rowspan="${Number(node.attrs.rowspan)}"`);
      const open = attrs.length ? `<${tag} ${attrs.join(' ')}>` : `<${tag}>`;
      return node.type === 'table' ? `${open}<tbody>${inner}</tbody></${tag}>` : `${open}${inner}</${tag}>`;
    })
    .join('');
}

const styles = `body{font-family:Georgia,'Times New Roman',serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.5}
header{display:flex;gap:1rem;align-items:center;border-bottom:3px double #1a1a1a;padding-bottom:.75rem}
header img{max-height:80px;max-width:80px}.agency{font-weight:bold;font-size:1.1rem}.unit{font-weight:bold}
.contact{font-size:.85rem}.kind{text-align:center;font-weight:bold;letter-spacing:.1em;margin-top:1.25rem}
.number{text-align:center}.draft{border:2px solid #b00020;color:#b00020;font-weight:bold;text-align:center;padding:.25rem}
.embargo{font-weight:bold;color:#7a4d00}h1{font-size:1.4rem;text-align:center}.summary{font-style:italic}
table{border-collapse:collapse}td,th{border:1px solid #999;padding:.25rem .5rem}.contacts{display:flex;gap:2rem;margin-top:1.5rem}`;

/** A complete, standalone and inert HTML page of the statement. */
export function renderHtml(input: OutputInput, logoDataUrl: string | null): string {
  const doc = statementDocument(input);
  const e = escapeHtml;
  const para = (className: string, text: string | null) => (text ? `<p class="${className}">${e(text)}</p>` : '');
  const body = renderBodyHtml(input.content.body.content);
  return `<!doctype html>
<html lang="${input.content.language}">
<head><meta charset="utf-8"><title>${e(doc.title)}</title><style>${styles}</style></head>
<body>
${doc.draftLabel ? `<p class="draft">${e(doc.draftLabel)}</p>` : ''}
<header>${logoDataUrl ? `<img src="${e(logoDataUrl)}" alt="">` : ''}<div><div class="agency">${e(doc.letterhead.agency)}</div><div class="unit">${e(doc.letterhead.unit)}</div><div class="contact">${e(doc.letterhead.contactLine)}</div></div></header>
<p class="kind">${e(doc.kindLabel)}</p>
${para('number', doc.numberLine)}${para('embargo', doc.embargoLine)}${para('corrects', doc.correctsLine)}
<h1>${e(doc.title)}</h1>
${para('summary', doc.summary || null)}
<p class="dateline"><strong>${e(doc.dateline)}</strong> —</p>
<article>${body}</article>
${para('next-update', doc.nextUpdateLine)}
<section class="contacts">${doc.contactBlocks
    .map((block) => `<div><strong>${e(block.heading)}</strong><br>${block.lines.map(e).join('<br>')}</div>`)
    .join('')}</section>
${doc.attachmentNames.length ? `<p>${e(doc.labels.attachments)}:</p><ul>${doc.attachmentNames.map((name) => `<li>${e(name)}</li>`).join('')}</ul>` : ''}
</body>
</html>
`;
}
