import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** Longer links are refused by some phones; past this the link opens the chat and the desk pastes. */
const maxLinkLength = 2000;

/**
 * wa.me links for the people chosen who have a WhatsApp number: one tap opens the chat with the
 * text filled in (WhatsApp has no sending API for an office's own phone; the desk sends by hand).
 */
export async function whatsappLinks(db: Kysely<Database>, contactIds: readonly string[], text: string) {
  const links: { contactId: string; name: string; number: string; link: string }[] = [];
  for (let start = 0; start < contactIds.length; start += 500) {
    const rows = await db
      .selectFrom('contact_phone')
      .innerJoin('contact', 'contact.id', 'contact_phone.contact_id')
      .select(['contact.id', 'contact.full_name', 'contact_phone.e164'])
      .where('contact_phone.whatsapp', '=', 1)
      .where('contact.id', 'in', contactIds.slice(start, start + 500))
      .orderBy('contact.full_name')
      .orderBy('contact_phone.is_primary', 'desc')
      .orderBy('contact_phone.position')
      .execute();
    const seen = new Set<string>();
    for (const row of rows) {
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      const digits = row.e164.replace(/\D/g, '');
      const withText = `https://wa.me/${digits}?text=${encodeURIComponent(text)}`;
      links.push({
        contactId: row.id,
        name: row.full_name,
        number: row.e164,
        link: withText.length <= maxLinkLength ? withText : `https://wa.me/${digits}`,
      });
    }
  }
  return links;
}
