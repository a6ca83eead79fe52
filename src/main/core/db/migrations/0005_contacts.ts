import type { Kysely } from 'kysely';

// Frozen: once landed, never edit this file; add a new migration instead.
// Journalists' personal data (UU 27/2022): every child row of a contact cascades with it, so
// erasing a person is one DELETE, and `secure_delete` (a pragma on every open) scrubs the bytes.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('outlet')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('media_group', 'text', (col) => col.notNull())
    .addColumn('region_code', 'text')
    .addColumn('website', 'text', (col) => col.notNull())
    .addColumn('phone', 'text', (col) => col.notNull())
    .addColumn('email', 'text', (col) => col.notNull())
    .addColumn('notes', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('archived_at', 'text')
    .execute();
  await db.schema.createIndex('outlet_name').on('outlet').column('name').execute();

  await db.schema
    .createTable('contact')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('full_name', 'text', (col) => col.notNull())
    .addColumn('language', 'text', (col) => col.notNull())
    .addColumn('accreditation_number', 'text', (col) => col.notNull())
    .addColumn('accreditation_expiry', 'text')
    .addColumn('preferred_channel', 'text', (col) => col.notNull())
    .addColumn('notes', 'text', (col) => col.notNull())
    .addColumn('active', 'integer', (col) => col.notNull())
    .addColumn('do_not_contact', 'integer', (col) => col.notNull())
    .addColumn('last_contacted_at', 'text')
    .addColumn('lawful_basis', 'text', (col) => col.notNull())
    .addColumn('data_source', 'text', (col) => col.notNull())
    .addColumn('collected_on', 'text', (col) => col.notNull())
    .addColumn('consent_record', 'text', (col) => col.notNull())
    .addColumn('retain_until', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('contact_name').on('contact').column('full_name').execute();
  await db.schema.createIndex('contact_updated').on('contact').column('updated_at').execute();
  await db.schema.createIndex('contact_retain').on('contact').column('retain_until').execute();

  const contactRef = 'contact.id';
  await db.schema
    .createTable('contact_outlet')
    .addColumn('contact_id', 'text', (col) => col.notNull().references(contactRef).onDelete('cascade'))
    .addColumn('outlet_id', 'text', (col) => col.notNull().references('outlet.id'))
    .addColumn('position', 'text', (col) => col.notNull())
    .addColumn('is_primary', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('contact_outlet_pk', ['contact_id', 'outlet_id'])
    .execute();
  await db.schema
    .createIndex('contact_outlet_outlet')
    .on('contact_outlet')
    .columns(['outlet_id', 'contact_id'])
    .execute();

  await db.schema
    .createTable('contact_email')
    .addColumn('contact_id', 'text', (col) => col.notNull().references(contactRef).onDelete('cascade'))
    .addColumn('address', 'text', (col) => col.notNull())
    .addColumn('is_primary', 'integer', (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('contact_email_pk', ['contact_id', 'address'])
    .execute();
  await db.schema.createIndex('contact_email_address').on('contact_email').column('address').execute();

  await db.schema
    .createTable('contact_phone')
    .addColumn('contact_id', 'text', (col) => col.notNull().references(contactRef).onDelete('cascade'))
    .addColumn('e164', 'text', (col) => col.notNull())
    .addColumn('whatsapp', 'integer', (col) => col.notNull())
    .addColumn('label', 'text', (col) => col.notNull())
    .addColumn('is_primary', 'integer', (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('contact_phone_pk', ['contact_id', 'e164'])
    .execute();
  await db.schema.createIndex('contact_phone_e164').on('contact_phone').column('e164').execute();

  await db.schema
    .createTable('contact_social')
    .addColumn('contact_id', 'text', (col) => col.notNull().references(contactRef).onDelete('cascade'))
    .addColumn('platform', 'text', (col) => col.notNull())
    .addColumn('handle', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('contact_social_pk', ['contact_id', 'platform', 'handle'])
    .execute();

  // Beats, regions and tags as rows, not JSON: segments filter on them across 100,000 contacts.
  for (const [table, column] of [
    ['contact_beat', 'beat'],
    ['contact_region', 'region_code'],
    ['contact_tag', 'tag'],
  ] as const) {
    await db.schema
      .createTable(table)
      .addColumn('contact_id', 'text', (col) => col.notNull().references(contactRef).onDelete('cascade'))
      .addColumn(column, 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint(`${table}_pk`, ['contact_id', column])
      .execute();
    await db.schema.createIndex(`${table}_value`).on(table).columns([column, 'contact_id']).execute();
  }

  await db.schema
    .createTable('contact_list')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull().unique())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('description', 'text', (col) => col.notNull())
    .addColumn('filter_json', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('archived_at', 'text')
    .execute();
  await db.schema
    .createTable('contact_list_member')
    .addColumn('list_id', 'text', (col) => col.notNull().references('contact_list.id'))
    .addColumn('contact_id', 'text', (col) => col.notNull().references(contactRef).onDelete('cascade'))
    .addColumn('added_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('contact_list_member_pk', ['list_id', 'contact_id'])
    .execute();
  await db.schema.createIndex('contact_list_member_contact').on('contact_list_member').column('contact_id').execute();

  // The import's remembered column mappings: header (normalised) -> field, or null for "ignore".
  await db.schema
    .createTable('import_mapping')
    .addColumn('header_key', 'text', (col) => col.primaryKey())
    .addColumn('field', 'text')
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
}
