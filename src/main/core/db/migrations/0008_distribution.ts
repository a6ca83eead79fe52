import { sql, type Kysely } from 'kysely';

// Frozen: once landed, never edit this file; add a new migration instead.
// Distribution: the office's mail server settings (the password is not here: it lives in the OS
// secret store), one row per distribution job, and the outbox — one row per recipient, the record
// of exactly who received which approved revision, and the queue the sender works from.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mail_settings')
    .addColumn('id', 'integer', (col) => col.primaryKey().check(sql`id = 1`))
    .addColumn('host', 'text', (col) => col.notNull())
    .addColumn('port', 'integer', (col) => col.notNull())
    .addColumn('security', 'text', (col) => col.notNull())
    .addColumn('username', 'text', (col) => col.notNull())
    .addColumn('from_name', 'text', (col) => col.notNull())
    .addColumn('from_address', 'text', (col) => col.notNull())
    .addColumn('reply_to', 'text', (col) => col.notNull())
    .addColumn('per_minute', 'integer')
    .addColumn('per_day', 'integer')
    .addColumn('retry_hours', 'integer', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('distribution')
    .addColumn('id', 'text', (col) => col.primaryKey())
    // The dialog's own id for one submission: a double click or a retried call finds the same job.
    .addColumn('request_id', 'text', (col) => col.notNull().unique())
    .addColumn('statement_id', 'text', (col) => col.notNull().references('statement.id'))
    .addColumn('revision_id', 'text', (col) => col.notNull().references('statement_revision.id'))
    .addColumn('revision_hash', 'text', (col) => col.notNull())
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
    .execute();
  await db.schema
    .createIndex('distribution_statement')
    .on('distribution')
    .columns(['statement_id', 'created_at'])
    .execute();
  await db.schema.createIndex('distribution_status').on('distribution').column('status').execute();

  await db.schema
    .createTable('outbox')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('distribution_id', 'text', (col) => col.notNull().references('distribution.id'))
    // Erasing a person (UU 27/2022) blanks the snapshot below and unlinks the row; the row stays so
    // the job's counts stay true.
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
