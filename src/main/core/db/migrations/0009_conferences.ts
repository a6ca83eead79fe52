import { sql, type Kysely } from 'kysely';

// Frozen: once landed, never edit this file; add a new migration instead.
// Press conferences, their invitees, questions and the reusable Q&A bank; and the outbox grows a
// second kind of job: invitations (an iTIP REQUEST or CANCEL per invitee) next to statements.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('conference')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('starts_at', 'text', (col) => col.notNull())
    .addColumn('ends_at', 'text', (col) => col.notNull())
    .addColumn('zone', 'text', (col) => col.notNull())
    .addColumn('venue_mode', 'text', (col) => col.notNull())
    .addColumn('venue_name', 'text', (col) => col.notNull())
    .addColumn('venue_address', 'text', (col) => col.notNull())
    .addColumn('online_link', 'text', (col) => col.notNull())
    .addColumn('moderator_id', 'text', (col) => col.references('account.id'))
    .addColumn('agenda_json', 'text', (col) => col.notNull())
    .addColumn('key_messages', 'text', (col) => col.notNull())
    .addColumn('notes', 'text', (col) => col.notNull())
    // The iTIP identity of the event: UID for its whole life, SEQUENCE raised on each change sent.
    .addColumn('ics_uid', 'text', (col) => col.notNull().unique())
    .addColumn('sequence', 'integer', (col) => col.notNull())
    .addColumn('crisis_id', 'text')
    .addColumn('created_by', 'text', (col) => col.notNull().references('account.id'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addCheckConstraint('conference_ends_after_start', sql`ends_at > starts_at`)
    .execute();
  await db.schema.createIndex('conference_time').on('conference').columns(['starts_at', 'ends_at']).execute();

  await db.schema
    .createTable('conference_spokesperson')
    .addColumn('conference_id', 'text', (col) => col.notNull().references('conference.id').onDelete('cascade'))
    .addColumn('account_id', 'text', (col) => col.notNull().references('account.id'))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('conference_spokesperson_pk', ['conference_id', 'account_id'])
    .execute();
  await db.schema
    .createIndex('conference_spokesperson_account')
    .on('conference_spokesperson')
    .columns(['account_id', 'conference_id'])
    .execute();

  await db.schema
    .createTable('conference_statement')
    .addColumn('conference_id', 'text', (col) => col.notNull().references('conference.id').onDelete('cascade'))
    .addColumn('statement_id', 'text', (col) => col.notNull().references('statement.id'))
    .addPrimaryKeyConstraint('conference_statement_pk', ['conference_id', 'statement_id'])
    .execute();

  await db.schema
    .createTable('conference_reschedule')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('conference_id', 'text', (col) => col.notNull().references('conference.id').onDelete('cascade'))
    .addColumn('from_starts_at', 'text', (col) => col.notNull())
    .addColumn('from_ends_at', 'text', (col) => col.notNull())
    .addColumn('from_zone', 'text', (col) => col.notNull())
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('changed_by', 'text', (col) => col.notNull().references('account.id'))
    .addColumn('changed_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('conference_invitee')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('conference_id', 'text', (col) => col.notNull().references('conference.id').onDelete('cascade'))
    // Erasure unlinks and blanks the snapshot, as in the outbox.
    .addColumn('contact_id', 'text', (col) => col.references('contact.id').onDelete('set null'))
    .addColumn('name', 'text')
    .addColumn('address', 'text')
    .addColumn('outlet', 'text')
    .addColumn('invited_at', 'text')
    .addColumn('rsvp', 'text', (col) => col.notNull())
    .addColumn('rsvp_at', 'text')
    .addColumn('checked_in_at', 'text')
    .addColumn('walk_in', 'integer', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('conference_invitee_contact')
    .on('conference_invitee')
    .columns(['conference_id', 'contact_id'])
    .unique()
    .execute();

  await db.schema
    .createTable('conference_question')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('conference_id', 'text', (col) => col.notNull().references('conference.id').onDelete('cascade'))
    .addColumn('contact_id', 'text', (col) => col.references('contact.id').onDelete('set null'))
    .addColumn('journalist', 'text', (col) => col.notNull())
    .addColumn('outlet', 'text', (col) => col.notNull())
    .addColumn('question', 'text', (col) => col.notNull())
    .addColumn('answer', 'text', (col) => col.notNull())
    .addColumn('follow_up', 'integer', (col) => col.notNull())
    .addColumn('owner_id', 'text', (col) => col.references('account.id'))
    .addColumn('due_on', 'text')
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('qa_item')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('topic', 'text', (col) => col.notNull())
    .addColumn('question', 'text', (col) => col.notNull())
    .addColumn('answer', 'text', (col) => col.notNull())
    .addColumn('crisis_id', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('archived_at', 'text')
    .execute();
  await db.schema.createIndex('qa_item_topic').on('qa_item').columns(['topic', 'updated_at']).execute();

  await generalizeDistribution(db);
}

/**
 * `distribution` was made for statements (statement and revision required). An invitation job has
 * a conference instead, and a snapshot of the iCalendar event it sends (`payload_json`). SQLite
 * cannot relax NOT NULL in place, and dropping a parent table with foreign keys on fails even
 * deferred: so both tables are rebuilt, the child (outbox) pointing at the new parent from the
 * start; the renames then carry that reference over to the final names.
 */
async function generalizeDistribution(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('distribution_next')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('request_id', 'text', (col) => col.notNull().unique())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('statement_id', 'text', (col) => col.references('statement.id'))
    .addColumn('revision_id', 'text', (col) => col.references('statement_revision.id'))
    .addColumn('revision_hash', 'text')
    .addColumn('conference_id', 'text', (col) => col.references('conference.id'))
    .addColumn('payload_json', 'text')
    .addColumn('channels_json', 'text', (col) => col.notNull())
    .addColumn('attachment', 'text', (col) => col.notNull())
    .addColumn('audience_json', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('pause_reason', 'text')
    .addColumn('pause_detail', 'text')
    .addColumn('resume_at', 'text')
    .addColumn('not_before', 'text', (col) => col.notNull())
    .addColumn('deadline_at', 'text', (col) => col.notNull())
    .addColumn('recipient_count', 'integer', (col) => col.notNull())
    .addColumn('created_by', 'text', (col) => col.notNull().references('account.id'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('completed_at', 'text')
    .addCheckConstraint(
      'distribution_subject',
      sql`(kind = 'statement' and statement_id is not null and revision_id is not null and revision_hash is not null)
          or (kind = 'invitation' and conference_id is not null and payload_json is not null)`,
    )
    .execute();
  await sql`insert into distribution_next (id, request_id, kind, statement_id, revision_id, revision_hash,
      conference_id, payload_json, channels_json, attachment, audience_json, status, pause_reason, pause_detail,
      resume_at, not_before, deadline_at, recipient_count, created_by, created_at, updated_at, completed_at)
    select id, request_id, 'statement', statement_id, revision_id, revision_hash, null, null, channels_json,
      attachment, audience_json, status, pause_reason, pause_detail, resume_at, not_before, deadline_at,
      recipient_count, created_by, created_at, updated_at, completed_at
    from distribution`.execute(db);

  // The outbox exactly as 0008 made it, but referring to the new job table.
  await db.schema
    .createTable('outbox_next')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('distribution_id', 'text', (col) => col.notNull().references('distribution_next.id'))
    .addColumn('contact_id', 'text', (col) => col.references('contact.id').onDelete('set null'))
    .addColumn('recipient_name', 'text')
    .addColumn('address', 'text')
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('attempts', 'integer', (col) => col.notNull())
    .addColumn('next_attempt_at', 'text', (col) => col.notNull())
    .addColumn('last_attempt_at', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('message_id', 'text', (col) => col.notNull())
    .addColumn('reason', 'text')
    .addColumn('reply', 'text')
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await sql`insert into outbox_next select id, distribution_id, contact_id, recipient_name, address, status,
      attempts, next_attempt_at, last_attempt_at, sent_at, message_id, reason, reply, updated_at
    from outbox`.execute(db);

  await db.schema.dropTable('outbox').execute();
  await db.schema.dropTable('distribution').execute();
  await db.schema.alterTable('distribution_next').renameTo('distribution').execute();
  await db.schema.alterTable('outbox_next').renameTo('outbox').execute();

  await db.schema
    .createIndex('distribution_statement')
    .on('distribution')
    .columns(['statement_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('distribution_conference')
    .on('distribution')
    .columns(['conference_id', 'created_at'])
    .execute();
  await db.schema.createIndex('distribution_status').on('distribution').column('status').execute();
  await db.schema
    .createIndex('outbox_job_address')
    .on('outbox')
    .columns(['distribution_id', 'address'])
    .unique()
    .execute();
  await db.schema.createIndex('outbox_job_status').on('outbox').columns(['distribution_id', 'status']).execute();
  await db.schema.createIndex('outbox_due').on('outbox').columns(['status', 'next_attempt_at']).execute();
  await db.schema.createIndex('outbox_contact').on('outbox').column('contact_id').execute();
}
