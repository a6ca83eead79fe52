import type { Kysely } from 'kysely';
import type { Outlet } from '../../../shared/ipc/contacts';
import type { Database } from '../db/schema';
import type { OutletTable } from '../db/schema/outlet';
import { notFound } from '../kernel/errors';

function toOutlet(row: OutletTable, contactCount: number): Outlet {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    mediaGroup: row.media_group,
    regionCode: row.region_code,
    website: row.website,
    phone: row.phone,
    email: row.email,
    notes: row.notes,
    contactCount,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archived: row.archived_at !== null,
  };
}

/** Every outlet with how many contacts work there, by name. */
export async function listOutlets(db: Kysely<Database>): Promise<Outlet[]> {
  const rows = await db
    .selectFrom('outlet')
    .selectAll('outlet')
    .select((eb) =>
      eb
        .selectFrom('contact_outlet')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('contact_outlet.outlet_id', '=', 'outlet.id')
        .as('contact_count'),
    )
    .orderBy('name')
    .execute();
  return rows.map((row) => toOutlet(row, Number(row.contact_count ?? 0)));
}

export async function readOutlet(db: Kysely<Database>, id: string): Promise<Outlet> {
  const row = await db.selectFrom('outlet').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('outlet', id);
  const { n } = await db
    .selectFrom('contact_outlet')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('outlet_id', '=', id)
    .executeTakeFirstOrThrow();
  return toOutlet(row, Number(n));
}
