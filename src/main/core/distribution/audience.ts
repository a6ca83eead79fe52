import type { Kysely } from 'kysely';
import { contactFilterSchema } from '../../../shared/ipc/contacts';
import type { Audience } from '../../../shared/ipc/distribution';
import type { Database } from '../db/schema';
import { selectContacts } from '../contacts/contactQueries';

export interface ResolvedRecipient {
  contactId: string;
  name: string;
  address: string;
}

export interface ResolvedAudience {
  recipients: ResolvedRecipient[];
  /** Everyone chosen who can be reached at all (active, not do-not-contact), email or not. */
  reachableIds: string[];
  skipped: { doNotContact: number; noEmail: number; duplicates: number };
}

const chunk = 500;

/**
 * The people a distribution reaches, resolved now: list members and segment matches at this
 * moment (a segment is a saved search, so tomorrow it may select others), plus people picked by
 * hand. Inactive and do-not-contact people are left out; each address once, the first person
 * who holds it (two colleagues sharing a desk address get one message).
 */
export async function resolveAudience(
  db: Kysely<Database>,
  audience: Required<Audience>,
  today: string,
): Promise<ResolvedAudience> {
  const chosen = new Set<string>(audience.contactIds);
  for (const listId of audience.listIds) {
    const filter = contactFilterSchema.parse({ listId, includeInactive: true });
    const { filtered } = await selectContacts(db, filter, today);
    for (const row of await filtered.select('contact.id').execute()) chosen.add(row.id);
  }

  const ids = [...chosen];
  const rows: { id: string; full_name: string; active: number; do_not_contact: number; address: string | null }[] = [];
  for (let start = 0; start < ids.length; start += chunk) {
    const part = ids.slice(start, start + chunk);
    const found = await db
      .selectFrom('contact')
      .select(['contact.id', 'contact.full_name', 'contact.active', 'contact.do_not_contact'])
      .select((eb) =>
        eb
          .selectFrom('contact_email')
          .select('contact_email.address')
          .whereRef('contact_email.contact_id', '=', 'contact.id')
          .orderBy('contact_email.is_primary', 'desc')
          .orderBy('contact_email.position')
          .limit(1)
          .as('address'),
      )
      .where('contact.id', 'in', part)
      .execute();
    rows.push(...found);
  }
  rows.sort((a, b) => a.full_name.localeCompare(b.full_name, 'id') || a.id.localeCompare(b.id));

  const skipped = { doNotContact: 0, noEmail: 0, duplicates: 0 };
  const recipients: ResolvedRecipient[] = [];
  const reachableIds: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    if (!row.active || row.do_not_contact) {
      skipped.doNotContact++;
      continue;
    }
    reachableIds.push(row.id);
    if (!row.address) {
      skipped.noEmail++;
      continue;
    }
    if (seen.has(row.address)) {
      skipped.duplicates++;
      continue;
    }
    seen.add(row.address);
    recipients.push({ contactId: row.id, name: row.full_name, address: row.address });
  }
  return { recipients, reachableIds, skipped };
}
