import { simpleParser } from 'mailparser';
import MailComposer from 'nodemailer/lib/mail-composer';
import { describe, expect, it } from 'vitest';
import { composeMessage, oneLine, type MailContent } from './mailMessage';
import type { MailSettingsRow } from './mailSettings';

describe('mail headers', () => {
  it('keeps a stored title, sender or name with line breaks on one header line (no injected Bcc)', async () => {
    // The core refuses such text at its boundary; a record from an old or tampered file may hold it.
    const settings = { from_name: 'Humas\r\nBcc: a@jahat.test', from_address: 'humas@slemankab.go.id', reply_to: '' };
    const content: MailContent = {
      subject: oneLine('Banjir\r\nBcc: penyusup@jahat.test\u001b[31m'),
      html: '<p>Isi</p>',
      text: 'Isi',
      headers: {},
      attachments: [],
    };
    const message = composeMessage(
      settings as MailSettingsRow,
      content,
      { name: 'Ani\nBcc: b@jahat.test', address: 'ani@media.test' },
      '<1.2@slemankab.go.id>',
    );
    const raw = await new MailComposer(message).compile().build();
    const headers = raw.toString('latin1').split(/\r\n\r\n/)[0]!;
    expect(headers).not.toMatch(/^bcc:/im);
    expect(headers).toMatch(/^Subject: Banjir Bcc: penyusup@jahat\.test\[31m\r?$/m);
    const parsed = await simpleParser(raw);
    expect(parsed.bcc).toBeUndefined();
    expect(parsed.subject).not.toMatch(/[\r\n]/);
    expect(parsed.subject).not.toContain(String.fromCharCode(27));
  });
});
