import type { Contact } from '../../../../shared/ipc/contacts';
import { contactWords } from '../contactWords';

/** RFC 6350 §3.4 text escaping: backslash, comma, semicolon and new lines. */
const escape = (value: string) =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n');

/** RFC 6350 §3.2: lines longer than 75 octets folded with CRLF + space, never inside a UTF-8 sequence. */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    if (octets + size > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/**
 * Contacts as vCard 4.0 (RFC 6350): name, outlet and position, e-mails and numbers (WhatsApp
 * numbers typed so phones show them), notes, categories from tags, social profiles, language.
 * Beats and regions have no vCard property; they travel as X- properties a phone ignores.
 */
export function toVcards(contacts: readonly Contact[]): string {
  const cards = contacts.map((contact) => {
    const lines = ['BEGIN:VCARD', 'VERSION:4.0', `FN:${escape(contact.fullName)}`, `N:${escape(contact.fullName)};;;;`];
    const primaryOutlet = contact.affiliations[0];
    if (primaryOutlet) {
      lines.push(
        `ORG:${escape(primaryOutlet.outletName)}`,
        `TITLE:${escape(contactWords.id.positions[primaryOutlet.position])}`,
      );
    }
    contact.emails.forEach((email, index) =>
      lines.push(`EMAIL${index === 0 ? ';PREF=1' : ''}:${escape(email.address)}`),
    );
    for (const phone of contact.phones) {
      lines.push(`TEL;VALUE=uri;TYPE=${phone.whatsapp ? '"cell,x-whatsapp"' : 'cell'}:tel:${phone.e164}`);
    }
    for (const social of contact.socials)
      lines.push(`X-SOCIALPROFILE;TYPE=${social.platform}:${escape(social.handle)}`);
    if (contact.tags.length) lines.push(`CATEGORIES:${contact.tags.map(escape).join(',')}`);
    if (contact.notes) lines.push(`NOTE:${escape(contact.notes)}`);
    lines.push(`LANG:${contact.language}`);
    if (contact.beats.length) lines.push(`X-SIAGA-BEATS:${contact.beats.join(',')}`);
    if (contact.regions.length) lines.push(`X-SIAGA-REGIONS:${contact.regions.join(',')}`);
    lines.push(`UID:urn:uuid:${contact.id}`, 'END:VCARD');
    return lines.map(fold).join('\r\n');
  });
  return cards.length ? `${cards.join('\r\n')}\r\n` : '';
}
