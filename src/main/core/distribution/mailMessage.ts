import type { SendMailOptions } from 'nodemailer';
import type { AttachmentChoice } from '../../../shared/distribution/vocabulary';
import { escapeHtml, renderHtml } from '../../../shared/statements/outputs/htmlOutput';
import { outputLabels } from '../../../shared/statements/outputs/outputLabels';
import type { OutputInput } from '../../../shared/statements/outputs/statementDocument';
import { renderText } from '../../../shared/statements/outputs/textOutput';
import { exportFileName } from '../statements/exportService';
import { renderDocx } from '../statements/outputs/docxOutput';
import { renderPdf } from '../statements/outputs/pdfOutput';
import { sanitizeHtmlDocument } from '../statements/outputs/sanitizeHtml';
import type { MailSettingsRow } from './mailSettings';

/** What every recipient of one job receives: rendered once per job, not once per message. */
export interface MailContent {
  subject: string;
  html: string;
  text: string;
  /** Our own headers (X-Siaga-Revision: the hash of the revision every recipient gets). */
  headers: Record<string, string>;
  attachments: NonNullable<SendMailOptions['attachments']>;
  /** An iTIP invitation (METHOD and the calendar text), made per recipient by the sender. */
  icalEvent?: { method: string; filename: string; content: string };
  /** The subject of an opt-out reply, in the statement's language (List-Unsubscribe). */
  optOutSubject?: string;
}

const logoCid = 'office-logo';

/**
 * Header text on one line. nodemailer encodes headers, but a title or a name typed with a line
 * break must never become a second header ("...\r\nBcc: someone"): line breaks of every kind are
 * folded into spaces before anything reaches a header.
 */
export function oneLine(value: string): string {
  return (
    value
      .replace(/[\r\n\u0085\u2028\u2029]+/g, ' ')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u001f\u007f]/g, '')
      .replace(/\s{2,}/g, ' ')
      .trim()
  );
}

export function mailSubject(input: OutputInput): string {
  return oneLine(input.number ? `[${input.number}] ${input.content.title}` : input.content.title);
}

/** The e-mail form of an approved revision: the statement outputs (sanitized HTML, plain text). */
export async function mailContent(
  input: OutputInput,
  revisionHash: string,
  attachment: AttachmentChoice,
): Promise<MailContent> {
  const logo = input.office.logo;
  // Every release says how to stop receiving them (and List-Unsubscribe lets mail clients offer it).
  const labels = outputLabels[input.content.language];
  const html = await sanitizeHtmlDocument(
    renderHtml(input, logo ? `cid:${logoCid}` : null).replace(
      '</body>',
      `<footer><p style="font-size:.8rem;color:#555">${escapeHtml(labels.optOutLine)}</p></footer>\n</body>`,
    ),
  );
  const attachments: MailContent['attachments'] = [];
  if (logo) {
    attachments.push({
      filename: logo.mimeType === 'image/png' ? 'logo.png' : logo.mimeType === 'image/jpeg' ? 'logo.jpg' : 'logo.svg',
      content: Buffer.from(logo.data),
      contentType: logo.mimeType,
      cid: logoCid,
    });
  }
  if (attachment !== 'none') {
    attachments.push({
      filename: exportFileName(input, attachment),
      content: attachment === 'pdf' ? await renderPdf(input) : await renderDocx(input),
      contentType:
        attachment === 'pdf'
          ? 'application/pdf'
          : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
  }
  return {
    subject: mailSubject(input),
    html,
    text: `${renderText(input)}\n-- \n${labels.optOutLine}\n`,
    headers: { 'X-Siaga-Revision': revisionHash },
    attachments,
    optOutSubject: labels.optOutSubject,
  };
}

/** The domain part of the sender: the right-hand side of every Message-ID we make. */
export function messageIdDomain(fromAddress: string): string {
  const domain = fromAddress.split('@')[1]?.toLowerCase() ?? '';
  return /^[a-z0-9.-]+$/.test(domain) ? domain : 'siaga.invalid';
}

/** Stable per (job, recipient): a message sent again after a crash carries the same id, so the
 * receiving side can tell it is the same message. */
export function messageIdFor(distributionId: string, outboxId: string, fromAddress: string): string {
  return `<${outboxId}.${distributionId}@${messageIdDomain(fromAddress)}>`;
}

/** One message to one person: nobody sees who else received it. */
export function composeMessage(
  settings: MailSettingsRow,
  content: MailContent,
  recipient: { name: string | null; address: string },
  messageId: string,
): SendMailOptions {
  return {
    from: { name: oneLine(settings.from_name), address: settings.from_address },
    to: { name: oneLine(recipient.name ?? ''), address: recipient.address },
    replyTo: settings.reply_to || undefined,
    subject: content.subject,
    messageId,
    html: content.html,
    text: content.text,
    attachments: content.attachments,
    headers: content.headers,
    icalEvent: content.icalEvent,
    // RFC 2369: a reply to the office asking to be taken off; the desk records it on the contact.
    ...(content.optOutSubject
      ? {
          list: {
            unsubscribe: {
              url: `mailto:${settings.reply_to || settings.from_address}?subject=${encodeURIComponent(content.optOutSubject)}`,
            },
          },
        }
      : {}),
    // The envelope is exactly the one recipient, whatever the headers say.
    envelope: { from: settings.from_address, to: [recipient.address] },
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}
