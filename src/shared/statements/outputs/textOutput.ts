import { docToPlainText } from '../plainText';
import { statementDocument, type OutputInput } from './statementDocument';

/** The statement as plain text, for e-mail bodies and pasting anywhere. */
export function renderText(input: OutputInput): string {
  const doc = statementDocument(input);
  const lines = [
    doc.draftLabel ? `*** ${doc.draftLabel} ***` : null,
    doc.letterhead.agency,
    doc.letterhead.unit,
    doc.letterhead.contactLine,
    '',
    doc.kindLabel,
    doc.numberLine,
    doc.embargoLine,
    doc.correctsLine,
    '',
    doc.title,
    '',
    doc.summary || null,
    doc.summary ? '' : null,
    `${doc.dateline} — ${docToPlainText(input.content.body)}`,
    doc.nextUpdateLine ? '' : null,
    doc.nextUpdateLine,
    ...doc.contactBlocks.flatMap((block) => ['', `${block.heading}:`, ...block.lines]),
    ...(doc.attachmentNames.length
      ? ['', `${doc.labels.attachments}:`, ...doc.attachmentNames.map((n) => `- ${n}`)]
      : []),
  ];
  return (
    lines
      .filter((line): line is string => line !== null)
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}
