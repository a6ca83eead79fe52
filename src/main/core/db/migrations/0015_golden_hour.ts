import { sql, type Kysely } from 'kysely';

// Frozen: once landed, never edit this file; add a new migration instead.
// The crisis fast path (issue 21): the office's city for datelines, a crisis's chosen audience,
// a release armed on a statement and sent by its final approval, approval chains per statement
// kind with steps any of several roles may decide, stand-ins, and crisis releases sent first.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('office')
    .addColumn('city', 'text', (col) => col.notNull().defaultTo(''))
    .execute();
  // 1: the desk may arm a release to go out with the final approval (crisis statements come armed);
  // 0: distribution is always a separate act.
  await db.schema
    .alterTable('office')
    .addColumn('armed_releases', 'integer', (col) => col.notNull().defaultTo(1))
    .execute();
  await db.schema
    .alterTable('crisis')
    .addColumn('audience_json', 'text', (col) => col.notNull().defaultTo('{"listIds":[],"contactIds":[]}'))
    .execute();

  await db.schema
    .createTable('release_plan')
    .addColumn('statement_id', 'text', (col) => col.primaryKey().references('statement.id').onDelete('cascade'))
    .addColumn('channels_json', 'text', (col) => col.notNull())
    .addColumn('audience_json', 'text', (col) => col.notNull())
    .addColumn('attachment', 'text', (col) => col.notNull())
    .addColumn('armed_by', 'text', (col) => col.notNull().references('account.id'))
    .addColumn('armed_at', 'text', (col) => col.notNull())
    .addColumn('distribution_id', 'text', (col) => col.references('distribution.id'))
    .addColumn('blocked_reason', 'text')
    .execute();

  await db.schema
    .createTable('approval_chain_step')
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('roles_json', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('approval_chain_step_pk', ['kind', 'position'])
    .execute();
  // The office's one chain becomes the default chain ('*') every kind without its own uses.
  await sql`insert into approval_chain_step (kind, position, roles_json)
    select '*', position, '["' || role || '"]' from approval_step`.execute(db);
  await db.schema.dropTable('approval_step').execute();

  await db.schema
    .createTable('approval_stand_in')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('account_id', 'text', (col) => col.notNull().references('account.id'))
    .addColumn('stand_in_id', 'text', (col) => col.notNull().references('account.id'))
    .addColumn('starts_at', 'text', (col) => col.notNull())
    .addColumn('ends_at', 'text', (col) => col.notNull())
    .addColumn('created_by', 'text', (col) => col.notNull().references('account.id'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema
    .createIndex('approval_stand_in_by_stand_in')
    .on('approval_stand_in')
    .columns(['stand_in_id', 'ends_at'])
    .execute();

  await db.schema.alterTable('statement_approval').addColumn('on_behalf_of', 'text').execute();

  await db.schema
    .alterTable('distribution')
    .addColumn('priority', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
}
